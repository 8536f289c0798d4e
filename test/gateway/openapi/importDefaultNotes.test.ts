/** The defaults an import names, and how they are added to the notes of the trace stages they affect. */
import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../../../src/gateway/model.js';
import { annotate, defaultsOf, type ImportDefaults } from '../../../src/gateway/openapi/defaults.js';

type Obj = Record<string, unknown>;
const input = { stageName: 'prod', stageFrom: 'the definition names none', requestsGiven: true, sideName: 'API.gateprep.json', endpointInferred: false };
const backendOf = (integration: Obj): string | undefined =>
  defaultsOf({ authorizers: {}, routes: [{ method: 'GET', path: '/x', integration }] }, null, input).backends['GET /x'];

describe('the default backend: a function or a backend', () => {
  it.each([
    [{ type: 'AWS' }, 'function'],
    [{ type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations' }, 'function'],
    [{ type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:s3:path/bucket/key' }, 'backend'],
    [{ type: 'AWS_PROXY' }, 'function'],
    [{ type: 'HTTP', uri: 'https://b.example.com/' }, 'backend'],
  ])('%j: the %s answers', (integration, who) => {
    expect(backendOf(integration)).toBe(`no side file (API.gateprep.json), so no backend for GET /x: the ${who} answers 200 with an empty body at once (set methods["GET /x"].backend).`);
  });
});

describe('annotate', () => {
  const d: ImportDefaults = { stage: 'Default stage.', apiKeys: null, authorizers: { tok: 'Default authorizer.' }, backends: { 'GET /x': 'Default backend.' }, requests: null, endpoint: null };
  const e = (stage: string, outcome: string, note?: string): TraceEntry =>
    ({ stage, outcome, reason: 'r', data: stage === 'route' ? { route: 'GET /x' } : {}, cards: [], ...(note === undefined ? {} : { note }) }) as TraceEntry;

  it('appends a default to a stage\'s own note, sets it where there is none, and leaves skipped stages alone', () => {
    const trace = [e('route', 'pass'), e('throttle', 'pass', 'Burst is approximate.'), e('apiKey', 'pass'), e('auth', 'skip'), e('integration', 'pass')];
    const [r] = annotate([{ trace }], d, (key) => (key === 'GET /x' ? 'tok' : undefined));
    expect(r!.trace.map((t) => [t.stage, t.note])).toEqual([
      ['route', undefined],
      ['throttle', 'Burst is approximate. Default stage.'],
      ['apiKey', undefined],
      ['auth', undefined],
      ['integration', 'Default backend.'],
    ]);
  });

  it('the auth stage gets the default of the route\'s authorizer', () => {
    const [r] = annotate([{ trace: [e('route', 'pass'), e('auth', 'pass', 'Cached.')] }], d, () => 'tok');
    expect(r!.trace[1]!.note).toBe('Cached. Default authorizer.');
  });
});

describe('which defaults are named', () => {
  const api = (integration: Obj) => ({ authorizers: {}, routes: [{ method: 'GET', path: '/x', integration }] });
  const named = (side: Obj | null, integration: Obj = { type: 'HTTP', uri: 'https://b.example.com/' }, requestsGiven = false) => {
    const d = defaultsOf(api(integration), side, { ...input, requestsGiven });
    return { endpoint: d.endpoint !== null, stage: d.stage !== null, backend: d.backends['GET /x'] !== undefined, requests: d.requests };
  };
  const REQUESTS = 'the side file API.gateprep.json gives no requests: one request per method, path parameters filled with sample values (give a list with --requests FILE).';

  it('a side file with nothing: every default', () => {
    expect(named({})).toEqual({ endpoint: true, stage: true, backend: true, requests: REQUESTS });
  });
  it('endpointType, account alone, a backend and requests in the side file silence their defaults', () => {
    expect(named({ endpointType: 'EDGE', account: { rateLimit: 1, burstLimit: 1 }, methods: { 'GET /x': { backend: { status: 201 } } }, requests: [] })).toEqual({ endpoint: false, stage: false, backend: false, requests: null });
  });
  it('a requests file silences the requests default', () => {
    expect(named({}, undefined, true).requests).toBeNull();
  });
  it('a MOCK integration has no default backend; an HTTP one without a uri is a backend, not a function', () => {
    expect(named({}, { type: 'MOCK' }).backend).toBe(false);
    expect(backendOf({ type: 'HTTP' })).toBe('no side file (API.gateprep.json), so no backend for GET /x: the backend answers 200 with an empty body at once (set methods["GET /x"].backend).');
  });
});

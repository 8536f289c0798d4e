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

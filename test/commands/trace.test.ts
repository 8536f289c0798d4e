import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import trace from '../../src/commands/trace.js';
import type { CommandContext } from '../../src/commands/types.js';

const contentDir = resolve(__dirname, '../../content');

async function call(args: string[], json: boolean) {
  let out = '';
  let err = '';
  const ctx: CommandContext = {
    args,
    flags: { json, decks: [] },
    contentDir,
    homeDir: tmpdir(),
    out: (t) => (out += t),
    err: (t) => (err += t),
  };
  const code = await trace(ctx);
  return { code, out, err };
}

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-trace-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const pick = (r: Record<string, unknown>) => ({
  index: r.index,
  atMs: r.atMs,
  status: r.status,
  errorType: r.errorType,
  message: r.message,
  stoppedAt: r.stoppedAt,
  cache: r.cache,
  integrationCalled: r.integrationCalled,
});

describe('gateprep trace --json', () => {
  it('runs SCENARIOS.md example 1 (quota-demo) exactly', async () => {
    const { code, out, err } = await call([join(contentDir, 'scenarios/quota-demo.json')], true);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['scenario', 'results']);
    expect(doc.scenario).toBe('quota-demo');
    expect(doc.results.map(pick)).toEqual([
      { index: 0, atMs: 0, status: 403, errorType: 'ForbiddenException', message: 'Forbidden', stoppedAt: 'apiKey', cache: 'OFF', integrationCalled: false },
      { index: 1, atMs: 0, status: 200, errorType: null, message: null, stoppedAt: null, cache: 'OFF', integrationCalled: true },
      { index: 2, atMs: 1000, status: 200, errorType: null, message: null, stoppedAt: null, cache: 'OFF', integrationCalled: true },
      { index: 3, atMs: 2000, status: 429, errorType: 'LimitExceededException', message: 'Limit Exceeded', stoppedAt: 'quota', cache: 'OFF', integrationCalled: false },
    ]);
    // a stopped request's trace ends at the stage that stopped it
    expect(doc.results[3].trace.map((t: { stage: string }) => t.stage)).toEqual(['route', 'resourcePolicy', 'auth', 'apiKey', 'throttle', 'quota']);
    expect(doc.results[3].trace.at(-1)).toMatchObject({ stage: 'quota', outcome: 'stop', data: { used: 2, limit: 2, period: 'DAY' } });
    expect(doc.results[0].method).toBe('GET');
    expect(doc.results[0].path).toBe('/pets');
  });

  it('runs SCENARIOS.md example 2 (cache-demo) exactly', async () => {
    const { code, out } = await call([join(contentDir, 'scenarios/cache-demo.json')], true);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.scenario).toBe('cache-demo');
    expect(doc.results.map((r: Record<string, unknown>) => [r.status, r.cache, r.integrationCalled, r.stoppedAt])).toEqual([
      [200, 'MISS', true, null],
      [200, 'HIT', false, null],
      [200, 'MISS', true, null],
      [200, 'MISS', true, null],
    ]);
    const stages = doc.results[1].trace.map((t: { stage: string; outcome: string }) => `${t.stage}:${t.outcome}`);
    expect(stages).toEqual([
      'route:pass', 'resourcePolicy:skip', 'auth:skip', 'apiKey:skip', 'throttle:pass', 'quota:skip',
      'validation:skip', 'cache:pass', 'integrationRequest:skip', 'integration:skip', 'integrationResponse:skip',
      'methodResponse:skip', 'response:pass',
    ]);
  });

  it('links trace entries to cards tagged stage:<name> in the built-in decks (at most 3)', async () => {
    const { out } = await call([join(contentDir, 'scenarios/quota-demo.json')], true);
    const quota = JSON.parse(out).results[3].trace.at(-1);
    expect(quota.cards.length).toBeGreaterThan(0);
    expect(quota.cards.length).toBeLessThanOrEqual(3);
    for (const id of quota.cards) expect(id).toMatch(/^[a-z0-9-]+#/);
  });

  it('accepts a preset name instead of a path', async () => {
    const { code, out } = await call(['cache-demo'], true);
    expect(code).toBe(0);
    expect(JSON.parse(out).scenario).toBe('cache-demo');
  });

  it('names the file, the JSON path and the problem for an invalid scenario, exit 1', async () => {
    const file = tmpFile(
      'bad.json',
      JSON.stringify({ name: 'bad', api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'SOAP' } }] }, requests: [{ method: 'GET', path: '/a', extra: 1 }] }),
    );
    const { code, out, err } = await call([file], true);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${file}: api.routes[0].integration.type: `);
    expect(err).toContain(`${file}: requests[0].extra: unknown key`);
  });

  it('reports a file that is not JSON, exit 1', async () => {
    const file = tmpFile('broken.json', '{ "name": ');
    const { code, err } = await call([file], false);
    expect(code).toBe(1);
    expect(err).toBe(`${file}: (file): not valid JSON at line 1, column 11: the text ends too early\n`);
  });

  it('reports a missing file, exit 1', async () => {
    const { code, err } = await call(['/nonexistent/zzz.json'], true);
    expect(code).toBe(1);
    expect(err).toContain('/nonexistent/zzz.json');
  });

  it('is a usage error without FILE, exit 2', async () => {
    const { code, err, out } = await call([], true);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^usage: gateprep trace FILE/);
  });
});

describe('gateprep trace (table)', () => {
  it('prints one row per request and the trace of each stopped request', async () => {
    const { code, out } = await call([join(contentDir, 'scenarios/quota-demo.json')], false);
    expect(code).toBe(0);
    const lines = out.split('\n');
    const header = lines.findIndex((l) => l.startsWith('#  t '));
    expect(header).toBeGreaterThan(0);
    expect(lines[header]).toMatch(/method\s+path\s+status\s+errorType\s+stoppedAt\s+cache/);
    // numbered from 1, as the app numbers requests (--json keeps the 0-based index)
    expect(lines[header + 1]).toMatch(/^1\s+t\+0\.000 s\s+GET\s+\/pets\s+403\s+ForbiddenException\s+apiKey\s+OFF$/);
    expect(lines[header + 2]).toMatch(/^2\s+t\+0\.000 s\s+GET\s+\/pets\s+200\s+-\s+-\s+OFF$/);
    expect(lines[header + 4]).toMatch(/^4\s+t\+2\.000 s\s+GET\s+\/pets\s+429\s+LimitExceededException\s+quota\s+OFF$/);
    expect(out).toContain('Stopped requests (2):');
    expect(out).toContain('#4 at t+2.000 s  GET /pets  ->  429 LimitExceededException "Limit Exceeded"  stopped at quota');
    expect(out).toMatch(/quota\s+stop\s+key k1 used 2 of 2 per DAY/);
    // requests that were not stopped have no trace printed
    expect(out).not.toContain('#2 at');
  });
});

describe('gateprep trace: hostile and awkward files', () => {
  it('the table shows the query string of each request', async () => {
    const file = tmpFile('q.json', JSON.stringify({ name: 'q', api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/pets', query: { limit: '2', q: 'a b' } }, { method: 'GET', path: '/pets' }] }));
    const { code, out } = await call([file], false);
    expect(code).toBe(0);
    expect(out).toMatch(/\n1 +t\+0\.000 s +GET +\/pets\?limit=2&q=a%20b +200 /);
    expect(out).toMatch(/\n2 +t\+0\.000 s +GET +\/pets +200 /);
  });

  it('a JSON error is given as line and column', async () => {
    const file = tmpFile('bad.json', '{\n  "name": "x",\n  "api": { "routes": [] }\n  "requests": []\n}\n');
    const { code, err } = await call([file], false);
    expect(code).toBe(1);
    expect(err).toBe(`${file}: (file): not valid JSON at line 4, column 3: unexpected "\\""\n`);
  });

  it('--json escapes C1 controls and bidi overrides; the table removes them and every escape sequence', async () => {
    const evil = 'x\u009b31m\u202egnp.exe\u2066\u001b]52;c;aGVsbG8=\u0007y';
    const file = tmpFile('evil.json', JSON.stringify({ name: evil, description: evil, api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/nope', headers: { h: evil } }] }));
    const json = await call([file], true);
    expect(json.code).toBe(0);
    expect(json.out).toContain('"scenario": "x\\u009b31m\\u202egnp.exe\\u2066\\u001b]52;c;aGVsbG8=\\u0007y"');
    expect(json.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json.out).scenario).toBe(evil);
    const table = await call([file], false);
    expect(table.out.split('\n')[0]).toBe('Scenario: xgnp.exey');
    expect(table.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('errors quoting a hostile file reach the terminal sanitized (no OSC 52)', async () => {
    const file = tmpFile('evil2.json', JSON.stringify({ name: 'n', api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/p', 'bad\u001b]52;c;aGVsbG8=\u0007key': 1 }] }));
    const { code, err } = await call([file], false);
    expect(code).toBe(1);
    // The key is quoted as JSON: its control characters appear as \\u001b text, never raw.
    expect(err).toBe(`${file}: requests[0]["bad\\u001b]52;c;aGVsbG8=\\u0007key"]: unknown key\n`);
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('adds a browser column and says what is missing for a request the browser blocks', async () => {
    const { code, out } = await call([join(contentDir, 'scenarios/cors-429-blocked.json')], false);
    expect(code).toBe(0);
    expect(out).toMatch(/^3\s+t\+0\.000 s\s+GET\s+\/reports\s+429\s+TooManyRequestsException\s+throttle\s+OFF\s+blocked$/m);
    expect(out).toContain('#3 GET /reports -> 429: no Access-Control-Allow-Origin on the 429 response; fix: this 429 is a gateway response: add gatewayresponse.header.Access-Control-Allow-Origin to DEFAULT_4XX');
  });

  it('prints a trace note where the documentation is silent', async () => {
    const { out } = await call([join(contentDir, 'scenarios/integration-timeout-504.json')], false);
    expect(out).toContain('note: Sources disagree here: the gateway-response page lists INTEGRATION_FAILURE as 504, LocalStack answers 500');
  });
});

describe('gateprep trace --json, version 2', () => {
  it('gives headers, body, integrationRequest and cors for every result', async () => {
    const { out } = await call(['stage-variables-backend'], true);
    const [get, post] = JSON.parse(out).results;
    expect(get.integrationRequest).toEqual({ method: 'GET', uri: 'https://pets-beta.internal.example.com/v2/pets/7', headers: {}, query: {}, body: '' });
    expect(post.integrationRequest.uri).toBe('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders:beta/invocations');
    expect(post.integrationRequest.body).toBe('{"order": {"sku":"A1"}, "alias": "beta", "region": ""}');
    expect([get.headers, get.body, get.cors]).toEqual([{ 'content-type': 'application/json' }, '{"id":"7","name":"rex"}', null]);
  });

  it('exits 1 naming the JSON path of an undeclared response header', async () => {
    const file = tmpFile('bad.json', JSON.stringify({
      name: 'bad',
      api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'HTTP', responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-Y': "'1'" } } } } }] },
      requests: [{ method: 'GET', path: '/a' }],
    }));
    const { code, err } = await call([file], true);
    expect(code).toBe(1);
    expect(err).toContain('api.routes[0].integration.responses.default.responseParameters["method.response.header.X-Y"]: header X-Y is not declared on method response 200');
  });
});

describe('trace: HTTP and WebSocket scenarios', () => {
  it('runs an HTTP preset by name: --json names the API type and keeps the result contract', async () => {
    const { code, out } = await call(['http-jwt-scopes'], true);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { scenario: string; apiType: string; results: Array<Record<string, unknown>> };
    expect([json.scenario, json.apiType, json.results.length]).toEqual(['http-jwt-scopes', 'HTTP', 4]);
    expect(Object.keys(json.results[0]!)).toEqual(expect.arrayContaining(['index', 'status', 'errorType', 'message', 'stoppedAt', 'trace', 'headers', 'body', 'cors']));
  });
  it('prints a WebSocket timeline as text, numbered from 1', async () => {
    const { code, out } = await call(['ws-idle-timeout-410'], false);
    expect(code).toBe(0);
    expect(out).toContain('Scenario: ws-idle-timeout-410 (WebSocket API)');
    expect(out).toMatch(/^7 +t\+11 m 40 s +post +quiet +- +410 +connections/m);
  });
  it('a REST scenario\'s --json output has no apiType key (version 1 output unchanged)', async () => {
    const { out } = await call(['quota-demo'], true);
    expect(Object.keys(JSON.parse(out) as object)).toEqual(['scenario', 'results']);
  });
});

describe('trace: card links of HTTP and WebSocket stages', () => {
  it('links the HTTP and WebSocket cards of a stage, not the REST cards of the same stage name', async () => {
    const http = JSON.parse((await call(['http-not-found-vs-rest'], true)).out) as { results: Array<{ trace: Array<{ stage: string; cards: string[] }> }> };
    const route = http.results[3]!.trace.find((t) => t.stage === 'route')!;
    expect(route.cards).toEqual(['http-websocket-lifecycle#what-does-an-http-api-answer-for-a-path-that-no-route-takes']);
    const ws = JSON.parse((await call(['ws-idle-timeout-410'], true)).out) as { results: Array<{ event: string; trace: Array<{ stage: string; cards: string[] }> }> };
    const gone = ws.results.find((r) => r.event === 'post')!.trace.find((t) => t.stage === 'connections')!;
    expect(gone.cards).toEqual(['http-websocket-lifecycle#why-does-a-push-to-a-websocket-client-fail-with-410-after-15-quiet-minutes']);
  });
});

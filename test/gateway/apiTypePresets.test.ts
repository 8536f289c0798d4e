/**
 * Golden tests of the HTTP and WebSocket presets: each preset file with the outcome it teaches.
 * The sources behind each expectation are in the preset's stages (docs URLs in src/gateway/http
 * and src/gateway/websocket).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyScenario, runAnyScenario } from '../../src/gateway/apiType.js';

const dir = resolve(__dirname, '../../content/scenarios');
const run = (sub: string, name: string) => {
  const p = parseAnyScenario(readFileSync(join(dir, sub, `${name}.json`), 'utf8'));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runAnyScenario(p.scenario) as unknown as Array<Record<string, unknown>>;
};
const col = (rs: Array<Record<string, unknown>>, ...keys: string[]) => rs.map((r) => keys.map((k) => r[k]));

const EXPECTED: Record<string, (rs: Array<Record<string, unknown>>) => void> = {
  'http/http-jwt-scopes': (rs) => expect(col(rs, 'status', 'stoppedAt')).toEqual([[401, 'auth'], [401, 'auth'], [403, 'auth'], [200, null]]),
  'http/http-default-route-catches-options': (rs) => expect(col(rs, 'status', 'routeKey', 'stoppedAt')).toEqual([[401, '$default', 'auth']]),
  'http/http-default-route-options-fixed': (rs) => {
    expect(col(rs, 'status', 'routeKey', 'stoppedAt')).toEqual([[204, 'OPTIONS /{proxy+}', 'cors'], [201, '$default', null]]);
    expect(rs.map((r) => (r.cors as { allowed: boolean }).allowed)).toEqual([true, true]);
  },
  'http/http-not-found-vs-rest': (rs) =>
    expect(col(rs, 'status', 'routeKey')).toEqual([[200, 'GET /pets/dog/1'], [200, 'GET /pets/dog/{id}'], [200, 'GET /pets/{proxy+}'], [404, null], [404, null]]),
  'http/http-lambda-payload-formats': (rs) => expect(col(rs, 'status', 'stoppedAt', 'body')).toEqual([[200, null, '{"message":"Hello from Lambda"}'], [500, 'response', '{"message":"Internal Server Error"}'], [500, 'integration', '{"message":"Internal Server Error"}']]),
  'http/http-timeout-and-throttle': (rs) => expect(col(rs, 'status', 'stoppedAt')).toEqual([[503, 'integration'], [200, null], [200, null], [429, 'throttle']]),
  'websocket/ws-chat-action-routing': (rs) =>
    expect(col(rs, 'event', 'status', 'routeKey', 'toClient')).toEqual([
      ['connect', 101, '$connect', []],
      ['connect', 403, '$connect', []],
      ['connect', 401, '$connect', []],
      ['message', null, 'whoami', ['{"user":"alice","room":"general"}']],
      ['message', null, 'sendMessage', []],
      ['post', 200, null, ['{"from":"alice","text":"hi all"}']],
      ['message', null, '$default', ['{"error":"unknown action"}']],
      ['message', null, '$default', ['{"error":"unknown action"}']],
      ['disconnect', null, '$disconnect', []],
    ]),
  'websocket/ws-idle-timeout-410': (rs) => {
    const key = rs.filter((r) => r.event !== 'message').map((r) => [r.atMs, r.event, r.connection, r.status]);
    expect(key).toEqual([
      [0, 'connect', 'quiet', 101],
      [0, 'connect', 'chatty', 101],
      [660_000, 'closed', 'quiet', null],
      [700_000, 'post', 'quiet', 410],
      [700_000, 'get', 'chatty', 200],
      [7_200_000, 'closed', 'chatty', null],
      [7_300_000, 'post', 'chatty', 410],
    ]);
  },
  'websocket/ws-message-too-big-1009': (rs) =>
    expect(rs.map((r) => [r.event, (r.closed as { code: number } | null)?.code ?? r.status])).toEqual([
      ['connect', 101],
      ['message', null],
      ['message', 1009],
      ['connect', 101],
      ['message', 1009],
      ['post', 410],
    ]),
};

describe('HTTP and WebSocket presets (golden)', () => {
  const files = ['http', 'websocket'].flatMap((sub) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).map((f) => `${sub}/${f.slice(0, -5)}`));
  it('every preset has a golden expectation, and at least six exist', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of Object.keys(EXPECTED))
    it(name, () => {
      const [sub, file] = name.split('/') as [string, string];
      const rs = run(sub, file);
      EXPECTED[name]!(rs);
      const json = JSON.parse(readFileSync(join(dir, sub, `${file}.json`), 'utf8')) as { description?: string };
      expect(json.description?.length ?? 0).toBeGreaterThan(80);
    });
});

describe('apiType dispatch', () => {
  it('a file without apiType is REST, "REST" is accepted, an unknown type is an error naming the path', () => {
    const rest = { name: 'r', api: { routes: [{ method: 'GET', path: '/', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/' }] };
    const a = parseAnyScenario(JSON.stringify(rest));
    const b = parseAnyScenario(JSON.stringify({ ...rest, api: { ...rest.api, apiType: 'REST' } }));
    expect([a.ok && a.scenario.apiType, b.ok && b.scenario.apiType]).toEqual(['REST', 'REST']);
    expect(parseAnyScenario(JSON.stringify({ ...rest, api: { apiType: 'GRAPHQL' } }))).toEqual({ ok: false, errors: [{ path: 'api.apiType', message: 'must be "REST", "HTTP" or "WEBSOCKET"' }] });
  });
  it('a REST-only field in an HTTP API is an error naming it', () => {
    const p = parseAnyScenario(JSON.stringify({ name: 'h', api: { apiType: 'HTTP', routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] }, stage: { cache: { enabled: true } }, requests: [{ method: 'GET', path: '/' }] }));
    expect(p.ok ? [] : p.errors).toEqual([{ path: 'stage.cache', message: 'HTTP APIs have no caching (a REST API feature)' }]);
  });
});

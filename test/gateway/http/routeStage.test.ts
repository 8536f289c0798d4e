/** The HTTP API route stage (http-api-develop-routes.html): stages, payload quota, decoding and ranking. */
import { describe, expect, it } from 'vitest';
import { compileHttpApi } from '../../../src/gateway/http/compile.js';
import { httpScenarioSchema } from '../../../src/gateway/http/schema.js';
import { selectRoute, selectRouteCached } from '../../../src/gateway/http/stages/route.js';
import { runHttp } from './helpers.js';

const proxy = (body: string) => ({ type: 'HTTP_PROXY', body });
const routeOf = (r: { trace: Array<{ stage: string; outcome: string; reason: string; data: unknown; note?: string }> }) => {
  const e = r.trace.find((t) => t.stage === 'route')!;
  return e.note === undefined ? { outcome: e.outcome, reason: e.reason, data: e.data } : { outcome: e.outcome, reason: e.reason, data: e.data, note: e.note };
};
const routesOf = (keys: string[]) => compileHttpApi(httpScenarioSchema.parse({ name: 'x', api: { apiType: 'HTTP', routes: keys.map((routeKey) => ({ routeKey, integration: proxy(routeKey) })) }, requests: [{ method: 'GET', path: '/' }] })).routes;

describe('stages and the route trace', () => {
  it('a named stage strips its prefix; the bare stage path is the root', () => {
    const r = runHttp({ api: { routes: [{ routeKey: 'GET /', integration: proxy('root') }, { routeKey: 'GET /a', integration: proxy('a') }] }, stage: { name: 'prod' }, requests: ['/prod', '/prod/', '/prod/a', '/production/a'].map((path) => ({ method: 'GET', path })) });
    expect(r.map((x) => [x.status, x.body])).toEqual([
      [200, 'root'],
      [200, 'root'],
      [200, 'a'],
      [404, '{"message":"Not Found"}'],
    ]);
    expect(routeOf(r[2]!)).toEqual({ outcome: 'pass', reason: 'GET /a matched route GET /a (stage prod)', data: { routeKey: 'GET /a', pathParameters: {} } });
    expect(routeOf(r[3]!)).toEqual({ outcome: 'stop', reason: 'the path does not start with /prod and the API has no $default stage: 404 Not Found', data: { stage: 'prod', path: '/production/a' } });
  });

  it('the $default stage serves the root and deploys automatically', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /pets/{id}', integration: proxy('p') }] }, requests: [{ method: 'GET', path: '/pets/7' }] });
    expect(routeOf(r!)).toEqual({ outcome: 'pass', reason: 'GET /pets/7 matched route GET /pets/{id} (stage $default (serves the root path), deployed automatically)', data: { routeKey: 'GET /pets/{id}', pathParameters: { id: '7' } } });
  });

  it('an ANY route match carries a note on ranking', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'ANY /a', integration: proxy('any') }] }, requests: [{ method: 'DELETE', path: '/a' }] });
    expect(routeOf(r!).note).toBe('When an ANY route and a method route match the same path, the documentation does not rank them; the simulator prefers the method route.');
  });

  it('$default catches the rest; with CORS a preflight no route takes is for the gateway; else 404', () => {
    const r = runHttp({ api: { routes: [{ routeKey: 'GET /a', integration: proxy('a') }, { routeKey: '$default', integration: proxy('d') }] }, requests: [{ method: 'POST', path: '/b' }] });
    expect(routeOf(r[0]!)).toEqual({ outcome: 'pass', reason: 'no route matches POST /b: the $default route catches it (the full path goes to the integration)', data: { routeKey: '$default' } });
    const preflight = { method: 'OPTIONS', path: '/b', headers: { origin: 'https://a.example.com', 'access-control-request-method': 'GET' } };
    const c = runHttp({ api: { cors: { allowOrigins: ['*'] }, routes: [{ routeKey: 'GET /a', integration: proxy('a') }] }, requests: [preflight, { method: 'PUT', path: '/b' }] });
    expect(c.map(routeOf)).toEqual([
      { outcome: 'pass', reason: 'no route matches OPTIONS, but the API has a CORS configuration: API Gateway answers the preflight itself', data: { routeKey: null } },
      { outcome: 'stop', reason: 'no route matches PUT /b and there is no $default route: 404 {"message":"Not Found"} (REST APIs answer 403 "Missing Authentication Token" here)', data: { method: 'PUT', path: '/b' } },
    ]);
  });

  it('an OPTIONS request that is not a preflight is routed like any method: 404 when no route takes it', () => {
    const r = runHttp({ api: { cors: { allowOrigins: ['*'] }, routes: [{ routeKey: 'GET /a', integration: proxy('a') }] }, requests: [{ method: 'OPTIONS', path: '/b' }, { method: 'OPTIONS', path: '/b', headers: { origin: 'https://a.example.com' } }] });
    expect(r.map((x) => [x.status, x.body, x.stoppedAt])).toEqual([
      [404, '{"message":"Not Found"}', 'route'],
      [404, '{"message":"Not Found"}', 'route'],
    ]);
  });

  it('a disabled execute-api endpoint answers 403 before anything else', () => {
    const [r] = runHttp({ api: { disableExecuteApiEndpoint: true, routes: [{ routeKey: '$default', integration: proxy('d') }] }, requests: [{ method: 'GET', path: '/' }] });
    expect([r!.status, r!.body, r!.stoppedAt, routeOf(r!).reason]).toEqual([403, '{"message":"Forbidden"}', 'route', 'the default execute-api endpoint is disabled: only a custom domain reaches this API']);
  });
});

describe('the 10 MB payload quota', () => {
  const api = { routes: [{ routeKey: '$default', integration: proxy('ok') }] };
  it('passes 10 MB exactly and answers 413 one byte over', () => {
    const r = runHttp({ api, requests: [{ method: 'POST', path: '/', bodyBytes: 10 * 1024 * 1024 }, { method: 'POST', path: '/', bodyBytes: 10 * 1024 * 1024 + 1 }] });
    expect(r.map((x) => [x.status, x.body])).toEqual([
      [200, 'ok'],
      [413, '{"message":"Request Entity Too Large"}'],
    ]);
    expect(routeOf(r[1]!)).toEqual({
      outcome: 'stop',
      reason: 'body is 10485761 bytes, over the 10 MB payload quota of HTTP APIs: 413',
      data: { bodyBytes: 10485761, limitBytes: 10485760 },
      note: 'The quota is documented; the exact status and message of the answer are not. The simulator sends 413 "Request Entity Too Large".',
    });
  });
});

describe('route selection', () => {
  it('decodes URL-encoded segments before matching, and keeps a malformed one as it is', () => {
    const routes = routesOf(['GET /a:b', 'GET /v/{id}']);
    expect([selectRoute(routes, 'GET', '/a%3Ab')?.route.routeKey, selectRoute(routes, 'GET', '/v/x%2Fy')?.params, selectRoute(routes, 'GET', '/v/%E0%A4%A')?.params]).toEqual(['GET /a:b', { id: 'x/y' }, { id: '%E0%A4%A' }]);
  });

  it('a longer literal prefix wins over an earlier variable', () => {
    const routes = routesOf(['GET /{a}/x/y', 'GET /p/{b}/{c}', 'GET /{proxy+}']);
    expect(selectRoute(routes, 'GET', '/p/x/y')?.route.routeKey).toBe('GET /p/{b}/{c}');
  });

  it('a method route beats ANY on the same path, whatever the order', () => {
    expect([selectRoute(routesOf(['ANY /a', 'GET /a']), 'GET', '/a')?.route.routeKey, selectRoute(routesOf(['GET /a', 'ANY /a']), 'GET', '/a')?.route.routeKey]).toEqual(['GET /a', 'GET /a']);
  });

  it('a greedy variable keeps the slashes of what it captures; the first of equal routes wins', () => {
    const routes = routesOf(['GET /f/{p+}', 'GET /{q+}']);
    expect([selectRoute(routes, 'GET', '/f/a/b')?.params, selectRoute(routes, 'GET', '/g/h')?.params]).toEqual([{ p: 'a/b' }, { q: 'g/h' }]);
  });

  it('the cached selection answers per method and path as selectRoute does', () => {
    const routes = routesOf(['GET /a', 'POST /a', 'GET /{x}']);
    const picks = [['GET', '/a'], ['POST', '/a'], ['GET', '/b'], ['POST', '/b'], ['GET', '/a']].map(([m, p]) => selectRouteCached(routes, m!, p!)?.route.routeKey ?? null);
    expect(picks).toEqual(['GET /a', 'POST /a', 'GET /{x}', null, 'GET /a']);
  });

  it('the cache keeps answering right after it fills up', () => {
    const routes = routesOf(['GET /{x}']);
    const params = Array.from({ length: 4100 }, (_, i) => selectRouteCached(routes, 'GET', `/p${i}`)?.params.x);
    expect([params[0], params[4095], params[4096], params[4099], selectRouteCached(routes, 'GET', '/p0')?.params.x]).toEqual(['p0', 'p4095', 'p4096', 'p4099', 'p0']);
  });
});

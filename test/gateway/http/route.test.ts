import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileHttpApi } from '../../../src/gateway/http/compile.js';
import { httpScenarioSchema } from '../../../src/gateway/http/schema.js';
import { selectRoute } from '../../../src/gateway/http/stages/route.js';
import { runHttp } from './helpers.js';
import { runs } from '../../runs.js';

const proxy = (body: string) => ({ type: 'HTTP_PROXY', uri: 'https://b.example.com', body });

describe('HTTP API routing', () => {
  const routes = [
    { routeKey: 'GET /pets/dog/1', integration: proxy('exact') },
    { routeKey: 'GET /pets/dog/{id}', integration: proxy('var') },
    { routeKey: 'GET /pets/{proxy+}', integration: proxy('greedy') },
    { routeKey: 'ANY /{proxy+}', integration: proxy('any') },
  ];
  it('picks the most specific route: literal, then variable, then greedy, then ANY (http-api-develop-routes.html)', () => {
    const r = runHttp({
      api: { routes },
      requests: ['/pets/dog/1', '/pets/dog/2', '/pets/cat/1', '/test'].map((path) => ({ method: 'GET', path })),
    });
    expect(r.map((x) => [x.routeKey, x.body])).toEqual([
      ['GET /pets/dog/1', 'exact'],
      ['GET /pets/dog/{id}', 'var'],
      ['GET /pets/{proxy+}', 'greedy'],
      ['ANY /{proxy+}', 'any'],
    ]);
  });

  it('answers 404 {"message":"Not Found"} when nothing matches and there is no $default route', () => {
    const [r] = runHttp({ api: { routes: [routes[0]] }, requests: [{ method: 'POST', path: '/pets/dog/1' }] });
    expect([r!.status, r!.body, r!.stoppedAt, r!.errorType]).toEqual([404, '{"message":"Not Found"}', 'route', null]);
    expect(r!.headers['apigw-requestid']).toMatch(/^req-\d+$/);
  });

  it('sends what no route takes to $default, with the full path', () => {
    const [r] = runHttp({
      api: { routes: [routes[0], { routeKey: '$default', integration: { type: 'HTTP_PROXY', uri: 'https://b.example.com' } }] },
      requests: [{ method: 'DELETE', path: '/store/checkout' }],
    });
    expect(r!.routeKey).toBe('$default');
    expect(r!.integrationRequest?.uri).toBe('https://b.example.com/store/checkout');
  });

  it('a greedy variable needs at least one segment, and captures the rest', () => {
    const api = compileHttpApi(httpScenarioSchema.parse({ name: 'x', api: { apiType: 'HTTP', routes: [routes[2]] }, requests: [{ method: 'GET', path: '/' }] }));
    expect(selectRoute(api.routes, 'GET', '/pets')).toBeNull();
    expect(selectRoute(api.routes, 'GET', '/pets/a/b/c')?.params).toEqual({ proxy: 'a/b/c' });
  });

  it('a named stage is the first path segment; other paths are 404 without a $default stage', () => {
    const r = runHttp({
      api: { routes: [routes[0]] },
      stage: { name: 'prod' },
      requests: [{ method: 'GET', path: '/prod/pets/dog/1' }, { method: 'GET', path: '/pets/dog/1' }],
    });
    expect(r.map((x) => x.status)).toEqual([200, 404]);
    expect(r[1]!.trace[0]!.reason).toBe('the path does not start with /prod and the API has no $default stage: 404 Not Found');
  });

  it('property: the chosen route matches the path, and no matching route is more specific', () => {
    const seg = fc.constantFrom('a', 'b', '{x}', '{p+}');
    const routeArb = fc.array(seg, { minLength: 1, maxLength: 3 }).filter((s) => s.every((x, i) => x !== '{p+}' || i === s.length - 1)).map((s) => '/' + s.join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(routeArb, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 }), (paths, reqSegs) => {
        const vars = (p: string) => p.replace(/\{x\}/g, (_m, i: number) => `{x${i}}`);
        const api = compileHttpApi(
          httpScenarioSchema.parse({ name: 'p', api: { apiType: 'HTTP', routes: paths.map((p) => ({ routeKey: `GET ${vars(p)}`, integration: proxy(p) })) }, requests: [{ method: 'GET', path: '/' }] }),
        );
        const path = '/' + reqSegs.join('/');
        const m = selectRoute(api.routes, 'GET', path);
        const matches = (rp: string) => {
          const rs = rp.slice(1).split('/');
          for (let i = 0; i < rs.length; i++) {
            if (rs[i] === '{p+}') return reqSegs.length > i;
            if (i >= reqSegs.length || (rs[i] !== '{x}' && rs[i] !== reqSegs[i])) return false;
          }
          return rs.length === reqSegs.length;
        };
        const all = paths.filter(matches);
        if (all.length === 0) return m === null;
        const score = (rp: string) => rp.slice(1).split('/').map((s) => (s === '{p+}' ? 1 : s === '{x}' ? 2 : 3));
        const best = [...all].sort((x, y) => {
          const a = score(x);
          const b = score(y);
          for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (b[i] ?? 0) - (a[i] ?? 0);
          return 0;
        })[0]!;
        return m !== null && m.route.integration.body === best;
      }),
      { numRuns: runs(300) },
    );
  });
});

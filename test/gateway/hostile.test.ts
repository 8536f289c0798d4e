/** Small scenario files that used to crash or hang the simulator. */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/gateway/scenario.js';
import { MAX_EXPANDED_REQUESTS } from '../../src/gateway/schema.js';
import { api, brief, run } from './helpers.js';

const parse = (obj: Record<string, unknown>) => parseScenario(JSON.stringify({ name: 't', ...obj }));
const custom = (authorizer: string) => api({ authorization: 'CUSTOM', authorizer }, { authorizers: { real: { type: 'TOKEN', allow: ['ok'] } } });

describe('hostile scenario files', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('an authorizer named %s that is not defined is a validation error, not a crash', (name) => {
    const p = parse({ api: custom(name), requests: [{ method: 'GET', path: '/pets' }] });
    expect(p).toEqual({ ok: false, errors: [{ path: 'api.routes[0].authorizer', message: `no authorizer named "${name}" in api.authorizers` }] });
  });

  it('an authorizer really named toString works like any other', () => {
    const r = run({
      api: api({ authorization: 'CUSTOM', authorizer: 'toString' }, { authorizers: { toString: { type: 'TOKEN', allow: ['ok'] } } }),
      requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 'ok' } }, { method: 'GET', path: '/pets', headers: { Authorization: 'no' } }],
    });
    expect(r.map(brief)).toEqual([
      [200, null, null],
      [401, 'UnauthorizedException', 'auth'],
    ]);
  });

  it('identity sources and required headers named like Object.prototype members are simply missing', () => {
    const r = run({
      api: api(
        { authorization: 'CUSTOM', authorizer: 'a', validate: { requiredHeaders: ['constructor'], requiredQuery: ['toString'] } },
        { authorizers: { a: { type: 'REQUEST', identitySource: 'method.request.header.constructor, method.request.querystring.__proto__', allow: ['*'] } } },
      ),
      requests: [{ method: 'GET', path: '/pets' }],
    });
    expect(brief(r[0]!)).toEqual([401, 'UnauthorizedException', 'auth']);
    expect(r[0]!.trace.at(-1)!.reason).toMatch(/identity source missing/);
  });

  it(`repeat is capped: more than ${MAX_EXPANDED_REQUESTS} expanded requests is a clear error naming the limit`, () => {
    expect(parse({ api: api(), requests: [{ method: 'GET', path: '/pets', repeat: 1_000_000 }] })).toMatchObject({
      ok: false,
      errors: [{ path: 'requests[0].repeat', message: expect.stringMatching(/^the requests expand to more than 10000 \(the limit, after repeat/) }],
    });
    const many = Array.from({ length: 3 }, () => ({ method: 'GET', path: '/pets', repeat: 4000 }));
    expect(parse({ api: api(), requests: many })).toMatchObject({
      ok: false,
      errors: [{ path: 'requests[2].repeat', message: expect.stringContaining('the requests expand to more than 10000 (the limit, after repeat') }],
    });
    const p = parse({ api: api(), requests: [{ method: 'GET', path: '/pets', repeat: MAX_EXPANDED_REQUESTS }] });
    expect(p.ok && p.scenario.requests.length).toBe(MAX_EXPANDED_REQUESTS);
  });

  it('a catastrophic identityValidationExpression matches in linear time', () => {
    const scenario = (n: number) => {
      const p = parse({
        api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { authorizers: { a: { type: 'TOKEN', identityValidationExpression: '^(a+)+$', allow: ['*'] } } }),
        requests: [{ method: 'GET', path: '/pets', headers: { Authorization: `${'a'.repeat(n)}!` } }],
      });
      if (!p.ok) throw new Error(JSON.stringify(p.errors));
      return p.scenario;
    };
    // Backtracking doubles the work per added "a": 30 of them took minutes. Here 20x the input
    // costs about 20x the time (checked as a ratio, so the machine's speed does not matter).
    const time = (n: number) => {
      const s = scenario(n);
      const t = performance.now();
      const r = runScenario(s);
      expect(brief(r[0]!)).toEqual([401, 'UnauthorizedException', 'auth']);
      return performance.now() - t;
    };
    time(200);
    const small = Math.max(0.5, Math.min(time(500), time(500)));
    const large = time(10_000);
    expect(large / small).toBeLessThan(200);
  });

  it('an expression RE2 cannot match (lookahead, backreference) is refused with the reason', () => {
    const p = parse({
      api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { authorizers: { a: { type: 'TOKEN', identityValidationExpression: '^(?=x)(a)\\1$' } } }),
      requests: [{ method: 'GET', path: '/pets' }],
    });
    expect(p).toMatchObject({ ok: false, errors: [{ path: 'api.authorizers.a.identityValidationExpression', message: expect.stringMatching(/^not a regular expression the simulator can match in linear time \(.*lookaround and backreferences are not supported\)$/) }] });
  });
});

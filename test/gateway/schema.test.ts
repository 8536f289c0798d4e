import { describe, expect, it } from 'vitest';
import { formatPath, parseScenario } from '../../src/gateway/scenario.js';

const base = () => ({
  name: 's',
  api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'MOCK' } }] as Record<string, unknown>[] },
  requests: [{ method: 'GET', path: '/a' }] as Record<string, unknown>[],
});
const errorsOf = (obj: unknown) => {
  const p = parseScenario(JSON.stringify(obj));
  if (p.ok) throw new Error('expected errors');
  return p.errors;
};

describe('scenario schema', () => {
  it('applies the documented defaults', () => {
    const p = parseScenario(JSON.stringify(base()));
    if (!p.ok) throw new Error('invalid');
    const c = p.scenario.config;
    expect(c.account).toEqual({ rateLimit: 10_000, burstLimit: 5_000 });
    expect(c.api.endpointType).toBe('REGIONAL');
    expect(c.api.apiKeySource).toBe('HEADER');
    expect(c.stage.name).toBe('prod');
    expect(c.stage.cache).toEqual({
      enabled: false,
      capacityGb: 0.5,
      ttlSeconds: 300,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
    });
    expect(c.api.routes[0]).toMatchObject({ authorization: 'NONE', apiKeyRequired: false, integration: { latencyMs: 0, status: 200, body: '', timeoutMs: 29_000 } });
    expect(p.scenario.requests[0]!.request).toMatchObject({ sourceIp: '198.51.100.10', iam: 'none', cacheInvalidationAllowed: false });
  });

  it('expands repeat/everyMs and defaults atMs to the previous request instant', () => {
    const s = base();
    s.requests = [{ atMs: 500, method: 'GET', path: '/a', repeat: 3, everyMs: 100 }, { method: 'GET', path: '/a' }, { atMs: 2000, method: 'GET', path: '/a' }];
    const p = parseScenario(JSON.stringify(s));
    if (!p.ok) throw new Error('invalid');
    expect(p.scenario.requests.map((r) => r.atMs)).toEqual([500, 600, 700, 700, 2000]);
  });

  it('usage plan stages default to the stage name; authorizer defaults', () => {
    const p = parseScenario(
      JSON.stringify({
        ...base(),
        stage: { name: 'live' },
        api: { ...base().api, authorizers: { a: { type: 'TOKEN' } } },
        apiKeys: [{ id: 'k', value: 'vvvvvvvvvvvvvvvvvvvv' }],
        usagePlans: [{ name: 'p', apiKeys: ['k'] }],
      }),
    );
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.scenario.config.usagePlans[0]!.stages).toEqual(['live']);
    expect(p.scenario.config.api.authorizers.a).toMatchObject({ identitySource: 'method.request.header.Authorization', resultTtlSeconds: 300, policyScope: 'api' });
  });

  it('unknown keys are errors with their JSON path', () => {
    const s = base();
    s.api.routes[0] = { ...s.api.routes[0], integration: { type: 'MOCK', tipe: 'x' } };
    expect(errorsOf({ ...s, extra: 1 })).toEqual([
      { path: 'api.routes[0].integration.tipe', message: 'unknown key' },
      { path: 'extra', message: 'unknown key' },
    ]);
  });

  it('names the path of a bad value', () => {
    const s = base();
    s.api.routes[0] = { ...s.api.routes[0], integration: { type: 'MOCK', timeoutMs: 10 } };
    expect(errorsOf(s).map((e) => e.path)).toEqual(['api.routes[0].integration.timeoutMs']);
    expect(errorsOf({ ...base(), stage: { cache: { ttlSeconds: 4000 } } }).map((e) => e.path)).toEqual(['stage.cache.ttlSeconds']);
    expect(errorsOf({ ...base(), stage: { cache: { capacityGb: 2 } } }).map((e) => e.path)).toEqual(['stage.cache.capacityGb']);
  });

  it('cross-field rules: authorizer references, key ids, fail types, EDGE timeout, duplicate routes', () => {
    const s = base();
    s.api.routes = [
      { method: 'GET', path: '/a', authorization: 'CUSTOM', integration: { type: 'MOCK' } },
      { method: 'GET', path: '/b', authorization: 'CUSTOM', authorizer: 'ghost', integration: { type: 'HTTP', fail: 'malformed' } },
      { method: 'GET', path: '/b', integration: { type: 'HTTP_PROXY', timeoutMs: 60_000 } },
    ];
    const errs = errorsOf({ ...s, api: { ...s.api, endpointType: 'EDGE' }, usagePlans: [{ name: 'p', apiKeys: ['nokey'], methodThrottle: { 'GET /zz': { rateLimit: 1, burstLimit: 1 } } }] });
    expect(errs.map((e) => e.path)).toEqual([
      'api.routes[0].authorizer',
      'api.routes[1].authorizer',
      'api.routes[1].integration.fail',
      'api.routes[2].path',
      'api.routes[2].integration.timeoutMs',
      'usagePlans[0].apiKeys[0]',
      'usagePlans[0].methodThrottle["GET /zz"]',
    ]);
  });

  it('rejects malformed JSON and bad paths without throwing', () => {
    const p = parseScenario('{"name": ');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.errors[0]!.message).toMatch(/^not valid JSON/);
    const s = base();
    s.api.routes[0] = { ...s.api.routes[0], path: '/a/{proxy+}/b' };
    expect(errorsOf(s).map((e) => e.path)).toEqual(['api.routes[0].path']);
  });

  it('formats JSON paths', () => {
    expect(formatPath(['api', 'routes', 0, 'integration', 'type'])).toBe('api.routes[0].integration.type');
    expect(formatPath(['api', 'authorizers', 'my auth'])).toBe('api.authorizers["my auth"]');
  });
});

import { describe, expect, it } from 'vitest';
import { createState, makeRequest } from '../../../src/gateway/model.js';
import { simulate } from '../../../src/gateway/pipeline.js';
import { CACHE_WARNING_HEADER } from '../../../src/gateway/stages/response.js';
import { brief, entry, run, scenario } from '../helpers.js';

const route = (extra: Record<string, unknown> = {}) => ({
  routes: [
    { method: 'GET', path: '/items/{id}', integration: { type: 'HTTP_PROXY', latencyMs: 10, body: 'x' }, ...extra },
    { method: 'POST', path: '/items/{id}', integration: { type: 'HTTP_PROXY' } },
  ],
});
const stage = (cache: Record<string, unknown> = {}) => ({ cache: { enabled: true, ttlSeconds: 30, ...cache } });
const get = (atMs: number, id = '1', extra: Record<string, unknown> = {}) => ({ atMs, method: 'GET', path: `/items/${id}`, ...extra });
const refresh = { headers: { 'Cache-Control': 'max-age=0' } };

describe('cache stage', () => {
  it('MISS, HIT within the TTL, MISS once expired; POST not cached by default', () => {
    const rs = run({ api: route(), stage: stage(), requests: [get(0), get(29_000), get(30_010), { atMs: 30_020, method: 'POST', path: '/items/1' }] });
    expect(rs.map((r) => [r.cache, r.integrationCalled])).toEqual([
      ['MISS', true],
      ['HIT', false],
      ['MISS', true],
      ['OFF', true],
    ]);
    expect(entry(rs[1]!, 'cache').data.ttlRemainingMs).toBe(1010);
    // the time left in the TTL's own unit (it read "1010 ms of its 30 s TTL")
    expect(entry(rs[1]!, 'cache').reason).toMatch(/HIT: fresh entry, 1\.01 s of its 30 s TTL left$/);
  });

  it('an ANY method caching every method keeps one entry per HTTP method: a POST never gets the GET\'s response', () => {
    const any = { routes: [{ method: 'ANY', path: '/items', cache: { enabled: true }, integration: { type: 'HTTP_PROXY', latencyMs: 5, body: 'x' } }] };
    const rs = run({ api: any, stage: stage(), requests: [{ atMs: 0, method: 'GET', path: '/items' }, { atMs: 100, method: 'POST', path: '/items' }, { atMs: 200, method: 'GET', path: '/items' }] });
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT']);
  });

  it('undeclared path parameters do not split entries; declared ones do', () => {
    const plain = run({ api: route(), stage: stage(), requests: [get(0, '1'), get(100, '2')] });
    expect(plain.map((r) => r.cache)).toEqual(['MISS', 'HIT']);
    const keyed = run({ api: route({ cache: { keyParameters: ['method.request.path.id'] } }), stage: stage(), requests: [get(0, '1'), get(100, '2'), get(200, '1')] });
    expect(keyed.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT']);
  });

  it('a header cache key declared in mixed case matches the header in any case; tenants do not share entries', () => {
    const keyed = route({ cache: { keyParameters: ['method.request.header.X-Tenant-Id'] } });
    const as = (atMs: number, name: string, tenant: string) => get(atMs, '1', { headers: { [name]: tenant } });
    const rs = run({ api: keyed, stage: stage(), requests: [as(0, 'X-Tenant-Id', 'a'), as(100, 'x-tenant-id', 'b'), as(200, 'X-TENANT-ID', 'a'), as(300, 'x-Tenant-id', 'b')] });
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT', 'HIT']);
    expect(rs.map((r) => entry(r, 'cache').data.key)).toEqual([
      'GET /items/{id}|method.request.header.X-Tenant-Id=a',
      'GET /items/{id}|method.request.header.X-Tenant-Id=b',
      'GET /items/{id}|method.request.header.X-Tenant-Id=a',
      'GET /items/{id}|method.request.header.X-Tenant-Id=b',
    ]);
    // tenant b's hit is b's own entry, stored when b's first request was answered
    expect(entry(rs[3]!, 'cache').data.storedAtMs).toBe(110);
  });

  it('OFF when the stage cache is off or TTL is 0', () => {
    expect(run({ api: route(), requests: [get(0)] })[0]!.cache).toBe('OFF');
    expect(run({ api: route(), stage: stage({ ttlSeconds: 0 }), requests: [get(0)] })[0]!.cache).toBe('OFF');
  });

  it('BYPASS when the request stopped before the cache stage', () => {
    const [r] = run({ api: route({ validate: { requiredQuery: ['q'] } }), stage: stage(), requests: [get(0)] });
    expect(r!.stoppedAt).toBe('validation');
    expect(r!.cache).toBe('BYPASS');
  });

  it('an entry exists only once the response has arrived (latency 10 ms)', () => {
    const rs = run({ api: route(), stage: stage(), requests: [get(0), get(9), get(19)] }); // the miss at 9 ms stores again at 19 ms
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT']);
  });

  it('with a 10 ms backend and a GET every 5 ms, the entry stored at 10 ms serves the requests from 10 ms on', () => {
    const rs = run({ api: route(), stage: stage(), requests: Array.from({ length: 8 }, (_, k) => get(k * 5)) });
    // 0 and 5 ms miss (nothing stored yet); the misses in flight do not hide the entry stored at 10 ms
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT', 'HIT', 'HIT', 'HIT', 'HIT', 'HIT']);
    expect(entry(rs[2]!, 'cache').data.storedAtMs).toBe(10);
    // from 15 ms on, the later miss's response (stored at 15 ms) has replaced the first one
    expect(rs.slice(3).map((r) => entry(r, 'cache').data.storedAtMs)).toEqual([15, 15, 15, 15, 15]);
    expect(entry(rs[3]!, 'cache').data.ttlRemainingMs).toBe(30_000);
  });

  it('a replaced entry keeps its own expiry: the replacement serves until 30 s after it was stored', () => {
    const rs = run({ api: route(), stage: stage(), requests: [get(0), get(5), get(30_009), get(30_014), get(30_015)] });
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS', 'HIT', 'HIT', 'MISS']);
    expect(rs.slice(2, 4).map((r) => entry(r, 'cache').data.ttlRemainingMs)).toEqual([6, 1]);
  });

  it('only 2xx responses are stored', () => {
    const rs = run({ api: { routes: [{ method: 'GET', path: '/items/{id}', integration: { type: 'HTTP_PROXY', status: 404 } }] }, stage: stage(), requests: [get(0), get(1)] });
    expect(rs.map((r) => [r.status, r.cache])).toEqual([
      [404, 'MISS'],
      [404, 'MISS'],
    ]);
    expect(entry(rs[0]!, 'response').reason).toContain('only 2xx');
  });

  describe('Cache-Control: max-age=0', () => {
    it('honoured for a signed caller with InvalidateCache: BYPASS and the entry is replaced', () => {
      const rs = run({
        api: route(),
        stage: stage(),
        requests: [get(0), get(100, '1', { ...refresh, iam: 'signed-allowed', cacheInvalidationAllowed: true }), get(29_000)],
      });
      expect(rs.map((r) => [r.cache, r.integrationCalled])).toEqual([
        ['MISS', true],
        ['BYPASS', true],
        ['HIT', false],
      ]);
      // the replaced entry was stored at 110 ms, so it is still fresh at 29 s + 100 ms
      expect(entry(rs[2]!, 'cache').data.ttlRemainingMs).toBe(1110);
    });

    it('honoured for anyone when authorization is not required', () => {
      const rs = run({ api: route(), stage: stage({ requireAuthorizationForCacheControl: false }), requests: [get(0), get(1, '1', refresh)] });
      expect(rs[1]!.cache).toBe('BYPASS');
    });

    it('FAIL_WITH_403 stops at cache with 403', () => {
      const rs = run({ api: route(), stage: stage({ unauthorizedCacheControlHeaderStrategy: 'FAIL_WITH_403' }), requests: [get(0), get(1, '1', refresh)] });
      expect(brief(rs[1]!)).toEqual([403, null, 'cache']);
      expect(rs[1]!.cache).toBe('BYPASS');
      expect(entry(rs[1]!, 'cache').note).toContain('documentation is silent');
    });

    it('SUCCEED_WITH_RESPONSE_HEADER ignores the header (HIT), SUCCEED_WITHOUT also', () => {
      for (const s of ['SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER']) {
        const rs = run({ api: route(), stage: stage({ unauthorizedCacheControlHeaderStrategy: s }), requests: [get(0), get(100, '1', refresh)] });
        expect(rs[1]!.cache).toBe('HIT');
        expect(entry(rs[1]!, 'cache').reason).toContain('ignored');
      }
    });
  });

  it('SUCCEED_WITH_RESPONSE_HEADER adds a warning header; SUCCEED_WITHOUT does not', () => {
    for (const [strategy, warned] of [['SUCCEED_WITH_RESPONSE_HEADER', true], ['SUCCEED_WITHOUT_RESPONSE_HEADER', false]] as const) {
      const s = scenario({ api: route(), stage: stage({ unauthorizedCacheControlHeaderStrategy: strategy }), requests: [get(0)] });
      const state = createState();
      simulate(s.config, makeRequest({ method: 'GET', path: '/items/1' }), state, 0);
      const r = simulate(s.config, makeRequest({ method: 'GET', path: '/items/1', headers: { 'Cache-Control': 'max-age=0' } }), state, 100);
      expect(r.cache).toBe('HIT');
      expect(CACHE_WARNING_HEADER in r.response.headers).toBe(warned);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { cacheShareNote, prng, runLoad } from '../../src/gateway/load.js';
import { scenario } from './helpers.js';

const keyed = scenario({
  api: { routes: [{ method: 'GET', path: '/pets', apiKeyRequired: true, integration: { type: 'MOCK' } }] },
  apiKeys: [{ id: 'k1', value: 'kkkkkkkkkkkkkkkkkkkk1' }, { id: 'k2', value: 'kkkkkkkkkkkkkkkkkkkk2' }],
  usagePlans: [{ name: 'p', apiKeys: ['k1', 'k2'], throttle: { rateLimit: 10, burstLimit: 20 }, quota: { limit: 500, period: 'DAY' } }],
  requests: [{ method: 'GET', path: '/pets' }],
}).config;

describe('runLoad', () => {
  it('per-key buckets: burst then steady refill rate, quota after the limit', () => {
    // 2 keys round-robin, 100 rps for 60 s: each key gets 50 rps against a 10 rps / 20 burst bucket.
    const r = runLoad(keyed, { ratePerSecond: 100, apiKeys: 2, seed: 7 }, 60_000);
    expect(r.seconds).toBe(60);
    expect(r.totals.requests).toBe(6000);
    expect(r.series.accepted[0]).toBe(2 * (20 + 10) - 2); // burst + about one second of refill per key
    expect(r.series.accepted[5]).toBe(20); // steady state: 10 rps per key
    // quota 500 per key: 1000 accepted in all, the rest quota-limited or throttled
    expect(r.totals.accepted).toBe(1000);
    expect(r.totals.quotaLimited).toBeGreaterThan(0);
    expect(r.totals.accepted + r.totals.throttled + r.totals.quotaLimited + r.totals.otherErrors).toBe(6000);
  });

  it('no key on a key-required method: every request is another error', () => {
    const r = runLoad(keyed, { ratePerSecond: 10, seed: 1 }, 2000);
    expect(r.totals).toMatchObject({ requests: 20, otherErrors: 20, accepted: 0 });
  });

  it('cacheable share drives cache hits and integration calls', () => {
    const cfg = scenario({
      api: { routes: [{ method: 'GET', path: '/c', integration: { type: 'HTTP_PROXY' } }, { method: 'POST', path: '/w', integration: { type: 'HTTP_PROXY' } }] },
      stage: { cache: { enabled: true, ttlSeconds: 10 } },
      requests: [{ method: 'GET', path: '/c' }],
    }).config;
    const r = runLoad(cfg, { ratePerSecond: 1000, cacheableShare: 0.8, seed: 3 }, 30_000);
    expect(r.totals.cacheHits).toBeGreaterThan(0.79 * 30_000 - 10);
    expect(r.totals.integrationCalls).toBe(30_000 - r.totals.cacheHits);
    expect(r.series.integrationCalls.reduce((a, b) => a + b)).toBe(r.totals.integrationCalls);
  });

  it('is deterministic for a seed and burst lands at t = 0', () => {
    const a = runLoad(keyed, { ratePerSecond: 50, burst: 100, apiKeys: 2, seed: 9 }, 5000);
    const b = runLoad(keyed, { ratePerSecond: 50, burst: 100, apiKeys: 2, seed: 9 }, 5000);
    expect(a).toEqual(b);
    expect(a.series.throttled[0]).toBeGreaterThan(0);
  });

  it('prng is seeded and in [0, 1)', () => {
    const r1 = prng(42);
    const r2 = prng(42);
    for (let i = 0; i < 100; i++) {
      const v = r1();
      expect(v).toBe(r2());
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('cacheShareNote: when a cacheable share can change anything', () => {
  const cfg = (cache: boolean, routes: Array<{ method: string; path: string; cache?: { enabled: boolean } }>) =>
    scenario({ api: { routes: routes.map((r) => ({ ...r, integration: { type: 'MOCK' } })) }, stage: { cache: { enabled: cache, ttlSeconds: 60 } }, requests: [{ method: 'GET', path: '/a' }] }).config;
  it.each([
    ['the stage cache off', cfg(false, [{ method: 'GET', path: '/a' }, { method: 'POST', path: '/b' }]), 'the stage cache is off'],
    ['no cached route', cfg(true, [{ method: 'POST', path: '/a' }, { method: 'GET', path: '/b', cache: { enabled: false } }]), 'no route is cached (by default only GETs are, and a TTL of 0 is off)'],
    ['only cached routes', cfg(true, [{ method: 'GET', path: '/a' }]), 'every route here is cached, so all requests are'],
    ['a cached GET beside a POST', cfg(true, [{ method: 'GET', path: '/a' }, { method: 'POST', path: '/b' }]), null],
  ])('%s', (_name, config, note) => {
    expect(cacheShareNote(config)).toBe(note);
    if (note !== null) return;
    const hits = (share: number) => runLoad(config, { ratePerSecond: 10, cacheableShare: share, seed: 3 }, 5000).totals.cacheHits;
    expect(hits(1)).toBeGreaterThan(hits(0.5));
    expect(hits(0)).toBe(0);
  });
});

/** fast-check properties of the engine's invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup, store } from '../../src/gateway/cache.js';
import { createState, makeRequest, STAGES, type GatewayResponse } from '../../src/gateway/model.js';
import { simulate } from '../../src/gateway/pipeline.js';
import { newBucket, take } from '../../src/gateway/tokenBucket.js';
import { scenario } from './helpers.js';

const KEY = 'kkkkkkkkkkkkkkkkkkkk1';
const cfg = scenario({
  account: { rateLimit: 50, burstLimit: 20 },
  api: {
    authorizers: { a: { type: 'TOKEN', allow: ['ok'], deny: ['no'], error: ['boom'], resultTtlSeconds: 5, policyScope: 'method' } },
    routes: [
      { method: 'GET', path: '/a', apiKeyRequired: true, integration: { type: 'HTTP_PROXY', latencyMs: 5 } },
      { method: 'POST', path: '/a', authorization: 'CUSTOM', authorizer: 'a', validate: { requiredQuery: ['q'] }, integration: { type: 'AWS_PROXY' } },
      { method: 'GET', path: '/b/{id}', throttle: { rateLimit: 3, burstLimit: 4 }, cache: { keyParameters: ['method.request.path.id'] }, integration: { type: 'MOCK' } },
      { method: 'GET', path: '/slow', integration: { type: 'HTTP', latencyMs: 100, timeoutMs: 50 } },
    ],
  },
  stage: { cache: { enabled: true, ttlSeconds: 2 } },
  apiKeys: [{ id: 'k1', value: KEY }],
  usagePlans: [{ name: 'p', apiKeys: ['k1'], throttle: { rateLimit: 2, burstLimit: 3 }, quota: { limit: 7, period: 'DAY' } }],
  requests: [{ method: 'GET', path: '/a' }],
}).config;

const reqFields = {
  method: fc.constantFrom('GET', 'POST', 'DELETE'),
  path: fc.constantFrom('/a', '/b/1', '/b/2', '/slow', '/zzz'),
  key: fc.boolean(),
  token: fc.constantFrom(undefined, 'ok', 'no', 'boom', 'x'),
  q: fc.boolean(),
  dt: fc.integer({ min: 0, max: 3000 }),
};
const arbReq = fc.record(reqFields);
type R = typeof arbReq extends fc.Arbitrary<infer T> ? T : never;
const toReq = (r: R) =>
  makeRequest({
    method: r.method,
    path: r.path,
    headers: { ...(r.key ? { 'x-api-key': KEY } : {}), ...(r.token ? { Authorization: r.token } : {}) },
    query: r.q ? { q: '1' } : {},
  });

function runAll(rs: R[], trace = true) {
  const state = createState();
  let now = 0;
  return rs.map((r) => {
    now += r.dt;
    const out = simulate(cfg, toReq(r), state, now, { trace });
    return { now, out, state };
  });
}

describe('engine properties', () => {
  it('a token bucket never holds more than its burst nor less than zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 200 }), (burst, rate, gaps) => {
        const limit = { rateLimit: rate, burstLimit: burst };
        const b = newBucket(limit, 0);
        let now = 0;
        for (const g of gaps) {
          now += g;
          take(b, limit, now);
          if (b.tokens < 0 || b.tokens > burst) return false;
        }
        return true;
      }),
    );
  });

  it('every bucket in the engine state stays within [0, its own burst]', () => {
    // each bucket against its own burst: the account 20, the plan's per-client 3, GET /b/{id}'s stage override 4
    const burstOf: Record<string, number> = { account: 20, 'plan:p:k1': 3, 'stage:GET /b/{id}': 4 };
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 80 }), (rs) => {
        for (const { state } of runAll(rs, false))
          for (const [key, b] of state.buckets) {
            const burst = burstOf[key];
            if (burst === undefined) throw new Error(`a bucket this test does not know: ${key}`);
            if (b.tokens < 0 || b.tokens > burst) return false;
          }
        return true;
      }),
    );
  });

  it('the cache hits exactly when an earlier 2xx response for the key was stored within the TTL, never past it', () => {
    const cached = scenario({
      account: { rateLimit: 10_000, burstLimit: 5_000 },
      api: {
        routes: [
          { method: 'GET', path: '/a', integration: { type: 'HTTP_PROXY', latencyMs: 10 } },
          { method: 'GET', path: '/b/{id}', cache: { keyParameters: ['method.request.path.id'] }, integration: { type: 'HTTP_PROXY', latencyMs: 3 } },
          { method: 'GET', path: '/e', integration: { type: 'HTTP_PROXY', latencyMs: 2, status: 500 } },
        ],
      },
      stage: { cache: { enabled: true, ttlSeconds: 2 } },
      requests: [{ method: 'GET', path: '/a' }],
    }).config;
    const latency: Record<string, number> = { '/a': 10, '/b/1': 3, '/b/2': 3, '/e': 2 };
    // An independent model: every 2xx response, stored at request time + backend latency, replaces the
    // key's entry from its own storedAt on; a request sees the latest one stored at or before its time.
    let hits = 0;
    let misses = 0;
    const arb = fc.record({
      path: fc.constantFrom('/a', '/b/1', '/b/2', '/e'),
      dt: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1500 }), fc.constant(2000)),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 80 }), (rs) => {
        const state = createState();
        const stored = new Map<string, number[]>();
        let now = 0;
        for (const r of rs) {
          now += r.dt;
          const out = simulate(cached, makeRequest({ method: 'GET', path: r.path }), state, now);
          const c = out.trace.find((t) => t.stage === 'cache')!;
          const key = c.data.key as string;
          const seen = (stored.get(key) ?? []).filter((at) => at <= now);
          const latest = seen.length ? Math.max(...seen) : undefined;
          const expectHit = latest !== undefined && now < latest + 2000;
          if ((out.cache === 'HIT') !== expectHit) return false;
          if (out.cache === 'HIT') {
            hits++;
            if (out.integrationCalled || c.data.storedAtMs !== latest || c.data.ttlRemainingMs !== latest! + 2000 - now) return false;
          } else {
            misses++;
            if (out.cache !== 'MISS' || !out.integrationCalled) return false;
            if (r.path !== '/e') stored.set(key, [...(stored.get(key) ?? []), now + latency[r.path]!]);
          }
        }
        return true;
      }),
      { numRuns: 100 },
    );
    // the generated runs must exercise both branches, or the property proves nothing
    expect(hits).toBeGreaterThan(30);
    expect(misses).toBeGreaterThan(30);
  });

  it('cache lookup returns nothing at or after expiry', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 3600_000 }), fc.integer({ min: 0, max: 4e6 }), (at, ttl, later) => {
        const m = new Map();
        const res: GatewayResponse = { status: 200, headers: {}, body: '' };
        store(m, 'k', res, at, ttl);
        const e = lookup(m, 'k', at + later);
        return later < ttl ? e !== undefined : e === undefined;
      }),
    );
  });

  it('a quota counter never passes its limit within a period', () => {
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 100 }), (rs) => {
        for (const { state } of runAll(rs, false)) for (const q of state.quotas.values()) if (q.used > 7) return false;
        return true;
      }),
    );
  });

  it('simulate is deterministic (traced and untraced agree too)', () => {
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 60 }), (rs) => {
        const a = runAll(rs).map((s) => ({ ...s.out, state: undefined }));
        const b = runAll(rs).map((s) => ({ ...s.out, state: undefined }));
        const c = runAll(rs, false).map((s) => [s.out.response, s.out.stoppedAt, s.out.cache, s.out.integrationCalled]);
        expect(b).toEqual(a);
        expect(c).toEqual(a.map((o) => [o.response, o.stoppedAt, o.cache, o.integrationCalled]));
      }),
    );
  });

  it('a request stopped at a stage never has a later stage in its trace; the trace follows the stage order', () => {
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 60 }), (rs) => {
        for (const { out } of runAll(rs)) {
          const idx = out.trace.map((t) => STAGES.indexOf(t.stage));
          for (let i = 1; i < idx.length; i++) if (idx[i]! <= idx[i - 1]!) return false;
          const stops = out.trace.filter((t) => t.outcome === 'stop');
          if (out.stoppedAt === null) {
            if (stops.length !== 0 || out.trace.at(-1)?.stage !== 'response') return false;
          } else {
            if (stops.length !== 1 || out.trace.at(-1)!.stage !== out.stoppedAt || out.trace.at(-1)!.outcome !== 'stop') return false;
          }
        }
        return true;
      }),
    );
  });
});

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

const arbReq = fc.record({
  method: fc.constantFrom('GET', 'POST', 'DELETE'),
  path: fc.constantFrom('/a', '/b/1', '/b/2', '/slow', '/zzz'),
  key: fc.boolean(),
  token: fc.constantFrom(undefined, 'ok', 'no', 'boom', 'x'),
  q: fc.boolean(),
  dt: fc.integer({ min: 0, max: 3000 }),
});
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

  it('every bucket in the engine state stays within [0, burst]', () => {
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 80 }), (rs) => {
        const steps = runAll(rs, false);
        const state = steps.at(-1)?.state ?? createState();
        const bursts = [20, 3, 4];
        for (const b of state.buckets.values()) if (b.tokens < 0 || b.tokens > Math.max(...bursts)) return false;
        return true;
      }),
    );
  });

  it('the cache never serves an entry past its TTL', () => {
    fc.assert(
      fc.property(fc.array(arbReq, { maxLength: 80 }), (rs) => {
        const state = createState();
        let now = 0;
        for (const r of rs) {
          now += r.dt;
          const out = simulate(cfg, toReq(r), state, now);
          const c = out.trace.find((t) => t.stage === 'cache');
          if (out.cache === 'HIT') {
            const remaining = c!.data.ttlRemainingMs as number;
            if (!(remaining > 0 && remaining <= 2000)) return false;
            if (now - (c!.data.storedAtMs as number) >= 2000) return false;
            if (out.integrationCalled) return false;
          }
        }
        return true;
      }),
    );
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

import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from '../helpers.js';

const get = (atMs: number, extra: Record<string, unknown> = {}) => ({ atMs, method: 'GET', path: '/pets', ...extra });

describe('throttle stage', () => {
  it('burst then 429 then refill at rateLimit per second', () => {
    const rs = run({
      api: api({ throttle: { rateLimit: 2, burstLimit: 3 } }),
      requests: [get(0, { repeat: 4 }), get(499), get(500), get(1000, { repeat: 2 })],
    });
    expect(rs.map((r) => r.status)).toEqual([200, 200, 200, 429, 429, 200, 200, 429]);
    // tokens left after each request: a refill that forgot to move its clock forward would count
    // the time since 0 again at 500 and 1000 ms and hand out tokens that were already given
    const left = rs.map((r) => (entry(r, 'throttle').data.buckets as { tokensLeft: number }[])[0]!.tokensLeft);
    expect(left).toEqual([2, 1, 0, 0, 0.998, 0, 0, 0]);
    expect(brief(rs[3]!)).toEqual([429, 'TooManyRequestsException', 'throttle']);
    expect(rs[3]!.message).toBe('Too Many Requests');
    const b = (entry(rs[3]!, 'throttle').data.buckets as { msToNextToken: number; tokensLeft: number }[])[0]!;
    expect(b).toMatchObject({ tokensLeft: 0, msToNextToken: 500 });
  });

  it('stage default applies per method (each method has its own bucket)', () => {
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'MOCK' } }, { method: 'GET', path: '/b', integration: { type: 'MOCK' } }] },
      stage: { throttle: { rateLimit: 1, burstLimit: 1 } },
      requests: [{ method: 'GET', path: '/a' }, { method: 'GET', path: '/b' }, { method: 'GET', path: '/a' }],
    });
    expect(rs.map((r) => r.status)).toEqual([200, 200, 429]);
  });

  it('usage plan per-client limit tighter than the stage: the plan bucket stops first', () => {
    const rs = run({
      api: api({ apiKeyRequired: true }),
      stage: { throttle: { rateLimit: 100, burstLimit: 100 } },
      apiKeys: [{ id: 'k1', value: 'kkkkkkkkkkkkkkkkkkkk1' }, { id: 'k2', value: 'kkkkkkkkkkkkkkkkkkkk2' }],
      usagePlans: [{ name: 'basic', apiKeys: ['k1', 'k2'], throttle: { rateLimit: 1, burstLimit: 2 } }],
      requests: [
        get(0, { headers: { 'x-api-key': 'kkkkkkkkkkkkkkkkkkkk1' }, repeat: 3 }),
        get(0, { headers: { 'x-api-key': 'kkkkkkkkkkkkkkkkkkkk2' } }),
      ],
    });
    expect(rs.map((r) => r.status)).toEqual([200, 200, 429, 200]);
    expect(entry(rs[2]!, 'throttle').reason).toMatch(/^usage plan basic per-client for key k1 bucket is empty/);
  });

  it('usage plan per-method limit is checked before the per-client limit', () => {
    const rs = run({
      api: api({ apiKeyRequired: true }),
      apiKeys: [{ id: 'k1', value: 'kkkkkkkkkkkkkkkkkkkk1' }],
      usagePlans: [{ name: 'basic', apiKeys: ['k1'], throttle: { rateLimit: 10, burstLimit: 10 }, methodThrottle: { 'GET /pets': { rateLimit: 1, burstLimit: 1 } } }],
      requests: [get(0, { headers: { 'x-api-key': 'kkkkkkkkkkkkkkkkkkkk1' }, repeat: 2 })],
    });
    expect(rs.map((r) => r.status)).toEqual([200, 429]);
    expect(entry(rs[1]!, 'throttle').reason).toContain('per-method (GET /pets)');
  });

  it('account bucket (default 10,000 rps / 5,000 burst) applies to everything', () => {
    const rs = run({ account: { rateLimit: 1, burstLimit: 1 }, api: api(), requests: [get(0), get(0), get(1000)] });
    expect(rs.map((r) => r.status)).toEqual([200, 429, 200]);
    expect(entry(rs[1]!, 'throttle').reason).toContain('account (per Region)');
  });

  it('a request rejected at apiKey consumes no token', () => {
    const rs = run({
      api: api({ apiKeyRequired: true, throttle: { rateLimit: 0, burstLimit: 1 } }),
      apiKeys: [{ id: 'k1', value: 'kkkkkkkkkkkkkkkkkkkk1' }],
      usagePlans: [{ name: 'p', apiKeys: ['k1'] }],
      requests: [get(0), get(0, { headers: { 'x-api-key': 'kkkkkkkkkkkkkkkkkkkk1' } })],
    });
    expect(rs.map((r) => r.status)).toEqual([403, 200]);
  });
});

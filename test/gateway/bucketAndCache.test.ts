/** The token bucket and the cache's entry lists on their own, at the instants where they change. */
import { describe, expect, it } from 'vitest';
import { lookup, store } from '../../src/gateway/cache.js';
import type { CacheEntry, GatewayResponse } from '../../src/gateway/model.js';
import { msToNextToken, newBucket, refill, take } from '../../src/gateway/tokenBucket.js';

const limit = { rateLimit: 10, burstLimit: 3 };

describe('token bucket', () => {
  it('starts full and takes one whole token a request, then refuses', () => {
    const b = newBucket(limit, 1000);
    expect(b).toEqual({ tokens: 3, lastMs: 1000 });
    expect([take(b, limit, 1000), take(b, limit, 1000), take(b, limit, 1000), take(b, limit, 1000)]).toEqual([true, true, true, false]);
    expect(b.tokens).toBe(0);
  });

  it('refills rate tokens a second, never above the burst, and only forward in time', () => {
    const b = { tokens: 0, lastMs: 1000 };
    refill(b, limit, 1050);
    expect(b).toEqual({ tokens: 0.5, lastMs: 1050 });
    refill(b, limit, 1000); // earlier: nothing, and the refill time stays
    expect(b).toEqual({ tokens: 0.5, lastMs: 1050 });
    refill(b, limit, 1050);
    expect(b).toEqual({ tokens: 0.5, lastMs: 1050 });
    refill(b, limit, 1300);
    expect(b).toEqual({ tokens: 3, lastMs: 1300 });
    const exact = { tokens: 2.5, lastMs: 0 };
    refill(exact, limit, 50);
    expect(exact.tokens).toBe(3);
  });

  it('a token that is 0.99 of one is not taken; exactly one is', () => {
    expect(take({ tokens: 0.99, lastMs: 0 }, limit, 0)).toBe(false);
    const one = { tokens: 1, lastMs: 0 };
    expect(take(one, limit, 0)).toBe(true);
    expect(one.tokens).toBe(0);
  });

  it('says how long until the next whole token, rounding up; 0 with one; never at rate 0 or burst 0', () => {
    expect(msToNextToken({ tokens: 1, lastMs: 0 }, limit)).toBe(0);
    expect(msToNextToken({ tokens: 2.5, lastMs: 0 }, limit)).toBe(0); // more than one: no wait, never a negative one
    expect(msToNextToken({ tokens: 0, lastMs: 0 }, limit)).toBe(100);
    expect(msToNextToken({ tokens: 0.25, lastMs: 0 }, { rateLimit: 3, burstLimit: 3 })).toBe(250);
    expect(msToNextToken({ tokens: 0.5, lastMs: 0 }, { rateLimit: 3, burstLimit: 3 })).toBe(167);
    expect(msToNextToken({ tokens: 0, lastMs: 0 }, { rateLimit: 0, burstLimit: 3 })).toBe(Infinity);
    expect(msToNextToken({ tokens: 0, lastMs: 0 }, { rateLimit: -1, burstLimit: 3 })).toBe(Infinity);
    expect(msToNextToken({ tokens: 0.5, lastMs: 0 }, { rateLimit: 5, burstLimit: 0.5 })).toBe(Infinity);
    expect(msToNextToken({ tokens: 0, lastMs: 0 }, { rateLimit: 5, burstLimit: 1 })).toBe(200);
  });
});

const res = (body: string): GatewayResponse => ({ status: 200, headers: {}, body });
const entries = (cache: Map<string, readonly CacheEntry[]>, key = 'k') => (cache.get(key) ?? []).map((e) => [e.storedAt, e.expiresAt, e.response.body]);

describe('cache entry lists', () => {
  it('an entry is visible from the instant it was stored until just before it expires', () => {
    const cache = new Map<string, readonly CacheEntry[]>();
    store(cache, 'k', res('a'), 100, 50);
    expect(lookup(cache, 'k', 99)).toBeUndefined();
    expect(lookup(cache, 'k', 100)?.response.body).toBe('a');
    expect(lookup(cache, 'k', 149)?.response.body).toBe('a');
    expect(lookup(cache, 'k', 150)).toBeUndefined();
    expect(cache.has('k')).toBe(false); // the expired entry is gone
    expect(lookup(cache, 'other', 120)).toBeUndefined();
  });

  it('a later store replaces the entry from its own time on; stores arriving out of order are kept in time order', () => {
    const cache = new Map<string, readonly CacheEntry[]>();
    store(cache, 'k', res('b'), 200, 1000);
    store(cache, 'k', res('a'), 100, 1000); // arrived with an earlier time
    store(cache, 'k', res('c'), 300, 1000);
    expect(entries(cache)).toEqual([[100, 1100, 'a'], [200, 1200, 'b'], [300, 1300, 'c']]);
    expect(lookup(cache, 'k', 150)?.response.body).toBe('a');
    expect(entries(cache)).toHaveLength(3); // nothing before the visible one to drop
    expect(lookup(cache, 'k', 250)?.response.body).toBe('b');
    expect(entries(cache)).toEqual([[200, 1200, 'b'], [300, 1300, 'c']]); // 'a' was superseded before 250
    expect(lookup(cache, 'k', 300)?.response.body).toBe('c');
    expect(entries(cache)).toEqual([[300, 1300, 'c']]);
  });

  it('an expired visible entry goes with those before it, and a later one stays for its time', () => {
    const cache = new Map<string, readonly CacheEntry[]>();
    store(cache, 'k', res('a'), 100, 10);
    store(cache, 'k', res('b'), 300, 10);
    expect(lookup(cache, 'k', 200)).toBeUndefined();
    expect(entries(cache)).toEqual([[300, 310, 'b']]);
    expect(lookup(cache, 'k', 305)?.response.body).toBe('b');
  });

  it('an expired visible entry goes, and every later one stays for its own time (not only the last)', () => {
    const cache = new Map<string, readonly CacheEntry[]>();
    store(cache, 'k', res('a'), 100, 10);
    store(cache, 'k', res('b'), 300, 10);
    store(cache, 'k', res('c'), 500, 10);
    expect(lookup(cache, 'k', 200)).toBeUndefined();
    expect(entries(cache)).toEqual([[300, 310, 'b'], [500, 510, 'c']]);
    expect(lookup(cache, 'k', 305)?.response.body).toBe('b');
  });

  it('two stores at the same instant: the one stored last is seen; stored lists are never changed in place', () => {
    const cache = new Map<string, readonly CacheEntry[]>();
    store(cache, 'k', res('first'), 100, 100);
    const before = cache.get('k')!;
    store(cache, 'k', res('second'), 100, 100);
    expect(before.map((e) => e.response.body)).toEqual(['first']);
    expect(lookup(cache, 'k', 100)?.response.body).toBe('second');
  });
});

/** The throttle stage's pass: every bucket checked, named by level, with its tokens, limits and the wait for the next token. */
import { describe, expect, it } from 'vitest';
import { entry, run } from './helpers.js';

describe('throttle buckets in the trace', () => {
  it('a stage method override and the stage default are named apart, each with its whole bucket', () => {
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/a', throttle: { rateLimit: 2, burstLimit: 3 }, integration: { type: 'MOCK' } }, { method: 'GET', path: '/b', integration: { type: 'MOCK' } }] },
      stage: { name: 'prod', throttle: { rateLimit: 4, burstLimit: 5 } },
      requests: [{ method: 'GET', path: '/a' }, { method: 'GET', path: '/b' }],
    });
    const [a, b] = rs.map((r) => entry(r, 'throttle'));
    expect([a!.reason, a!.data]).toEqual([
      'one token taken from each bucket: stage method override (GET /a) 2 of 3 left; account (per Region) 4999 of 5000 left',
      { buckets: [
        { level: 'stage method override (GET /a)', tokensLeft: 2, burstLimit: 3, rateLimit: 2, msToNextToken: 0 },
        { level: 'account (per Region)', tokensLeft: 4999, burstLimit: 5000, rateLimit: 10000, msToNextToken: 0 },
      ] },
    ]);
    expect(b!.reason).toBe('one token taken from each bucket: stage default for GET /b 4 of 5 left; account (per Region) 4998 of 5000 left');
  });
});

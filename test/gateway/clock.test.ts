/** Virtual time as the simulator shows it: an offset from the scenario's start. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetText } from '../../src/gateway/clock.js';

describe('offsetText', () => {
  it.each([
    [0, 't+0.000 s'],
    [1250, 't+1.250 s'],
    [59_999, 't+59.999 s'],
    [60_000, 't+1 m'],
    [65_000, 't+1 m 5 s'],
    [65_250, 't+1 m 5.250 s'],
    [3_660_000, 't+1 h 1 m'],
    [86_400_000, 't+1 d'],
    [90_061_000, 't+1 d 1 h 1 m 1 s'],
    [31 * 86_400_000, 't+31 d'],
    [-1500, 't-1.500 s'],
  ])('%d ms reads %s', (ms, text) => expect(offsetText(ms)).toBe(text));

  it('never shows a calendar date, and reads back to the same milliseconds', () => {
    const UNIT: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ms) => {
        const t = offsetText(ms);
        expect(t).not.toMatch(/19\d\d-|T\d\d:/);
        const parts = [...t.slice(2).matchAll(/([\d.]+) ([dhms])/g)];
        expect(Math.round(parts.reduce((sum, [, n, u]) => sum + Number(n) * UNIT[u!]!, 0))).toBe(ms);
      }),
    );
  });
});

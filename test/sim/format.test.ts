/** The load view's time axis: offsets from the start under a sparkline, as wide as it is. */
import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../src/sim/format.js';

describe('timeAxis', () => {
  it.each([
    [10, 30, 't+0 s                   t+10 s'],
    [10, 10, 't+0 t+10 s'],
    [600, 8, ' t+600 s'],
  ])('%d s over %d columns', (seconds, width, text) => {
    expect(timeAxis(seconds, width)).toBe(text);
    expect(timeAxis(seconds, width)).toHaveLength(width);
  });
});

/** The waits printed on the rating buttons, and the note shown when two buttons read the same. */
import { describe, expect, it } from 'vitest';
import { formatInterval, sameIntervals } from '../../src/study/interval.js';
import type { Outcome } from '../../src/study/scheduler.js';
import type { SrsState } from '../../src/progress/schema.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
  it.each([
    [0, '1m'], // never "0m": the shortest wait shown is a minute
    [89_000, '1m'],
    [91_000, '2m'],
    [59 * MIN, '59m'],
    [HOUR - 1, '60m'],
    [HOUR, '1h'],
    [1.25 * HOUR, '1.3h'],
    [9.94 * HOUR, '9.9h'],
    [10.4 * HOUR, '10h'],
    [DAY - HOUR, '23h'],
    [DAY, '1d'],
    [29.4 * DAY, '29d'],
    [30 * DAY, '1mo'],
    [91.3125 * DAY, '3mo'],
    [45 * DAY, '1.5mo'],
    [364 * DAY, '12mo'],
    [365 * DAY, '1y'],
    [548 * DAY, '1.5y'],
    [3653 * DAY, '10y'],
  ])('%d ms reads %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

const state = (due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 1 });
const outcome = (rating: 1 | 2 | 3 | 4, label: string, interval: string, due: number): Outcome => ({ rating, label, interval, next: state(due) });

describe('sameIntervals', () => {
  it('is null when every button shows a different wait', () => {
    expect(sameIntervals([outcome(1, 'Again', '1m', MIN), outcome(2, 'Hard', '6m', 6 * MIN), outcome(3, 'Good', '10m', 10 * MIN)])).toBeNull();
  });

  it('names the same learning step when two neighbours are due at the same instant', () => {
    expect(sameIntervals([outcome(1, 'Again', '1m', MIN), outcome(2, 'Hard', '10m', 10 * MIN), outcome(3, 'Good', '10m', 10 * MIN)])).toBe(
      "Hard and Good both wait 10m (the same learning step); the rating still changes the card's stability and difficulty.",
    );
  });

  it('says by how much two buttons differ when the label rounds them together', () => {
    expect(sameIntervals([outcome(3, 'Good', '3d', 3 * DAY), outcome(4, 'Easy', '3d', 3 * DAY + 2 * HOUR)])).toBe(
      'Good and Easy both show 3d: they differ by 2h, less than the label rounds to.',
    );
    // the gap is the same whichever of the two is due first
    expect(sameIntervals([outcome(3, 'Good', '3d', 3 * DAY + 2 * HOUR), outcome(4, 'Easy', '3d', 3 * DAY)])).toContain('they differ by 2h,');
  });

  it('looks at the last pair too, and at nothing with one button', () => {
    expect(sameIntervals([outcome(1, 'Again', '1m', MIN), outcome(2, 'Hard', '5m', 5 * MIN), outcome(3, 'Good', '2d', 2 * DAY), outcome(4, 'Easy', '2d', 2 * DAY)])).toMatch(/^Good and Easy both wait 2d/);
    expect(sameIntervals([outcome(3, 'Good', '2d', 2 * DAY)])).toBeNull();
    expect(sameIntervals([])).toBeNull();
  });
});

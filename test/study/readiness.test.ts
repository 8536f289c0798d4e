/** When the FSRS optimizer may run: per-card histories in local days, and the two floors it needs. */
import { describe, expect, it } from 'vitest';
import { histories, MIN_CARDS, MIN_LONG_TERM_REVIEWS, readiness } from '../../src/study/optimize.js';
import type { ReviewEntry } from '../../src/progress/schema.js';

const at = (day: number, hour = 12) => new Date(2025, 0, day, hour).getTime();
const review = (card: string, time: number, rating: 1 | 2 | 3 | 4 = 3): ReviewEntry => ({ id: `${card}-${time}`, card, at: time, rating, source: 'study', from: 2, to: 2 });

/** One card per count, each reviewed on day 1 and then once a day `count` more times. */
const spread = (counts: number[]): ReviewEntry[] => counts.flatMap((n, c) => Array.from({ length: n + 1 }, (_, d) => review(`c${c}`, at(1 + d))));

describe('histories', () => {
  it('groups by card in time order, with whole local days since the previous review (0 for the first)', () => {
    const reviews = [review('b', at(3), 1), review('a', at(5, 9), 4), review('a', at(1, 23)), review('a', at(2, 1), 2), review('a', at(5, 8))];
    expect(histories(reviews)).toEqual([
      [{ rating: 1, deltaT: 0 }],
      [{ rating: 3, deltaT: 0 }, { rating: 2, deltaT: 1 }, { rating: 3, deltaT: 3 }, { rating: 4, deltaT: 0 }],
    ]);
  });

  it('a first review at the epoch is still a first review', () => {
    expect(histories([review('a', new Date(1970, 0, 1).getTime()), review('a', new Date(1970, 0, 3).getTime())])).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
    ]);
  });
});

describe('readiness', () => {
  it('is ready at exactly the floors: 400 reviews a day or more apart over 30 cards', () => {
    const counts = [...Array(10).fill(14), ...Array(20).fill(13)];
    expect(readiness(spread(counts))).toEqual({ ready: true, longTerm: MIN_LONG_TERM_REVIEWS, cards: MIN_CARDS, missing: '' });
  });

  it('is not ready one review short, or one card short', () => {
    expect(readiness(spread([...Array(9).fill(14), ...Array(21).fill(13)]))).toEqual({
      ready: false,
      longTerm: 399,
      cards: 30,
      missing: "Not enough history yet: 399 of 400 reviews made a day or more after the card's previous one, over 30 of 30 cards. Keep studying; the defaults serve until then.",
    });
    expect(readiness(spread(Array(29).fill(14)))).toMatchObject({ ready: false, longTerm: 406, cards: 29 });
  });

  it('same-day reviews and cards seen on one day only count toward neither floor', () => {
    const sameDay = Array.from({ length: 50 }, (_, c) => [review(`s${c}`, at(1, 9)), review(`s${c}`, at(1, 18))]).flat();
    expect(readiness(sameDay)).toMatchObject({ ready: false, longTerm: 0, cards: 0 });
  });
});

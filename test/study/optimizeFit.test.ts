/** What optimize hands the native optimizer and makes of its answer, with a stand-in binding that
 * records each call: the training items, the options, the parameter sets evaluated. */
import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { optimize } from '../../src/study/optimize.js';
import type { ReviewEntry } from '../../src/progress/schema.js';

const at = (day: number, hour = 12) => new Date(2025, 0, day, hour).getTime();
const review = (card: string, time: number, rating: 1 | 2 | 3 | 4 = 3): ReviewEntry => ({ id: `${card}-${time}`, card, at: time, rating, source: 'study', from: 2, to: 2 });

/** 30 cards, each reviewed on day 1 and then daily: 400 reviews a day or more apart, the floor. */
const enough = (): ReviewEntry[] =>
  [...Array(10).fill(14), ...Array(20).fill(13)].flatMap((n: number, c) => Array.from({ length: n + 1 }, (_, d) => review(`c${c}`, at(1 + d))));
/** One card rated Again, then Hard the same evening, then Easy two days later. */
const marked = [review('z', at(1, 9), 1), review('z', at(1, 20), 2), review('z', at(3), 4)];

const FITTED = [0.5, 1.5, 2.5];

function fakeBinding(fail?: unknown) {
  const calls = { options: [] as unknown[], evaluated: [] as number[][], items: [] as Array<Array<[number, number]>> };
  class FSRSBindingReview {
    constructor(readonly rating: number, readonly deltaT: number) {}
  }
  class FSRSBindingItem {
    constructor(readonly reviews: FSRSBindingReview[]) {
      calls.items.push(reviews.map((r) => [r.rating, r.deltaT]));
    }
    longTermReviewCnt() {
      return 0;
    }
  }
  class FSRSBinding {
    constructor(readonly parameters: number[] = []) {}
    evaluate(items: FSRSBindingItem[]) {
      calls.evaluated.push(this.parameters);
      // distinct figures per parameter set and training set size, so each can be traced to its call
      return { logLoss: this.parameters.length + items.length / 1000, rmseBins: this.parameters[0]! };
    }
  }
  const computeParameters = async (_items: FSRSBindingItem[], options: unknown) => {
    calls.options.push(options);
    if (fail !== undefined) throw fail;
    return FITTED;
  };
  const binding = { FSRSBindingReview, FSRSBindingItem, FSRSBinding, computeParameters } as unknown as typeof import('@open-spaced-repetition/binding');
  return { calls, load: async () => binding };
}

describe('optimize with the optimizer available', () => {
  it('trains on each review made a day or more after the one before, with the history up to it', async () => {
    const { calls, load } = fakeBinding();
    const result = await optimize([...enough(), ...marked], undefined, load);
    expect(result).toEqual({
      ok: true,
      proposal: {
        old: { parameters: [...default_w], logLoss: default_w.length + 0.401, rmse: default_w[0] },
        fitted: { parameters: FITTED, logLoss: 3.401, rmse: 0.5 },
        reviews: 401,
      },
    });
    // the same-evening Hard stays in the history but is not predicted itself
    expect(calls.items.filter((i) => i.some(([rating]) => rating !== 3))).toEqual([[[1, 0], [2, 0], [4, 2]]]);
    // a card reviewed daily: its second review is predicted from the first two
    expect(calls.items[0]).toEqual([[3, 0], [3, 1]]);
    expect(calls.options).toEqual([{ enableShortTerm: true }]);
    expect(calls.evaluated).toEqual([[...default_w], FITTED]);
  });

  it('compares against the parameters in use when there are some', async () => {
    const { calls, load } = fakeBinding();
    const current = [9, 8, 7, 6];
    const result = await optimize(enough(), current, load);
    expect(result.ok && result.proposal.old).toEqual({ parameters: current, logLoss: 4.4, rmse: 9 });
    expect(calls.evaluated).toEqual([current, FITTED]);
  });

  it('says the optimizer failed and keeps the parameters, with its message or what it threw', async () => {
    expect(await optimize(enough(), undefined, fakeBinding(new Error('no convergence')).load)).toEqual({
      ok: false,
      message: 'The optimizer failed (no convergence); the parameters in use are unchanged.',
    });
    expect(await optimize(enough(), undefined, fakeBinding('timeout').load)).toEqual({
      ok: false,
      message: 'The optimizer failed (timeout); the parameters in use are unchanged.',
    });
  });

  it('with too little history it says what is missing and loads nothing', async () => {
    let loads = 0;
    const result = await optimize(enough().slice(1), undefined, async () => ((loads++), fakeBinding().load()));
    expect(result).toEqual({
      ok: false,
      message: "Not enough history yet: 399 of 400 reviews made a day or more after the card's previous one, over 30 of 30 cards. Keep studying; the defaults serve until then.",
    });
    expect(loads).toBe(0);
  });

  it('the message when the optimizer cannot load says how to install it', async () => {
    expect(await optimize(enough(), undefined, async () => null)).toEqual({
      ok: false,
      message:
        'The optimizer (@open-spaced-repetition/binding, an optional native module) is not available on this machine; the default parameters stay in use. To use it: npm install @open-spaced-repetition/binding@0.5.0 where gateprep is installed.',
    });
  });
});

/** Carrying a merged card's history: where hasReplaced looks, chains and loops of merges, ties. */
import { describe, expect, it } from 'vitest';
import { carryReplaced, hasReplaced } from '../../src/progress/replaced.js';
import { emptyProgress, type ProgressData, type SrsState } from '../../src/progress/schema.js';

const srs = (lastReview: number): SrsState => ({ due: lastReview + 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview });
const review = (card: string) => ({ id: `r-${card}`, card, at: 1, rating: 3 as const, source: 'study' as const, from: 2 as const, to: 2 as const });
const quiz = (...cards: string[]) => ({ id: 'q', at: 1, quiz: 'practice: all topics', total: cards.length, correct: 0, answers: cards.map((card) => ({ card, correct: false })) });
const data = (d: Partial<ProgressData>): ProgressData => ({ ...emptyProgress(), ...d });
const moves = new Map([['old', 'new']]);

describe('hasReplaced', () => {
  it('finds a replaced id in the schedules, the leeches, the reviews or one quiz answer among others', () => {
    expect(hasReplaced(data({ cards: { old: srs(1) } }), moves)).toBe(true);
    expect(hasReplaced(data({ leeches: { old: { at: 1, lapses: 8, review: 'r' } } }), moves)).toBe(true);
    expect(hasReplaced(data({ reviews: [review('x'), review('old')] }), moves)).toBe(true);
    expect(hasReplaced(data({ quizResults: [quiz('x', 'old')] }), moves)).toBe(true);
  });

  it('finds nothing when no replaced id holds history, or when nothing was replaced', () => {
    const other = data({ cards: { x: srs(1) }, leeches: { x: { at: 1, lapses: 8, review: 'r' } }, reviews: [review('x')], quizResults: [quiz('x', 'y')] });
    expect(hasReplaced(other, moves)).toBe(false);
    expect(hasReplaced(data({ cards: { old: srs(1) } }), new Map())).toBe(false);
  });
});

describe('carryReplaced', () => {
  it('follows a merge of a merge to the live card and counts every entry moved', () => {
    const d = data({ reviews: [review('a'), review('x')], quizResults: [quiz('a', 'x', 'b')], cards: { a: srs(5) }, leeches: { b: { at: 2, lapses: 8, review: 'r' } } });
    expect(carryReplaced(d, new Map([['a', 'b'], ['b', 'c']]))).toBe(5);
    expect(d.reviews.map((r) => r.card)).toEqual(['c', 'x']);
    expect(d.quizResults[0]!.answers.map((a) => a.card)).toEqual(['c', 'x', 'c']);
    expect(Object.keys(d.cards)).toEqual(['c']);
    expect(Object.keys(d.leeches)).toEqual(['c']);
  });

  it('stops on a loop of merges after as many hops as there are merges, instead of running forever', () => {
    const d = data({ reviews: [review('a')] });
    carryReplaced(d, new Map([['a', 'b'], ['b', 'a']]));
    expect(d.reviews[0]!.card).toBe('b');
    const three = data({ reviews: [review('a')] });
    carryReplaced(three, new Map([['a', 'b'], ['b', 'c'], ['c', 'a']]));
    expect(three.reviews[0]!.card).toBe('b');
  });

  it('the schedule reviewed last wins; on a tie the live card keeps its own; a live leech mark stays', () => {
    const newer = data({ cards: { old: srs(9), new: srs(3) } });
    carryReplaced(newer, moves);
    expect(newer.cards).toEqual({ new: srs(9) });
    const tie = data({ cards: { old: { ...srs(3), reps: 7 }, new: srs(3) } });
    carryReplaced(tie, moves);
    expect(tie.cards).toEqual({ new: srs(3) });
    const leeches = data({ leeches: { old: { at: 1, lapses: 8, review: 'r1' }, new: { at: 2, lapses: 9, review: 'r2' }, other: { at: 3, lapses: 8, review: 'r3' } } });
    expect(carryReplaced(leeches, moves)).toBe(1);
    expect(leeches.leeches).toEqual({ new: { at: 2, lapses: 9, review: 'r2' }, other: { at: 3, lapses: 8, review: 'r3' } });
  });
});

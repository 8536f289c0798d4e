/** Learning ahead, late in the evening: only learning cards come early; a review due just after
 * midnight waits for its day even when it is due within the 20 minutes. */
import { describe, expect, it } from 'vitest';
import { buildQueue } from '../../src/study/flashcards.js';
import { emptyProgress, type SrsState } from '../../src/progress/schema.js';
import { deck } from './cards.js';

const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute).getTime();
const srs = (state: 1 | 2 | 3, due: number): SrsState => ({ due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state });
const cards = deck('d', 3);
const NOW = new Date(at(12, 23, 50));
const queue = (states: Record<string, SrsState>) => buildQueue({ cards, progress: { ...emptyProgress(), cards: states }, now: NOW });

describe('learning ahead at the end of the day', () => {
  it('shows a learning card due in five minutes, not a review due in fifteen (tomorrow), nor a learning card due tomorrow morning', () => {
    const q = queue({ 'd#c0': srs(2, at(13, 0, 5)), 'd#c1': srs(1, at(12, 23, 55)), 'd#c2': srs(3, at(13, 10)) });
    expect(q.items.map((i) => `${i.kind}:${i.card.id}`)).toEqual(['learning:d#c1']);
    expect(q.counts).toEqual({ learning: 0, review: 0, new: 0 });
    expect(q.nextDue).toBeNull();
  });

  it('with only the review left, nothing is shown and the next card comes at midnight', () => {
    const q = queue({ 'd#c0': srs(2, at(13, 0, 5)), 'd#c2': srs(3, at(13, 10)), 'd#c1': srs(2, at(20, 9)) });
    expect(q.items).toEqual([]);
    expect(q.nextDue).toBe(at(13, 0));
  });
});

/** The JSON backup built from a store state, and merging a backup's leech marks. */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, buildBackup, mergeBackup } from '../../src/progress/backup.js';
import { emptyProgress, type SrsState } from '../../src/progress/schema.js';

const srs: SrsState = { due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: 4 };
const review = (id: string, at: number) => ({ id, card: 'd#a', at, rating: 3 as const, source: 'study' as const, from: 2 as const, to: 2 as const });

describe('buildBackup', () => {
  it('holds every part of the state, reviews in time order then by id, and copies, not the store objects', () => {
    const d = emptyProgress();
    d.cards['d#a'] = srs;
    d.reviews = [review('b', 2), review('c', 1), review('a', 2)];
    d.quizResults = [{ id: 'q', at: 1, quiz: 'x', total: 1, correct: 1, answers: [] }];
    d.simulator = { auth: { attempts: 2, correct: 1 } };
    d.leeches = { 'd#a': { at: 1, lapses: 8, review: 'c' } };
    const scenarios = [{ file: 'mine.json', text: '{}' }];
    const b = buildBackup(d, scenarios, 'gateprep 1.2.3', new Date(Date.UTC(2026, 0, 5, 9, 30)));
    expect(b).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-01-05T09:30:00.000Z',
      app: 'gateprep 1.2.3',
      settings: d.settings,
      cards: { 'd#a': srs },
      reviews: [review('c', 1), review('a', 2), review('b', 2)],
      quizResults: d.quizResults,
      simulator: { auth: { attempts: 2, correct: 1 } },
      leeches: { 'd#a': { at: 1, lapses: 8, review: 'c' } },
      scenarios,
    });
    expect([BACKUP_FORMAT, BACKUP_VERSION]).toEqual(['gateprep-backup', 1]);
    b.cards['d#b'] = srs;
    b.leeches['d#b'] = { at: 1, lapses: 8, review: 'x' };
    b.simulator.x = { attempts: 1, correct: 1 };
    expect([Object.keys(d.cards), Object.keys(d.leeches), Object.keys(d.simulator)]).toEqual([['d#a'], ['d#a'], ['auth']]);
  });
});

describe('mergeBackup leech marks', () => {
  it('adds the marks of cards that have none and keeps a mark already there', () => {
    const d = emptyProgress();
    d.leeches = { 'd#a': { at: 1, lapses: 8, review: 'mine' } };
    const b = buildBackup(emptyProgress(), [], 't', new Date(0));
    b.leeches = { 'd#a': { at: 9, lapses: 9, review: 'theirs' }, 'd#b': { at: 3, lapses: 8, review: 'r' } };
    expect(mergeBackup(d, b).leeches).toBe(1);
    expect(d.leeches).toEqual({ 'd#a': { at: 1, lapses: 8, review: 'mine' }, 'd#b': { at: 3, lapses: 8, review: 'r' } });
    b.leeches['d#b']!.at = 77; // a copy was taken
    expect(d.leeches['d#b']!.at).toBe(3);
    expect(mergeBackup(d, b).leeches).toBe(0);
  });
});

/** A journal the store cannot use is never dropped without a word: it is kept aside and the user told. */
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress, type ProgressStore } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome, readDisk } from './helpers.js';

const sch = createScheduler();
const t0 = new Date('2025-03-01T09:00:00Z');
const rate = (s: ProgressStore, card: string, i = 0) => s.review(card, (st) => sch.rate(card, st, 3, new Date(t0.getTime() + i * 60_000)));
const clock = () => new Date('2025-03-02T00:00:00Z');
const ASIDE = 'progress.journal.bad-2025-03-02T00-00-00-000Z';

function withReviews(n: number): { home: string; s: ProgressStore } {
  const home = freshHome();
  const s = openProgress();
  for (let i = 0; i < n; i++) rate(s, `d#c${i}`, i);
  return { home, s };
}

describe('a damaged journal', () => {
  it('a damaged header: the journal is kept aside with a notice, and the next save does not wipe it', () => {
    const { home, s } = withReviews(4);
    const journal = readFileSync(s.journalPath, 'utf8');
    writeFileSync(s.journalPath, `{"gen":${journal.slice(journal.indexOf('\n'))}`);
    const damaged = readFileSync(s.journalPath, 'utf8');
    const t = openProgress({ clock });
    expect(t.takeNotices()).toEqual([
      `The progress journal could not be used as it was (its first line is not a journal header); it was kept as ${join(home, ASIDE)}. Every change that could be read was kept.`,
    ]);
    rate(t, 'd#next', 9);
    expect(readFileSync(join(home, ASIDE), 'utf8')).toBe(damaged);
    // The first review was folded into progress.json; the three in the journal are in the file aside.
    expect(readDisk(home).reviews.map((r) => r.card)).toEqual(['d#c0', 'd#next']);
  });

  it('a journal of a generation progress.json does not continue is kept aside with a notice', () => {
    const { home, s } = withReviews(3);
    const lines = readFileSync(s.journalPath, 'utf8').split('\n');
    writeFileSync(s.journalPath, [JSON.stringify({ gen: 'a1b2c3d4e5f6' }), ...lines.slice(1)].join('\n'));
    const t = openProgress({ clock });
    expect(t.takeNotices()[0]).toBe(
      `The progress journal could not be used as it was (it continues another version of progress.json); it was kept as ${join(home, ASIDE)}. Every change that could be read was kept.`,
    );
    expect(readdirSync(home)).toContain(ASIDE);
    expect(readFileSync(join(home, ASIDE), 'utf8')).toContain('"card":"d#c2"');
  });

  it('a garbage line in the middle: the valid reviews after it are kept, and the journal kept aside', () => {
    const { home, s } = withReviews(5);
    const lines = readFileSync(s.journalPath, 'utf8').split('\n'); // header, d#c1 .. d#c4, ''
    writeFileSync(s.journalPath, [...lines.slice(0, 2), 'not json at all', ...lines.slice(2)].join('\n'));
    const t = openProgress({ clock });
    expect(t.takeNotices()[0]).toMatch(/^The progress journal could not be used as it was \(a damaged line at byte \d+\); it was kept as /);
    const cards = ['d#c0', 'd#c1', 'd#c2', 'd#c3', 'd#c4'];
    expect(t.data.reviews.map((r) => r.card)).toEqual(cards);
    expect(readDisk(home).reviews.map((r) => r.card)).toEqual(cards);
    expect(readFileSync(join(home, ASIDE), 'utf8')).toContain('not json at all');
  });

  it('stats-style read-only open reports a damaged journal without moving or cutting anything', () => {
    const { home, s } = withReviews(2);
    appendFileSync(s.journalPath, 'garbage\n{"op":"review"');
    const before = readFileSync(s.journalPath, 'utf8');
    const t = openProgress({ home, readOnly: true });
    expect(t.takeNotices()[0]).toMatch(/journal cannot be used as it is \(a damaged line at byte \d+\); gateprep will keep it aside/);
    expect(t.data.reviews).toHaveLength(2);
    expect(readFileSync(s.journalPath, 'utf8')).toBe(before);
    expect(readdirSync(home).some((f) => f.includes('.bad-'))).toBe(false);
  });
});

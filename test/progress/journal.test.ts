/** The journal: torn last lines, damaged lines, a checkpoint cut short, and folding into progress.json. */
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { freshHome, readDisk } from './helpers.js';

const sch = createScheduler();
const t0 = new Date('2025-03-01T09:00:00Z');
const rate = (s: ReturnType<typeof openProgress>, card: string, i = 0) =>
  s.review(card, (st) => sch.rate(card, st, 3, new Date(t0.getTime() + i * 60_000)));

describe('journal', () => {
  it('a review after the first is one journal line; progress.json is untouched', () => {
    const home = freshHome();
    const s = openProgress();
    rate(s, 'd#a');
    const snapshot = readFileSync(s.path, 'utf8');
    const e = rate(s, 'd#b', 1);
    expect(readFileSync(s.path, 'utf8')).toBe(snapshot);
    expect(readFileSync(s.journalPath, 'utf8').trim().split('\n').at(-1)).toBe(JSON.stringify({ op: 'review', entry: e }));
    expect(readDisk(home).reviews).toHaveLength(2);
  });

  it('cuts off a torn last line (a kill mid-append) and keeps the rest', () => {
    freshHome();
    const s = openProgress();
    rate(s, 'd#a');
    const e = rate(s, 'd#b', 1);
    appendFileSync(s.journalPath, '{"op":"review","entry":{"id":"half');
    const t = openProgress();
    expect(t.takeNotices()).toEqual([]);
    expect(t.data.reviews.map((r) => r.id)).toContain(e.id);
    expect(readFileSync(t.journalPath, 'utf8').endsWith('\n')).toBe(true);
    rate(t, 'd#c', 2);
    expect(openProgress().data.reviews).toHaveLength(3);
  });

  it('moves a damaged journal aside with a notice, keeping the changes before the damage', () => {
    const home = freshHome();
    const s = openProgress();
    rate(s, 'd#a');
    const e = rate(s, 'd#b', 1);
    appendFileSync(s.journalPath, 'garbage\n');
    const t = openProgress({ clock: () => new Date('2025-03-02T00:00:00Z') });
    expect(t.takeNotices()[0]).toMatch(/journal could not be used.*damaged line at byte.*progress\.journal\.bad-2025-03-02/);
    expect(t.data.reviews.map((r) => r.id)).toContain(e.id);
    expect(readdirSync(home)).toContain('progress.journal.bad-2025-03-02T00-00-00-000Z');
    expect(readDisk(home).reviews).toHaveLength(2);
  });

  it('ignores a journal of an older generation (a checkpoint cut short after writing progress.json)', () => {
    const home = freshHome();
    const s = openProgress();
    rate(s, 'd#a');
    const old = readFileSync(s.journalPath, 'utf8');
    rate(s, 'd#b', 1);
    s.update(() => undefined); // checkpoint: progress.json holds both, under a new generation
    writeFileSync(s.journalPath, `${old}${readFileSync(s.journalPath, 'utf8').split('\n').slice(1).join('\n')}`);
    const t = openProgress();
    expect(t.data.reviews).toHaveLength(2);
    rate(t, 'd#c', 2);
    expect(readDisk(home).reviews).toHaveLength(3);
  });

  it('catches up after another store folded past its old journal offset (one process, no race)', () => {
    const home = freshHome();
    const a = openProgress();
    const b = openProgress();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(rate(a, `d#a${i}`, i).id); // a's offset: 9 journal lines in
    const genBefore = JSON.parse(readFileSync(a.path, 'utf8')).journal;
    // b folds (256 lines) and then writes 40 more lines: the new journal is longer than a's old offset
    for (let i = 10; i < 10 + 256 + 40; i++) ids.push(rate(b, `d#b${i % 25}`, i).id);
    expect(JSON.parse(readFileSync(b.path, 'utf8')).journal).not.toBe(genBefore); // b folded
    ids.push(rate(a, 'd#a-last', 400).id);
    expect(a.data.reviews.map((r) => r.id)).toEqual(ids);
    expect(a.takeNotices()).toEqual([]);
    expect(readDisk(home).reviews.map((r) => r.id)).toEqual(ids);
  });

  it('folds the journal into progress.json every 256 changes without losing any', () => {
    const home = freshHome();
    const s = openProgress();
    const other = openProgress();
    const ids = [] as string[];
    for (let i = 0; i < 600; i++) ids.push(rate(i % 2 ? s : other, `d#c${i % 30}`, i).id);
    // folds at 256 journal lines: 514 reviews in progress.json, the other 86 still in the journal
    // (a fold at 255 or 257 lines leaves other counts)
    expect(JSON.parse(readFileSync(s.path, 'utf8')).reviews.length).toBe(514);
    expect(readFileSync(s.journalPath, 'utf8').split('\n').filter((l) => l.startsWith('{"op":')).length).toBe(86);
    expect(readDisk(home).reviews.map((r) => r.id)).toEqual(ids);
    expect(openProgress().data).toEqual(readDisk(home));
  });
});

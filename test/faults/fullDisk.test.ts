/** A full disk for real (a 256 KiB tmpfs): every write of user data either completes or leaves the
 * previous state intact, and says so at once. On a full disk write() returns a short count. */
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/progress/file.js';
import { openProgress, type ProgressStore } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { mountTmpfs, skipReason, type Tmpfs } from './tmpfs.js';

const sch = createScheduler();
const t0 = new Date('2025-03-01T09:00:00Z');
const rate = (s: ProgressStore, card: string, i: number) => s.review(card, (st) => sch.rate(card, st, 3, new Date(t0.getTime() + i * 60_000)));
const DISK_FULL = /^The disk is full: cannot save progress in .*\. Nothing was lost; free some space and try again\.$/;

describe.skipIf(skipReason !== null)(`full disk (tmpfs)${skipReason ? ` - skipped: ${skipReason}` : ''}`, () => {
  let fs: Tmpfs;
  let home: string;
  beforeEach(() => {
    fs = mountTmpfs();
    home = join(fs.dir, 'home');
  });
  afterEach(() => fs.unmount());

  it('a journal append cut short is reported, cut back off, and the review is not taken as saved', () => {
    const s = openProgress({ home });
    for (let i = 0; i < 3; i++) rate(s, `d#c${i}`, i);
    // Pad the journal with valid lines to 80 bytes short of a 4 KiB page: the next review line
    // (about 380 bytes) then gets only 80 bytes on a full disk.
    const size = statSync(s.journalPath).size;
    const fillerLine = (n: number) => `${JSON.stringify({ op: 'clearLeech', card: 'x'.repeat(n) })}\n`;
    const pad = 4096 - 80 - (size % 4096);
    appendFileSync(s.journalPath, fillerLine(pad - fillerLine(0).length));
    expect(statSync(s.journalPath).size % 4096).toBe(4096 - 80);
    const journalBefore = readFileSync(s.journalPath);
    fs.fill(1); // one page left: the lock file takes it
    expect(() => rate(s, 'd#new', 9)).toThrow(DISK_FULL);
    expect(s.data.reviews.map((r) => r.card)).toEqual(['d#c0', 'd#c1', 'd#c2']);
    expect(readFileSync(s.journalPath)).toEqual(journalBefore);
    fs.unfill();
    const t = openProgress({ home });
    expect(t.takeNotices()).toEqual([]);
    expect(t.data.reviews.map((r) => r.card)).toEqual(['d#c0', 'd#c1', 'd#c2']);
    rate(t, 'd#after', 10);
    expect(openProgress({ home }).data.reviews).toHaveLength(4);
  });

  it('a fold (checkpoint) cut short leaves progress.json whole and the journal in place', () => {
    const s = openProgress({ home });
    for (let i = 0; i < 40; i++) rate(s, `d#c${i}`, i);
    s.update(() => undefined); // fold: progress.json now holds 40 reviews (more than 3 pages)
    for (let i = 40; i < 45; i++) rate(s, `d#c${i}`, i);
    const before = readFileSync(s.path, 'utf8');
    expect(before.length).toBeGreaterThan(3 * 4096);
    fs.fill(2); // the lock takes one page; the temp file gets a short write into the other
    expect(() => s.update(() => undefined)).toThrow(DISK_FULL);
    expect(readFileSync(s.path, 'utf8')).toBe(before);
    expect(readdirSync(home).filter((f) => f.includes('.tmp-') || f.includes('.bad-'))).toEqual([]);
    fs.unfill();
    const t = openProgress({ home });
    expect(t.takeNotices()).toEqual([]);
    expect(t.data.reviews).toHaveLength(45);
    expect(parseProgress(readFileSync(t.path, 'utf8')).reviews).toHaveLength(40);
  });

  it('a review on a disk with no room at all says the disk is full and keeps what was saved', () => {
    const s = openProgress({ home });
    rate(s, 'd#a', 0);
    fs.fill(0);
    expect(() => rate(s, 'd#b', 1)).toThrow(/^The disk is full: cannot create the lock file in .*progress\.json\.lock\. Nothing was lost/);
    fs.unfill();
    expect(openProgress({ home }).data.reviews.map((r) => r.card)).toEqual(['d#a']);
  });
});

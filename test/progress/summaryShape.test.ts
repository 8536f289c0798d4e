/** progress.summary.json read field by field: each field out of its shape makes the whole summary
 * unused (Home then waits for the store), the edges of each shape are still taken; and the state
 * of the files on disk when they are missing or cannot be looked at. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotGen } from '../../src/progress/snapshotGen.js';
import { diskState, parseSummary, readSummary, writeSummary } from '../../src/progress/summaryFile.js';
import { freshHome } from './helpers.js';

const disk = { gen: 'ab12', fileSize: 120, fileMtimeMs: 1_700_000_000_123.5, journalSize: -1, journalMtimeMs: -1 };
const state = { due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1 };
const digest = {
  asOf: 1000,
  since: 0,
  cards: { 'd#a': state },
  dailyNewLimit: 20,
  days: [0, 500],
  recent: [
    { at: 0, card: 'd#a', from: 0, source: 'study' },
    { at: 5, card: 'd#a', from: 1, source: 'quiz' },
    { at: 6, card: 'd#a', from: 2, source: 'study' },
    { at: 7, card: 'd#a', from: 3, source: 'study' },
  ],
};
const good = { version: 1, disk, digest };
const text = (v: unknown) => JSON.stringify(v);
const withDisk = (d: Record<string, unknown>) => text({ ...good, disk: { ...disk, ...d } });
const withDigest = (d: Record<string, unknown>) => text({ ...good, digest: { ...digest, ...d } });
const withRecent = (r: Record<string, unknown>) => withDigest({ recent: [{ ...digest.recent[0], ...r }] });

describe('parseSummary', () => {
  it('gives back the disk state and the digest of a summary in its shape', () => {
    expect(parseSummary(text(good))).toEqual({ disk, digest });
  });

  it('takes the edges of each shape: no file (-1), a zero limit, time 0, one day, no reviews, no cards', () => {
    const edge = { ...good, disk: { gen: '', fileSize: -1, fileMtimeMs: -1, journalSize: 0, journalMtimeMs: 0 }, digest: { ...digest, asOf: 0, dailyNewLimit: 0, cards: {}, days: [0], recent: [] } };
    expect(parseSummary(text(edge))).toEqual({ disk: edge.disk, digest: edge.digest });
  });

  it('is null for anything else', () => {
    const bad: Record<string, string> = {
      'not JSON': '{"version":1,',
      'null': 'null',
      'an array': '[1]',
      'another version': text({ ...good, version: 2 }),
      'no disk': text({ version: 1, digest }),
      'disk an array': text({ ...good, disk: [] }),
      'gen not text': withDisk({ gen: 12 }),
      'file size below -1': withDisk({ fileSize: -2 }),
      'file size as text': withDisk({ fileSize: '120' }),
      'file time below -1': withDisk({ fileMtimeMs: -1.5 }),
      'journal size below -1': withDisk({ journalSize: -2 }),
      'journal time below -1': withDisk({ journalMtimeMs: -2 }),
      'no digest': text({ version: 1, disk }),
      'digest an array': text({ ...good, digest: [] }),
      'asOf negative': withDigest({ asOf: -1 }),
      'asOf not whole': withDigest({ asOf: 1.5 }),
      'since negative': withDigest({ since: -1 }),
      'limit negative': withDigest({ dailyNewLimit: -1 }),
      'limit not whole': withDigest({ dailyNewLimit: 2.5 }),
      'limit as text': withDigest({ dailyNewLimit: '20' }),
      'cards missing': withDigest({ cards: null }),
      'a card out of shape': withDigest({ cards: { 'd#a': { ...state, state: 4 } } }),
      'days not a list': withDigest({ days: 0 }),
      'days repeated': withDigest({ days: [0, 0] }),
      'days descending': withDigest({ days: [500, 0] }),
      'a day negative': withDigest({ days: [-1] }),
      'recent not a list': withDigest({ recent: {} }),
      'a review an array': withDigest({ recent: [[]] }),
      'a review at a negative time': withRecent({ at: -1 }),
      'a review of no card': withRecent({ card: '' }),
      'a card id not text': withRecent({ card: 7 }),
      'a review from no state': withRecent({ from: 4 }),
      'a review from elsewhere': withRecent({ source: 'exam' }),
    };
    expect(Object.entries(bad).filter(([, t]) => parseSummary(t) !== null).map(([why]) => why)).toEqual([]);
  });
});

describe('diskState', () => {
  it('is -1 size and time for files not there, and no generation', () => {
    expect(diskState(freshHome())).toEqual({ gen: '', fileSize: -1, fileMtimeMs: -1, journalSize: -1, journalMtimeMs: -1 });
  });

  it('throws what stopped it looking (not "missing"); Home then waits for the store, and no summary is written', () => {
    const home = freshHome();
    const file = join(home, 'plain');
    writeFileSync(file, 'x');
    let code: unknown;
    try {
      diskState(file);
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code;
    }
    expect(code).toBe('ENOTDIR');
    expect(readSummary(file, new Date(1000))).toBeNull();
    expect(writeSummary({ dir: file, data: {} as never, position: { gen: '', offset: 0 } } as never, new Date(1000))).toBe(false);
  });
});

describe('readSnapshotGen', () => {
  it('reads the generation from the head of progress.json: "" with no file, null for a head not ours', () => {
    const home = freshHome();
    const path = join(home, 'progress.json');
    expect(readSnapshotGen(path)).toBe('');
    writeFileSync(path, '{"version":2,"journal":"0f9a","cards":{}}');
    expect(readSnapshotGen(path)).toBe('0f9a');
    writeFileSync(path, '{"version":2,"journal":"","cards":{}}');
    expect(readSnapshotGen(path)).toBe('');
    writeFileSync(path, '{ "version": 2, "journal": "0f9a" }');
    expect(readSnapshotGen(path)).toBeNull();
  });

  it('says why it cannot read, naming the file', () => {
    const home = freshHome();
    writeFileSync(join(home, 'plain'), 'x');
    const path = join(home, 'plain', 'progress.json');
    expect(() => readSnapshotGen(path)).toThrow(`Cannot read progress in ${path}: a part of the path is a file, not a folder. Progress is not being saved; set GATEPREP_HOME to a writable folder.`);
  });
});

/** When progress.summary.json is used and when it is written, for files laid out by hand: each
 * field of the disk state it names must match, the digest must not be from later than now nor name
 * a card whose history moves, and a summary is written only of the state on disk now, once. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest, type HomeDigest } from '../../src/progress/homeFigures.js';
import { emptyProgress, type SrsState } from '../../src/progress/schema.js';
import { diskState, readSummary, writeSummary, type DiskState } from '../../src/progress/summaryFile.js';
import { freshHome } from './helpers.js';

const NOW = new Date(2026, 4, 12, 15, 30);
const state: SrsState = { due: 5, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1 };

/** A home with progress.json (generation `gen`) and a journal of `journal` bytes. */
function home(gen = '0a1b', journal = 'x\n'): string {
  const h = freshHome();
  writeFileSync(join(h, 'progress.json'), `{"version":2,"journal":"${gen}","cards":{}}`);
  if (journal !== '') writeFileSync(join(h, 'progress.journal'), journal);
  return h;
}

function kept(): HomeDigest {
  const p = emptyProgress();
  p.cards['d#kept'] = state;
  p.reviews.push({ id: 'r1', card: 'd#recent', at: NOW.getTime() - 60_000, rating: 3, source: 'study', from: 0, to: 1 });
  p.reviews.push({ id: 'r2', card: 'd#stays', at: NOW.getTime() - 30_000, rating: 3, source: 'quiz', from: 0, to: 1 });
  return digest(p, NOW);
}

const writeKept = (h: string, disk: DiskState | null = diskState(h), d: unknown = kept(), version = 1) =>
  writeFileSync(join(h, 'progress.summary.json'), JSON.stringify({ version, disk, digest: d }));

describe('readSummary', () => {
  it('uses a summary naming exactly the files there, from now or earlier', () => {
    const h = home();
    writeKept(h);
    expect(readSummary(h, NOW)).toEqual(kept());
    expect(readSummary(h, new Date(NOW.getTime() + 1))).toEqual(kept());
    expect(readSummary(h, new Date(NOW.getTime() - 1))).toBeNull();
  });

  it('does not use it when any one field of the disk state differs', () => {
    const h = home();
    const disk = diskState(h)!;
    const differ = { gen: 'ffff', fileSize: disk.fileSize + 1, fileMtimeMs: disk.fileMtimeMs + 1, journalSize: disk.journalSize + 1, journalMtimeMs: disk.journalMtimeMs + 1 };
    const used = Object.entries(differ).map(([k, v]) => {
      writeKept(h, { ...disk, [k]: v });
      return [k, readSummary(h, NOW) !== null];
    });
    expect(used).toEqual(Object.keys(differ).map((k) => [k, false]));
  });

  it('is null for a journal without progress.json (not "no progress"), and for a head not ours', () => {
    const h = freshHome();
    writeFileSync(join(h, 'progress.journal'), 'x\n');
    expect(readSummary(h, NOW)).toBeNull();
    // an empty journal alone, or progress.json without a journal: there is progress to wait for
    const emptyJournal = freshHome();
    writeFileSync(join(emptyJournal, 'progress.journal'), '');
    expect(readSummary(emptyJournal, NOW)).toBeNull();
    expect(readSummary(home('0a1b', ''), NOW)).toBeNull();
    const foreign = home();
    writeFileSync(join(foreign, 'progress.json'), '{ "version": 2 }');
    writeKept(foreign, { gen: '', fileSize: 16, fileMtimeMs: 0, journalSize: 2, journalMtimeMs: 0 });
    expect(readSummary(foreign, NOW)).toBeNull();
  });

  it('does not use it when a card it names, in its states or its recent reviews, moves on opening', () => {
    const h = home();
    writeKept(h);
    expect(readSummary(h, NOW, new Map([['d#kept', 'd#new']]))).toBeNull();
    expect(readSummary(h, NOW, new Map([['d#recent', 'd#new']]))).toBeNull();
    expect(readSummary(h, NOW, new Map([['d#other', 'd#new']]))).toEqual(kept());
  });
});

describe('writeSummary', () => {
  const store = (dir: string, gen: string | null, offset: number) => ({ dir, data: emptyProgress(), position: { gen, offset } });
  const written = (h: string) => JSON.parse(readFileSync(join(h, 'progress.summary.json'), 'utf8')) as { version: number; disk: DiskState; digest: HomeDigest };

  it('writes the digest of the store\'s data with the disk state, when the store is at that state', () => {
    const h = home('0a1b', 'abc\n');
    expect(writeSummary(store(h, '0a1b', 4), NOW)).toBe(true);
    expect(written(h)).toEqual({ version: 1, disk: diskState(h), digest: digest(emptyProgress(), NOW) });
  });

  it('does not write when the store is not at the state on disk', () => {
    const h = home('0a1b', 'abc\n');
    const tries = { 'no generation': store(h, null, 4), 'another generation': store(h, 'ffff', 4), 'another journal offset': store(h, '0a1b', 3) };
    expect(Object.entries(tries).map(([why, s]) => [why, writeSummary(s, NOW)])).toEqual(Object.keys(tries).map((k) => [k, false]));
    // no progress.json: the empty digest needs no summary
    const none = freshHome();
    expect(writeSummary(store(none, '', -1), NOW)).toBe(false);
  });

  it('leaves a summary of these files that fits the local days; replaces one of another version, state or day', () => {
    const h = home();
    const disk = diskState(h)!;
    writeKept(h);
    expect(writeSummary(store(h, '0a1b', 2), NOW)).toBe(false);
    expect(written(h).digest).toEqual(kept());
    const stale: Record<string, () => void> = {
      'another version': () => writeKept(h, disk, kept(), 2),
      'another state': () => writeKept(h, { ...disk, journalSize: 3 }),
      'not a disk state': () => writeKept(h, null),
      'no digest': () => writeKept(h, disk, null),
      'another zone\'s day': () => writeKept(h, disk, { ...kept(), since: kept().since + 3_600_000 }),
    };
    const rewritten = Object.entries(stale).map(([why, make]) => {
      make();
      return [why, writeSummary(store(h, '0a1b', 2), NOW) && written(h).disk.journalSize === 2];
    });
    expect(rewritten).toEqual(Object.keys(stale).map((k) => [k, true]));
  });
});

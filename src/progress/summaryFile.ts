/**
 * progress.summary.json: Home's digest (homeFigures.ts) kept beside progress.json, so the next start
 * shows real figures without parsing the whole history. A cache, never wrong: it names the state it
 * was made from (progress.json's generation, size and time; the journal's size and time), and is
 * used only while the files on disk are still exactly that state; anything else (a review saved
 * since, another process, a damaged or foreign summary, another time zone, a clock set back) and
 * the app waits for the store as before. Written atomically (writeFileAtomic), without zod.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite.js';
import { isSrsState } from './fastReviews.js';
import { digest, fitsLocalTime, type HomeDigest } from './homeFigures.js';
import { FILE_NAME, JOURNAL_NAME, SUMMARY_NAME } from './names.js';
import type { ProgressStore } from './store.js';
import { readSnapshotGen } from './snapshotGen.js';

const VERSION = 1;
/** The schema's default (schema.ts settings); test/progress/summaryFile.test.ts holds them equal. */
export const DEFAULT_DAILY_NEW_LIMIT = 20;

/** The state of the files on disk: -1 size and time for a file that is not there. */
export interface DiskState {
  gen: string;
  fileSize: number;
  fileMtimeMs: number;
  journalSize: number;
  journalMtimeMs: number;
}

function statOf(path: string): { size: number; mtimeMs: number } {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { size: -1, mtimeMs: -1 };
    throw e;
  }
}

/** The files' state now; null when progress.json does not start as gateprep writes it. */
export function diskState(dir: string): DiskState | null {
  const file = statOf(join(dir, FILE_NAME));
  const journal = statOf(join(dir, JOURNAL_NAME));
  const gen = file.size < 0 ? '' : readSnapshotGen(join(dir, FILE_NAME));
  if (gen === null) return null;
  return { gen, fileSize: file.size, fileMtimeMs: file.mtimeMs, journalSize: journal.size, journalMtimeMs: journal.mtimeMs };
}

const sameDisk = (a: DiskState, b: DiskState): boolean =>
  a.gen === b.gen && a.fileSize === b.fileSize && a.fileMtimeMs === b.fileMtimeMs && a.journalSize === b.journalSize && a.journalMtimeMs === b.journalMtimeMs;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const size = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= -1;

function isDisk(v: unknown): v is DiskState {
  return isObject(v) && typeof v.gen === 'string' && size(v.fileSize) && size(v.fileMtimeMs) && size(v.journalSize) && size(v.journalMtimeMs);
}

function isRecent(v: unknown): boolean {
  return isObject(v) && time(v.at) && typeof v.card === 'string' && v.card !== '' && (v.from === 0 || v.from === 1 || v.from === 2 || v.from === 3) && (v.source === 'study' || v.source === 'quiz');
}

/** The digest in `text` when it is one this version wrote whole, else null. */
export function parseSummary(text: string): { disk: DiskState; digest: HomeDigest } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.version !== VERSION || !isDisk(raw.disk) || !isObject(raw.digest)) return null;
  const d = raw.digest;
  const ok =
    time(d.asOf) &&
    time(d.since) &&
    Number.isSafeInteger(d.dailyNewLimit) &&
    (d.dailyNewLimit as number) >= 0 &&
    isObject(d.cards) &&
    Object.values(d.cards).every(isSrsState) &&
    Array.isArray(d.days) &&
    d.days.every((day, i, all) => time(day) && (i === 0 || day > all[i - 1])) &&
    Array.isArray(d.recent) &&
    d.recent.every(isRecent);
  return ok ? { disk: raw.disk, digest: d as unknown as HomeDigest } : null;
}

function readSummaryFile(dir: string): { disk: DiskState; digest: HomeDigest } | null {
  try {
    return parseSummary(readFileSync(join(dir, SUMMARY_NAME), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether the summary there names `disk` (read on the way to writing one: the next start checks
 * all of it, so the head is enough here; a start that found it whole has parsed it already). */
function keptFor(dir: string, disk: DiskState): boolean {
  try {
    const raw = JSON.parse(readFileSync(join(dir, SUMMARY_NAME), 'utf8')) as { version?: unknown; disk?: unknown; digest?: { asOf?: unknown } };
    return raw.version === VERSION && isDisk(raw.disk) && sameDisk(raw.disk, disk) && isObject(raw.digest) && fitsLocalTime(raw.digest as HomeDigest);
  } catch {
    return false;
  }
}

/** Home's digest for the state on disk now, when it can be had without loading the store: no
 * progress at all yet, or a summary made from exactly these files. Null: wait for the store, also
 * when the digest names a replaced card (`moves`: opening the store moves its history first). */
export function readSummary(dir: string, now: Date, moves: ReadonlyMap<string, string> = new Map()): HomeDigest | null {
  let disk: DiskState | null;
  try {
    disk = diskState(dir);
  } catch {
    return null;
  }
  if (!disk) return null;
  if (disk.fileSize < 0 && disk.journalSize < 0) {
    return digest({ cards: {}, reviews: [], settings: { dailyNewLimit: DEFAULT_DAILY_NEW_LIMIT } }, now);
  }
  const kept = readSummaryFile(dir);
  if (!kept || !sameDisk(kept.disk, disk)) return null;
  const d = kept.digest;
  if (d.asOf > now.getTime() || !fitsLocalTime(d)) return null;
  if (moves.size > 0 && (Object.keys(d.cards).some((id) => moves.has(id)) || d.recent.some((r) => moves.has(r.card)))) return null;
  return d;
}

/**
 * Keeps the digest of the store's data for the next start, when that data is the state on disk now
 * (its position: generation and journal offset) and the summary there is not already of these files.
 * Best effort: a cache that cannot be written only costs the next start its head start.
 */
export function writeSummary(store: Pick<ProgressStore, 'dir' | 'data' | 'position'>, now: Date): boolean {
  const { dir, data, position } = store;
  try {
    const disk = diskState(dir);
    if (!disk || position.gen === null || disk.gen !== position.gen || disk.fileSize < 0) return false;
    if (disk.journalSize !== position.offset) return false;
    if (keptFor(dir, disk)) return false;
    writeFileAtomic(join(dir, SUMMARY_NAME), JSON.stringify({ version: VERSION, disk, digest: digest(data, now) }));
    return true;
  } catch {
    return false;
  }
}

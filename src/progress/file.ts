/** Reading progress.json: parse, migrate, validate; and moving a bad file aside instead of wiping it. */
import { readFileSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { $ZodError } from 'zod/v4/core';
import { ProgressError, fsError } from './errors.js';
import { NewerVersionError, migrate } from './migrations.js';
import { isReviewEntry } from './fastReviews.js';
import { emptyProgress, progressV2, type ProgressData } from './schema.js';

export { readSnapshotGen } from './snapshotGen.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type Loaded =
  | { kind: 'ok'; data: ProgressData; text: string }
  | { kind: 'missing'; data: ProgressData }
  | { kind: 'bad'; data: ProgressData; notice: string; movedTo: string };

/** Reads the file's text; null when there is no file yet. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fsError(e, path, 'read progress');
  }
}

/** Turns file text into current ProgressData; throws a plain Error describing what is wrong. */
export function parseProgress(text: string): ProgressData {
  if (text.trim() === '') throw new Error('the file is empty (a write was cut short?)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`the file is not valid JSON (${(e as Error).message})`);
  }
  try {
    const migrated = migrate(raw);
    // the reviews, when each passes the hand-written check equal to zod's, skip zod (the bulk of the file)
    if (isObject(migrated) && Array.isArray(migrated.reviews) && migrated.reviews.every(isReviewEntry)) {
      const rest = progressV2.parse({ ...migrated, reviews: [] });
      rest.reviews = migrated.reviews as ProgressData['reviews'];
      return rest;
    }
    return progressV2.parse(migrated);
  } catch (e) {
    if (e instanceof $ZodError) {
      const first = e.issues[0];
      throw new Error(`the file does not match the progress format (${first?.path.join('.') || 'top level'}: ${first?.message})`);
    }
    throw e;
  }
}

/** A file name stamp that is valid on every OS: ISO time with ':' and '.' replaced. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** Loads `text` (already read from `path`); a bad file is renamed to `<path>.bad-<time>` and an
 * empty store returned with a notice for the user. A file from a newer gateprep is left alone. */
export function loadText(path: string, text: string | null, at: Date, moveBad = true): Loaded {
  if (text === null) return { kind: 'missing', data: emptyProgress() };
  try {
    return { kind: 'ok', data: parseProgress(text), text };
  } catch (e) {
    if (e instanceof NewerVersionError) {
      throw new ProgressError('newer-version', `Cannot use ${path}: ${e.message}. Update gateprep.`, path, { cause: e });
    }
    const movedTo = moveBad ? moveAside(path, at)! : path;
    const kept = moveBad ? `It was kept as ${movedTo}; starting with empty progress.` : 'It was left as it is.';
    const notice = `Your progress file could not be read: ${(e as Error).message}. ${kept}`;
    return { kind: 'bad', data: emptyProgress(), notice, movedTo };
  }
}

/** Renames `path` to `<path>.bad-<time>`; null when there is no such file. */
export function moveAside(path: string, at: Date): string | null {
  const to = `${path}.bad-${stamp(at)}`;
  try {
    renameSync(path, to);
    return to;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw fsError(e, path, 'move an unreadable progress file aside');
  }
}

/** Temp files left by a process killed mid-write, once they are a minute old. */
export function removeOldTemps(dir: string, prefixes: string[]): void {
  try {
    for (const f of readdirSync(dir)) {
      if (!prefixes.some((p) => f.startsWith(p))) continue;
      const p = join(dir, f);
      if (Date.now() - statSync(p).mtimeMs > 60_000) unlinkSync(p);
    }
  } catch {
    /* best effort */
  }
}

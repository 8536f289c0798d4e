/** Reading progress.json: parse, migrate, validate; and moving a bad file aside instead of wiping it. */
import { readFileSync, renameSync } from 'node:fs';
import { ZodError } from 'zod';
import { ProgressError, fsError } from './errors.js';
import { NewerVersionError, migrate } from './migrations.js';
import { emptyProgress, progressV2, type ProgressData } from './schema.js';

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
  const migrated = migrate(raw);
  try {
    return progressV2.parse(migrated);
  } catch (e) {
    if (e instanceof ZodError) {
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
export function loadText(path: string, text: string | null, at: Date): Loaded {
  if (text === null) return { kind: 'missing', data: emptyProgress() };
  try {
    return { kind: 'ok', data: parseProgress(text), text };
  } catch (e) {
    if (e instanceof NewerVersionError) {
      throw new ProgressError('newer-version', `Cannot use ${path}: ${e.message}. Update gateprep.`, path, { cause: e });
    }
    const movedTo = `${path}.bad-${stamp(at)}`;
    try {
      renameSync(path, movedTo);
    } catch (err) {
      throw fsError(err, path, 'move the unreadable progress file aside');
    }
    const notice = `Your progress file could not be read: ${(e as Error).message}. It was kept as ${movedTo}; starting with empty progress.`;
    return { kind: 'bad', data: emptyProgress(), notice, movedTo };
  }
}

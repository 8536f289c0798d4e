/**
 * Small JSON files of work in progress kept in GATEPREP_HOME (an unfinished exam, the quiz
 * setup, a simulator draft): written atomically, read back through a check, and a file the
 * check refuses is moved aside (`NAME.bad-<time>`) and the user told, never silently dropped.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite.js';
import { MAX_SCENARIO_BYTES, readRegularFile } from '../readFile.js';

export interface Kept<T> {
  /** The value on disk, or null when there is none (or it was unusable and moved aside). */
  read: () => T | null;
  /** Throws when the file cannot be written (the caller says so). */
  write: (value: T) => void;
  clear: () => void;
}

/** `check` returns the value when it is usable, else null. `tell` hears about a file moved aside. */
export function keptFile<T>(home: string, name: string, check: (value: unknown) => T | null, tell: (message: string) => void = () => {}): Kept<T> {
  const path = join(home, name);
  return {
    read: () => {
      if (!existsSync(path)) return null;
      let value: T | null = null;
      try {
        value = check(JSON.parse(readRegularFile(path, MAX_SCENARIO_BYTES)));
      } catch {
        value = null;
      }
      if (value !== null) return value;
      const aside = `${path}.bad-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        renameSync(path, aside);
        tell(`${name} could not be used; it was moved aside to ${aside}`);
      } catch (e) {
        tell(`${name} could not be used, nor moved aside: ${(e as Error).message}`);
      }
      return null;
    },
    write: (value) => {
      mkdirSync(home, { recursive: true });
      writeFileAtomic(path, `${JSON.stringify(value)}\n`);
    },
    clear: () => rmSync(path, { force: true }),
  };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

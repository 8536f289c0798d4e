/** The progress store: progress.json in the data folder, written by conf (atomically: temp file,
 * fsync, rename) and then the folder fsynced, so a save that returned is on disk. Every change runs
 * under a lock file on the file's latest contents (re-read when another process changed it). */
import { accessSync, closeSync, constants, fsyncSync, mkdirSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Conf from 'conf';
import { fsError } from './errors.js';
import { loadText, parseProgress, readText } from './file.js';
import { acquireLock } from './lock.js';
import * as ops from './ops.js';
import { emptyProgress, type ProgressData, type QuizResult, type ReviewEntry, type Settings } from './schema.js';

export const FILE_NAME = 'progress.json';

export interface OpenOptions {
  /** The data folder; defaults to GATEPREP_HOME, else conf's per-OS folder for "gateprep". */
  home?: string;
  env?: NodeJS.ProcessEnv;
  /** Wall clock for naming a bad file aside; tests pass a fixed one. */
  clock?: () => Date;
}

export class ProgressStore {
  readonly path: string;
  readonly dir: string;
  readonly #conf: Conf<Record<string, unknown>>;
  readonly #clock: () => Date;
  #data: ProgressData;
  /** The file text #data was read from or written as; null: no file; undefined: unknown. */
  #text: string | null | undefined;
  #notices: string[] = [];
  #pending: { value: unknown; text: string } | undefined;

  constructor(home: string | undefined, clock: () => Date) {
    this.#clock = clock;
    this.#conf = new Conf<Record<string, unknown>>({
      projectName: 'gateprep',
      ...(home ? { cwd: home } : {}),
      configName: 'progress',
      // conf reads the file itself only for its internal key (which we do not use). Never throw here:
      // a bad file is ours to move aside with a notice, not conf's to fail on.
      deserialize: (text) => {
        if (text === this.#text) return {};
        try {
          return JSON.parse(text) as Record<string, unknown>;
        } catch {
          return {};
        }
      },
      serialize: (value) => (value === this.#pending?.value ? this.#pending.text : JSON.stringify(value)),
    });
    this.path = this.#conf.path;
    this.dir = dirname(this.path);
    this.#data = { version: 2 } as ProgressData;
  }

  /** The state as of the last read or write. Treat as read-only; change it through the methods. */
  get data(): Readonly<ProgressData> {
    return this.#data;
  }

  /** Messages for the user (a file moved aside); cleared by reading them. */
  takeNotices(): string[] {
    const n = this.#notices;
    this.#notices = [];
    return n;
  }

  /** Picks up changes another process saved. */
  refresh(): Readonly<ProgressData> {
    this.#withLock(() => undefined, false);
    return this.#data;
  }

  /** Applies `change` to the latest saved state and saves it; returns what `change` returned. */
  update<T>(change: (data: ProgressData) => T): T {
    return this.#withLock(change, true);
  }

  recordReview(entry: ReviewEntry): void {
    this.update((d) => ops.addReview(d, entry));
  }

  undoReview(reviewId: string): ops.UndoOutcome {
    return this.update((d) => ops.undoReview(d, reviewId));
  }

  setSettings(patch: Partial<Settings>): void {
    this.update((d) => ops.setSettings(d, patch));
  }

  addQuizResult(result: QuizResult): void {
    this.update((d) => ops.addQuizResult(d, result));
  }

  addStagePrediction(stage: string, correct: boolean, at: number): void {
    this.update((d) => ops.addStagePrediction(d, stage, correct, at));
  }

  clearLeech(cardId: string): void {
    this.update((d) => ops.clearLeech(d, cardId));
  }

  /** Opens the folder and loads the file, under the lock. */
  init(): this {
    try {
      mkdirSync(this.dir, { recursive: true });
      accessSync(this.dir, constants.W_OK);
    } catch (e) {
      throw fsError(e, this.dir, 'create the data folder');
    }
    this.#withLock(() => undefined, false);
    removeOldTemps(this.dir);
    return this;
  }

  #withLock<T>(change: (data: ProgressData) => T, write: boolean): T {
    const lock = acquireLock(`${this.path}.lock`);
    try {
      const text = readText(this.path);
      if (text !== this.#text || this.#text === undefined) {
        const loaded = loadText(this.path, text, this.#clock());
        this.#data = loaded.data;
        this.#text = loaded.kind === 'ok' ? loaded.text : null;
        if (loaded.kind === 'bad') this.#notices.push(loaded.notice);
      }
      const result = change(this.#data);
      if (write) this.#save();
      return result;
    } finally {
      lock.release();
    }
  }

  #save(): void {
    const text = JSON.stringify(this.#data);
    this.#pending = { value: this.#data, text };
    try {
      this.#conf.store = this.#data as unknown as Record<string, unknown>;
      syncDir(this.dir);
      this.#text = text;
    } catch (e) {
      // The change did not reach the disk: drop it from memory too, back to what the file holds.
      this.#text = undefined;
      try {
        const text = readText(this.path);
        this.#data = text === null ? emptyProgress() : parseProgress(text);
        this.#text = text;
      } catch {
        /* unreadable as well: re-read on the next call */
      }
      throw fsError(e, this.dir, 'save progress');
    } finally {
      this.#pending = undefined;
    }
  }
}

/** fsync the folder so the rename itself survives a power cut (atomically fsyncs only the file). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* not supported for folders on this OS (Windows) */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Temp files left by a process killed mid-write (atomically's `progress.json.tmp-*`), once old. */
function removeOldTemps(dir: string): void {
  try {
    for (const f of readdirSync(dir)) {
      if (!f.startsWith(`${FILE_NAME}.tmp-`)) continue;
      const p = join(dir, f);
      if (Date.now() - statSync(p).mtimeMs > 60_000) unlinkSync(p);
    }
  } catch {
    /* best effort */
  }
}

/** Opens the progress store. Throws ProgressError (plain message) when the folder cannot be written. */
export function openProgress(options: OpenOptions = {}): ProgressStore {
  const env = options.env ?? process.env;
  const home = options.home ?? (env.GATEPREP_HOME || undefined);
  let store: ProgressStore;
  try {
    store = new ProgressStore(home, options.clock ?? (() => new Date()));
  } catch (e) {
    throw fsError(e, home ?? 'the data folder', 'open progress');
  }
  return store.init();
}

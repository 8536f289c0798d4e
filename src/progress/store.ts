/** The progress store. progress.json holds the whole state, written by writeFileAtomic (temp file,
 * every byte checked, fsync, rename, folder fsync: not conf, whose writer ignores a short write). Each change after it is one line appended to
 * progress.journal and fsynced, so a save that returned is on disk and costs the same at any
 * history size; every 256 lines the journal is folded into progress.json (a checkpoint).
 * All of it runs under a lock file, after catching up with what other processes saved. */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { syncDir, writeFileAtomic } from '../atomicWrite.js';
import { homeDir } from '../paths.js';
import { ProgressError, fsError } from './errors.js';
import { loadText, moveAside, readSnapshotGen, readText, removeOldTemps } from './file.js';
import { appendOps, readJournal, resetJournal, type JournalOp } from './journal.js';
import { acquireLock, removeDeadLockFiles, type HeldLock } from './lock.js';
import { FILE_NAME, JOURNAL_NAME, SUMMARY_NAME } from './names.js';
import * as ops from './ops.js';
import { emptyProgress, type ProgressData, type QuizResult, type ReviewEntry, type Settings, type SrsState } from './schema.js';

export { FILE_NAME, JOURNAL_NAME, SUMMARY_NAME };
const CHECKPOINT_BYTES = 256 * 1024;
const CHECKPOINT_LINES = 256;

export interface OpenOptions {
  /** The data folder; defaults to GATEPREP_HOME, else the per-OS folder (paths.ts homeDir). */
  home?: string;
  /** Read only: no lock, no write, nothing moved or cut (for `gateprep stats` on a read-only home).
   * Saving throws; damaged files are reported, not moved. */
  readOnly?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Wall clock for naming a bad file aside; tests pass a fixed one. */
  clock?: () => Date;
}

export class ProgressStore {
  readonly path: string;
  readonly journalPath: string;
  readonly dir: string;
  readonly #clock: () => Date;
  readonly #readOnly: boolean;
  #data: ProgressData = emptyProgress();
  /** Generation of progress.json that #data was loaded from (null: unknown, reload). */
  #gen: string | null = null;
  /** Bytes of the journal already applied to #data, and lines since the checkpoint. */
  #offset = 0;
  #lines = 0;
  #journalStale = false;
  #notices: string[] = [];
  #revision = 0;

  constructor(dir: string, clock: () => Date, readOnly = false) {
    this.#clock = clock;
    this.#readOnly = readOnly;
    this.dir = resolve(dir);
    this.path = join(this.dir, FILE_NAME);
    this.journalPath = join(this.dir, JOURNAL_NAME);
  }

  /** The state as of the last read or write. Treat as read-only; change it through the methods. */
  get data(): Readonly<ProgressData> {
    return this.#data;
  }

  /** Goes up whenever `data` may have changed. `data` is updated in place, so a UI store should
   * select on this number (or copy what it shows), not on the `data` object's identity. */
  get revision(): number {
    return this.#revision;
  }

  /** The generation of progress.json and the journal offset that `data` is the state of (gen
   * null: unknown until the next read). Home's summary (summaryFile.ts) is keyed on it. */
  get position(): { gen: string | null; offset: number } {
    return { gen: this.#gen, offset: this.#offset };
  }

  /** Messages for the user (a file moved aside); cleared by reading them. */
  takeNotices(): string[] {
    return this.#notices.splice(0);
  }

  /** Picks up changes another process saved. */
  refresh(): Readonly<ProgressData> {
    this.#locked(() => undefined);
    return this.#data;
  }

  recordReview(entry: ReviewEntry): void {
    this.#change({ op: 'review', entry });
  }

  /** Rates a card from its state on disk (another process may have rated it meanwhile):
   * `make` gets that state and returns the entry, which is saved and returned. */
  review<E extends ReviewEntry>(cardId: string, make: (state: SrsState | undefined) => E): E {
    return this.#locked(() => {
      const entry = make(this.#data.cards[cardId]);
      ops.applyOp(this.#data, { op: 'review', entry });
      this.#persist([{ op: 'review', entry }]);
      return entry;
    });
  }

  undoReview(reviewId: string): ops.UndoOutcome {
    return this.#locked(() => {
      const outcome = ops.undoReview(this.#data, reviewId);
      if (outcome === 'undone') this.#persist([{ op: 'undo', id: reviewId }]);
      return outcome;
    });
  }

  setSettings(patch: Partial<Settings>): void {
    this.#change({ op: 'settings', patch });
  }

  addQuizResult(result: QuizResult): void {
    this.#change({ op: 'quiz', result });
  }

  addStagePrediction(stage: string, correct: boolean, at: number): void {
    this.#change({ op: 'stage', stage, correct, at });
  }

  clearLeech(cardId: string): void {
    this.#change({ op: 'clearLeech', card: cardId });
  }

  /** Any other change: applied to the latest state, then the whole file is rewritten. */
  update<T>(change: (data: ProgressData) => T): T {
    return this.#locked(() => {
      const result = change(this.#data);
      this.#guard(() => this.#checkpoint());
      return result;
    });
  }

  /** Creates the folder and loads the state, under the lock. */
  init(): this {
    if (this.#readOnly) {
      this.#locked(() => undefined);
      return this;
    }
    try {
      mkdirSync(this.dir, { recursive: true });
      accessSync(this.dir, constants.W_OK);
    } catch (e) {
      throw fsError(e, this.dir, 'open progress');
    }
    removeDeadLockFiles(this.#lockPath);
    this.#locked(() => undefined);
    removeOldTemps(this.dir, [`${FILE_NAME}.tmp-`, `${JOURNAL_NAME}.tmp-`, `${SUMMARY_NAME}.tmp-`]);
    return this;
  }

  get #lockPath(): string {
    return `${this.path}.lock`;
  }

  #change(op: JournalOp): void {
    this.#locked(() => {
      ops.applyOp(this.#data, op);
      this.#persist([op]);
    });
  }

  #locked<T>(fn: () => T): T {
    const lock: HeldLock = this.#readOnly ? { release: () => undefined } : acquireLock(this.#lockPath);
    this.#revision++;
    try {
      this.#catchUp();
      return fn();
    } finally {
      lock.release();
    }
  }

  /** Brings #data up to what is on disk: progress.json when its generation changed, then the journal. */
  #catchUp(): void {
    const gen = readSnapshotGen(this.path);
    if (gen === null || gen !== this.#gen) {
      const at = this.#clock();
      const loaded = loadText(this.path, readText(this.path), at, !this.#readOnly);
      this.#data = loaded.data;
      this.#gen = loaded.data.journal;
      this.#offset = 0;
      this.#lines = 0;
      if (loaded.kind === 'bad') {
        const journalAside = this.#readOnly ? null : moveAside(this.journalPath, at);
        this.#notices.push(loaded.notice + (journalAside ? ` Its journal was kept as ${journalAside}.` : ''));
      }
    }
    const j = readJournal(this.journalPath, this.#gen ?? '', this.#offset, this.#readOnly);
    if (j.gen === this.#gen && j.gen !== null) {
      for (const op of j.ops) ops.applyOp(this.#data, op);
      this.#lines += j.ops.length;
      this.#offset = j.end;
    } else {
      this.#journalStale = true;
    }
    // Unusable as it is: a damaged header or line, or a generation this progress.json does not
    // continue. (The journal a checkpoint folded, left by a kill before it was replaced, is not.)
    const why = j.bad ?? (j.gen !== null && j.gen !== this.#gen && j.gen !== this.#data.folded ? 'it continues another version of progress.json' : null);
    if (why === null) return;
    if (this.#readOnly) {
      this.#notices.push(`The progress journal cannot be used as it is (${why}); gateprep will keep it aside the next time it saves.`);
      return;
    }
    // Fold what could be read into progress.json first, then keep the journal's bytes aside.
    this.#guard(() => this.#checkpoint(why));
  }

  /** Makes ops (already applied to #data) durable: a journal append, or a checkpoint. */
  #persist(list: JournalOp[]): void {
    this.#guard(() => {
      if (this.#readOnly || this.#journalStale || this.#gen === '' || this.#gen === null) return this.#checkpoint();
      this.#offset = appendOps(this.journalPath, list);
      this.#lines += list.length;
      if (this.#offset > CHECKPOINT_BYTES || this.#lines >= CHECKPOINT_LINES) this.#checkpoint();
    });
  }

  /** Writes the whole state under a new generation, then starts its empty journal. `badJournal`:
   * why the journal on disk is unusable; it is moved aside (not replaced) and the user told. */
  #checkpoint(badJournal?: string): void {
    if (this.#readOnly) throw new ProgressError('unwritable', `Progress was opened read-only; nothing is saved in ${this.dir}.`, this.dir);
    const gen = randomBytes(6).toString('hex');
    const { version: _v, journal: _j, folded: _f, ...rest } = this.#data;
    // version and generation first: read without parsing (readSnapshotGen).
    const data: ProgressData = { version: 2, journal: gen, folded: this.#gen ?? '', ...rest };
    writeFileAtomic(this.path, JSON.stringify(data));
    this.#data = data;
    this.#gen = gen;
    if (badJournal !== undefined) {
      const aside = moveAside(this.journalPath, this.#clock());
      if (aside) this.#notices.push(`The progress journal could not be used as it was (${badJournal}); it was kept as ${aside}. Every change that could be read was kept.`);
    }
    this.#offset = resetJournal(this.journalPath, gen);
    syncDir(this.dir);
    this.#lines = 0;
    this.#journalStale = false;
  }

  /** A failed write: drop what did not reach the disk (reload on next use) and say so plainly. */
  #guard(write: () => void): void {
    try {
      write();
    } catch (e) {
      this.#gen = null;
      try {
        this.#catchUp();
      } catch {
        /* reloaded on the next call */
      }
      throw fsError(e, this.dir, 'save progress');
    }
  }
}

/** Opens the progress store. Throws ProgressError (plain message) when the folder cannot be written
 * (unless `readOnly`). */
export function openProgress(options: OpenOptions = {}): ProgressStore {
  const env = options.env ?? process.env;
  const dir = options.home ?? homeDir(env);
  return new ProgressStore(dir, options.clock ?? (() => new Date()), options.readOnly).init();
}

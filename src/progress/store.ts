/** The progress store. progress.json holds the whole state, written by conf (atomically: temp file,
 * fsync, rename; then we fsync the folder). Each change after it is one line appended to
 * progress.journal and fsynced, so a save that returned is on disk and costs the same at any
 * history size; every 256 lines the journal is folded into progress.json (a checkpoint).
 * All of it runs under a lock file, after catching up with what other processes saved. */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Conf from 'conf';
import { homeDir } from '../paths.js';
import { fsError } from './errors.js';
import { loadText, moveAside, readSnapshotGen, readText, removeOldTemps, syncDir } from './file.js';
import { appendOps, readJournal, resetJournal, type JournalOp } from './journal.js';
import { acquireLock } from './lock.js';
import * as ops from './ops.js';
import { emptyProgress, type ProgressData, type QuizResult, type ReviewEntry, type Settings, type SrsState } from './schema.js';

export const FILE_NAME = 'progress.json';
export const JOURNAL_NAME = 'progress.journal';
const CHECKPOINT_BYTES = 256 * 1024;
const CHECKPOINT_LINES = 256;

export interface OpenOptions {
  /** The data folder; defaults to GATEPREP_HOME, else the user's config folder (paths.ts homeDir). */
  home?: string;
  env?: NodeJS.ProcessEnv;
  /** Wall clock for naming a bad file aside; tests pass a fixed one. */
  clock?: () => Date;
}

export class ProgressStore {
  readonly path: string;
  readonly journalPath: string;
  readonly dir: string;
  readonly #conf: Conf<Record<string, unknown>>;
  readonly #clock: () => Date;
  #data: ProgressData = emptyProgress();
  /** Generation of progress.json that #data was loaded from (null: unknown, reload). */
  #gen: string | null = null;
  /** Bytes of the journal already applied to #data, and lines since the checkpoint. */
  #offset = 0;
  #lines = 0;
  #journalStale = false;
  #notices: string[] = [];
  #revision = 0;
  #pending: { value: unknown; text: string } | undefined;

  constructor(home: string | undefined, clock: () => Date) {
    this.#clock = clock;
    this.#conf = new Conf<Record<string, unknown>>({
      projectName: 'gateprep',
      ...(home ? { cwd: home } : {}),
      configName: 'progress',
      // conf reads the file only for its internal key, which we do not use; never fail here:
      // a bad file is ours to move aside with a notice.
      deserialize: () => ({}),
      serialize: (value) => (value === this.#pending?.value ? this.#pending.text : JSON.stringify(value)),
    });
    this.path = this.#conf.path;
    this.dir = dirname(this.path);
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
    try {
      mkdirSync(this.dir, { recursive: true });
      accessSync(this.dir, constants.W_OK);
    } catch (e) {
      throw fsError(e, this.dir, 'create the data folder');
    }
    this.#locked(() => undefined);
    removeOldTemps(this.dir, [`${FILE_NAME}.tmp-`, `${JOURNAL_NAME}.tmp-`]);
    return this;
  }

  #change(op: JournalOp): void {
    this.#locked(() => {
      ops.applyOp(this.#data, op);
      this.#persist([op]);
    });
  }

  #locked<T>(fn: () => T): T {
    const lock = acquireLock(`${this.path}.lock`);
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
      const loaded = loadText(this.path, readText(this.path), at);
      this.#data = loaded.data;
      this.#gen = loaded.data.journal;
      this.#offset = 0;
      this.#lines = 0;
      if (loaded.kind === 'bad') {
        const journalAside = moveAside(this.journalPath, at);
        this.#notices.push(loaded.notice + (journalAside ? ` Its journal was kept as ${journalAside}.` : ''));
      }
    }
    const j = readJournal(this.journalPath, this.#gen ?? '', this.#offset);
    if (j.gen !== this.#gen || j.gen === null) {
      // A journal of another generation was folded into progress.json by a checkpoint cut short.
      this.#journalStale = true;
      if (j.gen !== null && this.#gen === '') {
        const aside = moveAside(this.journalPath, this.#clock());
        if (aside) this.#notices.push(`A progress journal without its progress.json was found; it was kept as ${aside}.`);
      }
      return;
    }
    for (const op of j.ops) ops.applyOp(this.#data, op);
    this.#lines += j.ops.length;
    this.#offset = j.end;
    if (j.bad) {
      const aside = moveAside(this.journalPath, this.#clock());
      this.#notices.push(`Part of the progress journal could not be read (${j.bad}); it was kept as ${aside}. Earlier changes were kept.`);
      this.#journalStale = true;
      this.#guard(() => this.#checkpoint());
    }
  }

  /** Makes ops (already applied to #data) durable: a journal append, or a checkpoint. */
  #persist(list: JournalOp[]): void {
    this.#guard(() => {
      if (this.#journalStale || this.#gen === '' || this.#gen === null) return this.#checkpoint();
      this.#offset = appendOps(this.journalPath, list);
      this.#lines += list.length;
      if (this.#offset > CHECKPOINT_BYTES || this.#lines >= CHECKPOINT_LINES) this.#checkpoint();
    });
  }

  /** Writes the whole state under a new generation, then starts its empty journal. */
  #checkpoint(): void {
    const gen = randomBytes(6).toString('hex');
    const data: ProgressData = { ...this.#data, version: 2, journal: gen };
    const { version, journal, ...rest } = data;
    const ordered = { version, journal, ...rest }; // version and generation first: read without parsing
    this.#pending = { value: ordered, text: JSON.stringify(ordered) };
    try {
      this.#conf.store = ordered as unknown as Record<string, unknown>;
    } finally {
      this.#pending = undefined;
    }
    syncDir(this.dir);
    this.#data = data;
    this.#gen = gen;
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

/** Opens the progress store. Throws ProgressError (plain message) when the folder cannot be written. */
export function openProgress(options: OpenOptions = {}): ProgressStore {
  const env = options.env ?? process.env;
  const home = options.home ?? homeDir(env);
  let store: ProgressStore;
  try {
    store = new ProgressStore(home, options.clock ?? (() => new Date()));
  } catch (e) {
    throw fsError(e, home ?? 'the data folder', 'open progress');
  }
  return store.init();
}

/** The progress store as the app sees it: opened once, after the first frame (the store and
 * ts-fsrs load by dynamic import), with a revision number screens select on. Opening can fail
 * (an unwritable folder): the app still runs and says that progress cannot be saved. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { carryReplacedInStore } from '../progress/replaced.js';
import type { HomeDigest } from '../progress/homeFigures.js';
import type { ProgressStore } from '../progress/store.js';
import type { Scheduler } from '../study/scheduler.js';

export type ProgressStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Opened {
  store: ProgressStore;
  createScheduler: (options: { desiredRetention?: number; parameters?: readonly number[] }) => Scheduler;
}

export interface ProgressUiState {
  status: ProgressStatus;
  /** Why progress cannot be saved (status 'error'), in plain words. */
  error: string | null;
  store: ProgressStore | null;
  /** A scheduler for the current desired-retention setting. */
  scheduler: Scheduler | null;
  /** Home's digest of the progress on disk, read before the store opens (summaryFile.ts); null
   * when none could be had. Only for Home's figures until `store` is there. */
  early: HomeDigest | null;
  /** Goes up whenever the store's data may have changed: select this, not the data. */
  revision: number;
  /** Opens the store (once; later calls wait for the same opening). */
  open: () => Promise<void>;
  /** Call after changing the store: picks up the new revision (and a new retention setting). */
  touch: () => void;
  /** Re-reads what another gateprep saved meanwhile, then touches. */
  refresh: () => void;
}

export interface ProgressUiDeps {
  /** Opens the domain store; the default imports it lazily and uses GATEPREP_HOME. */
  open?: () => Opened | Promise<Opened>;
  /** Messages the store has for the user (a file moved aside) and opening errors. */
  onNotices?: (messages: string[]) => void;
  /** Replaced card id -> the card that absorbed it: their history moves there once opened. */
  replaced?: () => ReadonlyMap<string, string>;
  /** Home's digest of what is on disk, without opening the store (run when the UI store is made). */
  peek?: () => HomeDigest | null;
}

/** The scheduler the settings ask for: desired retention, and fitted parameters when there are any. */
function schedulerOptions(store: ProgressStore): { desiredRetention: number; parameters?: readonly number[] } {
  const { desiredRetention, fsrsParameters } = store.data.settings;
  return fsrsParameters ? { desiredRetention, parameters: fsrsParameters } : { desiredRetention };
}

async function openDefault(): Promise<Opened> {
  const [{ openProgress }, { createScheduler }] = await Promise.all([import('../progress/store.js'), import('../study/scheduler.js')]);
  return { store: openProgress(), createScheduler };
}

export function createProgressStore(deps: ProgressUiDeps = {}): StoreApi<ProgressUiState> {
  let opening: Promise<void> | undefined;
  let make: Opened['createScheduler'] | undefined;
  return createStore<ProgressUiState>()((set, get) => ({
    status: 'idle',
    error: null,
    store: null,
    scheduler: null,
    early: deps.peek?.() ?? null,
    revision: 0,
    open: () =>
      (opening ??= (async () => {
        set({ status: 'loading' });
        try {
          const opened = await (deps.open ?? openDefault)();
          try {
            if (deps.replaced) carryReplacedInStore(opened.store, deps.replaced());
          } catch (e) {
            deps.onNotices?.([`The history of merged cards was not moved: ${e instanceof Error ? e.message : String(e)}`]);
          }
          make = opened.createScheduler;
          set({ status: 'ready', store: opened.store, scheduler: make(schedulerOptions(opened.store)), revision: opened.store.revision });
          const notices = opened.store.takeNotices();
          if (notices.length > 0) deps.onNotices?.(notices);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          set({ status: 'error', error: message });
          deps.onNotices?.([message]);
        }
      })()),
    touch: () => {
      const { store, scheduler } = get();
      if (!store) return;
      const options = schedulerOptions(store);
      const changed = scheduler?.desiredRetention !== options.desiredRetention || scheduler?.parameters !== options.parameters;
      const fresh = make && changed ? make(options) : scheduler;
      set({ revision: store.revision, scheduler: fresh });
      const notices = store.takeNotices();
      if (notices.length > 0) deps.onNotices?.(notices);
    },
    refresh: () => {
      const { store, touch } = get();
      if (!store) return;
      try {
        store.refresh();
      } catch (e) {
        deps.onNotices?.([e instanceof Error ? e.message : String(e)]);
      }
      touch();
    },
  }));
}

/**
 * The simulator's state: the session (setup + timeline + cursor), the traced result of the
 * current request, how far the user stepped, the settings cursor, load runs and predictions.
 * Built once per app context, so it survives opening a card and coming back with esc.
 * Every edit re-runs the current request from the same earlier requests and records which
 * stages changed outcome, for the screen to highlight.
 */
import type { ImportDefaults } from '../gateway/openapi/defaults.js';
import { withImportNotes } from '../sim/importNotes.js';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { STAGES, type Outcome, type SimulateResult, type StageName, type TraceEntry } from '../gateway/model.js';
import { runLoad, type LoadResult } from '../gateway/load.js';
import { engineReady, prepareConfig } from '../gateway/prepare.js';
import { loadScenarioFile, loadScenarioText, listPresets, type Preset, type SaveTarget } from '../sim/files.js';
import { advanceClock, moveCursor, newSession, resolvedOf, routeOfRequest, runCurrent, sendAgain, type ClockStep, type Session } from '../sim/session.js';
import { change, type Row } from '../sim/settings.js';
import { starterDoc } from '../sim/starter.js';
import { fromDraft, toDraft, type SimDraft } from '../sim/draft.js';
import type { Kept } from '../progress/kept.js';
import { questionActions, type SimQuestion } from './simQuestions.js';
import type { MappingRow } from '../sim/mappingRows.js';
import type { Area } from '../ui/input/textArea.js';
import type { EditorResult } from '../ui/externalEditor.js';
import { textEditorSlice } from './simTextEditor.js';

export const SIM_VIEWS = ['trace', 'settings', 'mapping', 'request', 'load', 'presets'] as const;
export type SimView = (typeof SIM_VIEWS)[number];

/** What a stage looked like before the last edit, for stages whose outcome changed. */
export type Changed = Partial<Record<StageName, Outcome | 'not reached'>>;

export const PREDICT_STATUSES = [200, 400, 401, 403, 413, 429, 500, 502, 504] as const;
/** Where the request stops; 'none' = the integration's answer reached the client. */
export const PREDICT_STAGES = ['none', ...STAGES] as const;
export type PredictStage = (typeof PREDICT_STAGES)[number];

export interface Prediction {
  field: 0 | 1;
  status: number;
  stage: PredictStage;
  locked: boolean;
  statusRight?: boolean;
  stageRight?: boolean;
}

export interface LoadPatternInput {
  rps: number;
  /** Extra requests sent all at once at the start (t+0), before the steady ones. */
  burst: number;
  seconds: number;
  apiKeys: number;
  /** Percent of requests sent to cacheable GETs. */
  cacheablePct: number;
}

export interface LoadRun {
  pattern: LoadPatternInput;
  /** The throttle in effect, in words, so two runs can be told apart. */
  limits: string;
  result: LoadResult;
}

export interface SimState {
  session: Session;
  result: SimulateResult;
  revealed: number;
  selected: number;
  changed: Changed;
  /** Status before the last edit (null when the last action was not an edit). */
  previousStatus: number | null;
  view: SimView;
  /** The route Settings edits when the user picked one (←/→ on "Editing route"); null: the current request's. */
  routeIdx: number | null;
  rows: Record<SimView, number>;
  editing: { row: string; text: string } | null;
  /** The name prompt `s` opens (prefilled with the scenario's name, editable); nothing is written before enter. */
  saving: { text: string; target: SaveTarget } | null;
  /** A question waiting for y/n: replace a file of the typed name, or load a preset over unsaved edits. */
  question: SimQuestion | null;
  message: { text: string; error: boolean } | null;
  presets: Preset[];
  predict: Prediction | null;
  pattern: LoadPatternInput;
  lastRun: LoadRun | null;
  previousRun: LoadRun | null;
  /** The stage detail pane: its scroll offset holds for the entry it was scrolled on (another stage, or
   * a re-run, starts at the top without any reset), and whether ↑↓ scroll it instead of picking a stage. */
  detail: { entry: TraceEntry | null; offset: number; focus: boolean };
  /** The built-in multi-line editor, open on a template row; `asking`: esc with changes asks first. */
  textEditor: (Area & { row: string; title: string; original: string; asking: boolean }) | null;
  /** Opens a template row in $VISUAL/$EDITOR (re-running when it closes), else in the built-in editor. */
  editTemplate: (row: MappingRow) => void;
  setTextArea: (a: Area) => void;
  saveTextEditor: () => void;
  /** Esc: closes, or first asks when the text changed; `discard` answers that question. */
  cancelTextEditor: (discard?: boolean) => void;
  scrollDetail: (entry: TraceEntry, offset: number) => void;
  focusDetail: (on: boolean) => void;
  /** Unsaved edits kept from an earlier run, offered before anything else (restore or discard). */
  draftOffer: { name: string; keptAt: number } | null;
  restoreDraft: () => void;
  discardDraft: () => void;
  /** On quit: keeps the setup as a draft when it has edits not saved, else forgets any draft. */
  keepDraft: () => void;

  step: (dir: 1 | -1) => void;
  runToEnd: () => void;
  selectStage: (dir: 1 | -1) => void;
  goRequest: (dir: 1 | -1) => void;
  toNextStop: () => void;
  again: () => void;
  clock: (step: ClockStep) => void;
  setView: (dir: 1 | -1) => void;
  moveRow: (dir: 1 | -1, count: number) => void;
  change: (row: Row, how: { dir: 1 | -1 } | { text: string }) => void;
  startEdit: (row: string, text: string) => void;
  setEditText: (text: string) => void;
  cancelEdit: () => void;
  cycleRoute: (dir: 1 | -1) => void;
  /** Loads a preset; over edits not saved, asks first. */
  loadPreset: (p: Preset) => void;
  /** Opens the name prompt. */
  save: () => void;
  setSaveText: (text: string) => void;
  commitSave: () => void;
  cancelSave: () => void;
  answer: (yes: boolean) => void;
  setPattern: (patch: Partial<LoadPatternInput>) => void;
  runLoad: () => void;
  togglePredict: () => void;
  predictField: (dir: 1 | -1) => void;
  predictValue: (dir: 1 | -1) => void;
  lockPrediction: () => void;
}

export interface SimDeps {
  contentDir: string;
  homeDir: string;
  cardsFor: (stage: StageName) => string[];
  /** Saves one prediction in the progress store. */
  recordPrediction: (stage: string, correct: boolean, at: number) => void | Promise<void>;
  /** A scenario file to open with. */
  initialPath?: string;
  /** The user's $VISUAL/$EDITOR for templates (absent: the built-in editor). */
  externalEditor?: (text: string, ext: string) => EditorResult;
  /** A scenario's text to open with (a generated quiz question's); wins over initialPath. */
  initialText?: string;
  /** Shown once the scenario is open (an imported OpenAPI definition: what was assumed and left out). */
  initialNotice?: string;
  /** An imported OpenAPI definition's defaults: shown as stage notes while the opened setup uses them. */
  importDefaults?: ImportDefaults;
  /** Where unsaved edits are kept between runs (offered again when opened on no scenario). */
  draft?: Kept<SimDraft>;
  now?: () => number;
}

function outcomes(r: SimulateResult): Map<StageName, Outcome> {
  return new Map(r.trace.map((t) => [t.stage, t.outcome]));
}

/** Stages whose outcome differs between two results, with their old outcome. */
export function diffTraces(before: SimulateResult, after: SimulateResult): Changed {
  const a = outcomes(before);
  const b = outcomes(after);
  const out: Changed = {};
  for (const s of STAGES) if (a.get(s) !== b.get(s)) out[s] = a.get(s) ?? 'not reached';
  return out;
}

/** The route the route-level rows edit: the one picked, else the one the current request goes to. */
export function editedRoute(s: Pick<SimState, 'routeIdx' | 'session'>): number {
  const n = s.session.doc.api.routes.length;
  return Math.min(n - 1, s.routeIdx ?? routeOfRequest(s.session.doc, s.session.cursor) ?? 0);
}

/** The limits a load run met: those of the route the Load rows edit (named when the API has
 * several) and, first, of every other route with its own method throttle, since the load spreads
 * over every route (cors-429-blocked said "account limit only" beside the 429s that GET /reports'
 * method throttle sent). */
function limitsOf(s: Session, route: number): string {
  const routes = s.doc.api.routes;
  const limit = (r: (typeof routes)[number]) => {
    const t = r.throttle ?? s.doc.stage.throttle;
    return t ? `rate ${t.rateLimit} burst ${t.burstLimit}` : 'account limit only';
  };
  const named = (r: (typeof routes)[number]) => (routes.length > 1 ? `${r.method} ${r.path} ` : '') + limit(r);
  const edited = routes[route]!;
  const plan = s.doc.usagePlans[0];
  const parts = [...routes.filter((r) => r !== edited && r.throttle).map(named), named(edited)];
  if (plan?.throttle) parts.push(`plan ${plan.throttle.rateLimit}/${plan.throttle.burstLimit}`);
  if (plan?.quota) parts.push(`quota ${plan.quota.limit}/${plan.quota.period.toLowerCase()}`);
  return parts.join(', ');
}

export function createSimStore(deps: SimDeps): StoreApi<SimState> {
  let initial: Session = newSession(starterDoc(), { name: 'my-api', home: false });
  let initialMessage: SimState['message'] = null;
  if (deps.initialText !== undefined || deps.initialPath) {
    const home = deps.initialPath?.startsWith(deps.homeDir) ?? false;
    const loaded = deps.initialText !== undefined ? loadScenarioText(deps.initialText, 'question scenario', false) : loadScenarioFile(deps.initialPath!, home);
    if (loaded.ok) {
      initial = loaded.session;
      if (deps.initialNotice) initialMessage = { text: deps.initialNotice, error: false };
    }
    else initialMessage = { text: `${loaded.file}: ${loaded.errors[0]!.path || '(file)'}: ${loaded.errors[0]!.message}`, error: true };
  }
  const imported = deps.importDefaults ? { defaults: deps.importDefaults, source: initial.source } : null;
  const run = (s: Session) => {
    const r = runCurrent(s, deps.cardsFor);
    return imported && s.source === imported.source ? withImportNotes(r, imported.defaults, s.doc) : r;
  };
  const now = deps.now ?? Date.now;
  /** Templates and models need libraries loaded first (only then): open the starter meanwhile. */
  const ready = (s: Session) => engineReady(resolvedOf(s.doc).config);
  const prepare = (s: Session) => prepareConfig(resolvedOf(s.doc).config);
  let pending: Session | null = null;
  if (!ready(initial)) {
    pending = initial;
    initial = newSession(starterDoc(), { name: 'my-api', home: false });
    initialMessage = { text: `loading the template engine for ${pending.source.name}…`, error: false };
  }
  // the setup as last loaded or saved: a different doc means edits a quit would lose
  let baseline = (pending ?? initial).doc;
  const offered = deps.initialText === undefined && !deps.initialPath ? (deps.draft?.read() ?? null) : null;

  const store = createStore<SimState>()((set, get) => {
    /** After an edit: re-run from the same earlier requests, show it all, mark what changed. */
    const edited = (session: Session, extra: Partial<SimState> = {}) => {
      const before = get().result;
      const result = run(session);
      const predicting = get().predict !== null;
      set({
        session,
        result,
        revealed: predicting ? 0 : result.trace.length,
        selected: Math.max(0, STAGES.indexOf(result.trace[result.trace.length - 1]!.stage)),
        changed: diffTraces(before, result),
        previousStatus: before.response.status,
        predict: resetPrediction(get().predict),
        message: null,
        ...extra,
      });
    };
    /** Moving along the timeline: a fresh request to step through. */
    const moved = (session: Session, revealAll = false) => {
      const result = run(session);
      set({
        session,
        result,
        revealed: revealAll && get().predict === null ? result.trace.length : 0,
        selected: revealAll ? Math.max(0, STAGES.indexOf(result.trace[result.trace.length - 1]!.stage)) : 0,
        changed: {},
        previousStatus: null,
        predict: resetPrediction(get().predict),
        message: null,
        // another request: Settings edits its route again
        routeIdx: null,
      });
    };
    const resetPrediction = (p: Prediction | null): Prediction | null => (p ? { field: 0, status: p.status, stage: p.stage, locked: false } : null);
    const canReveal = () => get().predict === null || get().predict!.locked;
    const openPreset = (p: Preset): void => {
      const loaded = loadScenarioFile(p.path, p.home);
      if (!loaded.ok) return set({ message: { text: `${p.name}: ${loaded.errors[0]!.path || '(file)'}: ${loaded.errors[0]!.message}`, error: true } });
      if (!ready(loaded.session)) {
        set({ message: { text: `loading the template engine for ${p.name}…`, error: false } });
        void prepare(loaded.session).then((errors) => {
          if (errors.length > 0) set({ message: { text: `${p.name}: ${errors[0]!.path}: ${errors[0]!.message}`, error: true } });
          else openPreset(p);
        });
        return;
      }
      moved(loaded.session);
      baseline = loaded.session.doc;
      set({ view: 'trace', routeIdx: null, lastRun: null, previousRun: null, message: { text: `loaded ${p.name}: ${loaded.session.doc.requests.length} requests`, error: false } });
    };

    return {
      session: initial,
      result: run(initial),
      revealed: 0,
      selected: 0,
      changed: {},
      previousStatus: null,
      view: 'trace',
      routeIdx: null,
      rows: { trace: 0, settings: 0, mapping: 0, request: 0, load: 0, presets: 0 },
      editing: null,
      saving: null,
      question: null,
      message: initialMessage,
      presets: listPresets(deps.contentDir, deps.homeDir),
      predict: null,
      pattern: { rps: 10, burst: 0, seconds: 10, apiKeys: 1, cacheablePct: 50 },
      lastRun: null,
      previousRun: null,
      detail: { entry: null, offset: 0, focus: false },
      scrollDetail: (entry, offset) => set((s) => ({ detail: { ...s.detail, entry, offset: Math.max(0, offset) } })),
      focusDetail: (on) => set((s) => ({ detail: { ...s.detail, focus: on } })),
      draftOffer: offered ? { name: offered.source.name, keptAt: offered.keptAt } : null,
      restoreDraft: () => {
        const r = offered ? fromDraft(offered) : null;
        if (!r) return set({ draftOffer: null });
        if (!r.ok) return set({ draftOffer: null, message: { text: r.message, error: true } });
        moved(r.session, true);
        set({ draftOffer: null, message: { text: `restored the unsaved changes to ${r.session.source.name} (s saves them)`, error: false } });
      },
      discardDraft: () => {
        deps.draft?.clear();
        set({ draftOffer: null });
      },
      keepDraft: () => {
        // an offer not yet answered keeps the old draft as it is
        if (!deps.draft || get().draftOffer) return;
        const s = get().session;
        if (s.doc === baseline) deps.draft.clear();
        else deps.draft.write(toDraft(s, now()));
      },

      step: (dir) => {
        if (!canReveal()) return;
        const { revealed, result } = get();
        const next = Math.max(0, Math.min(result.trace.length, revealed + dir));
        const last = result.trace[next - 1];
        set({ revealed: next, selected: last ? STAGES.indexOf(last.stage) : 0, changed: {}, previousStatus: null, message: null });
      },
      runToEnd: () => {
        if (!canReveal()) return;
        const t = get().result.trace;
        set({ revealed: t.length, selected: STAGES.indexOf(t[t.length - 1]!.stage), changed: {}, previousStatus: null, message: null });
      },
      selectStage: (dir) => set((s) => ({ selected: Math.max(0, Math.min(STAGES.length - 1, s.selected + dir)) })),
      goRequest: (dir) => {
        const s = get().session;
        const next = moveCursor(s, s.cursor + dir);
        if (next !== s) moved(next);
      },
      toNextStop: () => {
        const s = get().session;
        for (let i = s.cursor + 1; i < s.doc.requests.length; i++) {
          const cand = moveCursor(s, i);
          if (run(cand).stoppedAt !== null) return moved(cand, true);
        }
        set({ message: { text: 'no later request in this scenario is stopped by the gateway', error: false } });
      },
      again: () => moved(sendAgain(get().session)),
      clock: (step) => edited(advanceClock(get().session, step)),
      setView: (dir) => set((s) => ({ view: SIM_VIEWS[(SIM_VIEWS.indexOf(s.view) + dir + SIM_VIEWS.length) % SIM_VIEWS.length]!, editing: null, message: null })),
      moveRow: (dir, count) => set((s) => ({ rows: { ...s.rows, [s.view]: Math.max(0, Math.min(count - 1, s.rows[s.view] + dir)) }, message: null })),
      change: (row, how) => {
        const s = get().session;
        const r = change(row, s.doc, { route: editedRoute(get()), cursor: s.cursor }, how);
        if (!r.ok) return set({ message: { text: r.error, error: true } });
        const next = { ...s, doc: r.doc };
        if (ready(next)) return edited(next, { editing: null, textEditor: null });
        // the first template of a setup loads the template engine first
        set({ editing: null, textEditor: null, message: { text: 'loading the template engine…', error: false } });
        void prepare(next).then((errors) => {
          if (errors.length > 0) set({ message: { text: `${errors[0]!.path}: ${errors[0]!.message}`, error: true } });
          else if (get().session === s) edited(next);
        });
      },
      ...textEditorSlice(get, set, deps.externalEditor),
      startEdit: (row, text) => set({ editing: { row, text }, message: null }),
      setEditText: (text) => set((s) => (s.editing ? { editing: { ...s.editing, text } } : {})),
      // the error of a rejected value goes with the field it was about
      cancelEdit: () => set({ editing: null, message: null }),
      cycleRoute: (dir) => {
        const n = get().session.doc.api.routes.length;
        set((s) => ({ routeIdx: (editedRoute(s) + dir + n) % n }));
      },
      ...questionActions({ get, set, deps, baseline: { get: () => baseline, set: (d) => void (baseline = d) }, openPreset }),
      setPattern: (patch) => set((s) => ({ pattern: { ...s.pattern, ...patch } })),
      runLoad: () => {
        const { session, pattern, lastRun } = get();
        const result = runLoad(
          resolvedOf(session.doc).config,
          { ratePerSecond: pattern.rps, burst: pattern.burst, apiKeys: pattern.apiKeys, cacheableShare: pattern.cacheablePct / 100 },
          pattern.seconds * 1000,
        );
        set({ previousRun: lastRun, lastRun: { pattern: { ...pattern }, limits: limitsOf(session, editedRoute(get())), result } });
      },
      togglePredict: () =>
        set((s) => (s.predict ? { predict: null, message: null } : { predict: { field: 0, status: 200, stage: 'none', locked: false }, revealed: 0, changed: {}, previousStatus: null, message: null })),
      predictField: (dir) => set((s) => (s.predict ? { predict: { ...s.predict, field: dir > 0 ? 1 : 0 } } : {})),
      predictValue: (dir) =>
        set((s) => {
          const p = s.predict;
          if (!p || p.locked) return {};
          const cyc = <T>(l: readonly T[], v: T) => l[(l.indexOf(v) + dir + l.length) % l.length]!;
          return { predict: p.field === 0 ? { ...p, status: cyc(PREDICT_STATUSES, p.status as (typeof PREDICT_STATUSES)[number]) } : { ...p, stage: cyc(PREDICT_STAGES, p.stage) } };
        }),
      lockPrediction: () => {
        const { predict: p, result } = get();
        if (!p || p.locked) return;
        const actualStage: PredictStage = result.stoppedAt ?? 'none';
        const statusRight = p.status === result.response.status;
        const stageRight = p.stage === actualStage;
        set({ predict: { ...p, locked: true, statusRight, stageRight }, revealed: 0 });
        Promise.resolve()
          .then(() => deps.recordPrediction(actualStage, statusRight && stageRight, now()))
          .catch((e: unknown) => set({ message: { text: `prediction not saved: ${(e as Error).message}`, error: true } }));
      },
    };
  });
  if (pending) {
    const waiting = pending;
    void prepare(waiting).then((errors) => {
      if (errors.length > 0) store.setState({ message: { text: `${waiting.source.name}: ${errors[0]!.path}: ${errors[0]!.message}`, error: true } });
      else {
        baseline = waiting.doc;
        store.setState({ session: waiting, result: run(waiting), revealed: 0, selected: 0, changed: {}, message: deps.initialNotice ? { text: deps.initialNotice, error: false } : null });
      }
    });
  }
  return store;
}

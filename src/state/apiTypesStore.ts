/**
 * The HTTP / WebSocket / compare simulator's state: a preset list, then one of three views.
 * Actions read the current state (get()), so keys that arrive together apply in order.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { runHttpScenario, type HttpScenarioResult } from '../gateway/http/scenario.js';
import { sanitize } from '../content/sanitize.js';
import { listApiPresets, loadApiScenario, loadComparison, presetOfFile, type ApiPreset, type Comparison } from '../sim/apiPresets.js';
import { clients, isOpen, messageTemplates, newWsSession, wsActions, type WsSession } from '../sim/wsSession.js';

export type ApiView =
  | { kind: 'list' }
  | { kind: 'HTTP'; preset: ApiPreset; results: HttpScenarioResult[]; request: number; revealed: number; selected: number }
  | { kind: 'COMPARE'; preset: ApiPreset; comparison: Comparison; row: number }
  | { kind: 'WEBSOCKET'; preset: ApiPreset; session: WsSession; cursor: number; client: number; template: number };

export interface ApiTypesState {
  presets: ApiPreset[];
  index: number;
  view: ApiView;
  /** A file that did not load, or what the last action did, in one line. */
  message: { text: string; error: boolean } | null;
  move: (d: number) => void;
  open: (i?: number) => void;
  /** Back to the list; false when already there (the screen then goes back). */
  back: () => boolean;
  request: (d: number) => void;
  step: (d: number) => void;
  runToEnd: () => void;
  ws: {
    connect: () => void;
    disconnect: () => void;
    send: () => void;
    push: () => void;
    nextClient: () => void;
    template: (d: number) => void;
    advance: (ms: number) => void;
  };
}

const clamp = (i: number, n: number) => (n === 0 ? 0 : Math.min(n - 1, Math.max(0, i)));

export function createApiTypesStore(deps: { contentDir: string; initial?: string }): StoreApi<ApiTypesState> {
  const store = createStore<ApiTypesState>()((set, get) => {
    const updateWs = (f: (v: Extract<ApiView, { kind: 'WEBSOCKET' }>) => Partial<Extract<ApiView, { kind: 'WEBSOCKET' }>> | null, text?: (v: Extract<ApiView, { kind: 'WEBSOCKET' }>) => string) => {
      const v = get().view;
      if (v.kind !== 'WEBSOCKET') return;
      const patch = f(v);
      if (!patch) return;
      const next = { ...v, ...patch };
      set({ view: next, message: text ? { text: text(next), error: false } : null });
    };
    const client = (v: Extract<ApiView, { kind: 'WEBSOCKET' }>) => clients(v.session)[v.client] ?? 'client-1';
    const latest = (s: WsSession) => Math.max(0, s.results.length - 1);
    return {
      presets: listApiPresets(deps.contentDir),
      index: 0,
      view: { kind: 'list' },
      message: null,
      move: (d) => set((s) => ({ index: clamp(s.index + d, s.presets.length) })),
      open: (i) => {
        const s = get();
        const index = i ?? s.index;
        const preset = s.presets[index];
        if (!preset) return;
        if (preset.kind === 'COMPARE') {
          const c = loadComparison(preset.path);
          if (!c.ok) set({ index, message: { text: sanitize(`${preset.name}: ${c.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`), error: true } });
          else set({ index, view: { kind: 'COMPARE', preset, comparison: c.comparison, row: 0 }, message: null });
          return;
        }
        const p = loadApiScenario(preset.path);
        if (!p.ok) {
          set({ index, message: { text: sanitize(`${preset.name}: ${p.errors.map((e) => `${e.path || '(file)'}: ${e.message}`).join('; ')}`), error: true } });
          return;
        }
        if (p.scenario.apiType === 'HTTP')
          set({ index, view: { kind: 'HTTP', preset, results: runHttpScenario(p.scenario), request: 0, revealed: 1, selected: 0 }, message: null });
        else if (p.scenario.apiType === 'WEBSOCKET') {
          const session = newWsSession(p.scenario);
          set({ index, view: { kind: 'WEBSOCKET', preset, session, cursor: latest(session), client: 0, template: 0 }, message: null });
        }
      },
      back: () => {
        if (get().view.kind === 'list') return false;
        set({ view: { kind: 'list' }, message: null });
        return true;
      },
      request: (d) => {
        const v = get().view;
        if (v.kind === 'HTTP') set({ view: { ...v, request: clamp(v.request + d, v.results.length), revealed: 1, selected: 0 } });
        else if (v.kind === 'COMPARE') set({ view: { ...v, row: clamp(v.row + d, v.comparison.rows.length) } });
        else if (v.kind === 'WEBSOCKET') set({ view: { ...v, cursor: clamp(v.cursor + d, v.session.results.length) } });
      },
      step: (d) => {
        const v = get().view;
        if (v.kind !== 'HTTP') return;
        const n = v.results[v.request]!.trace.length;
        const revealed = Math.min(n, Math.max(1, v.revealed + Math.max(0, d)));
        set({ view: { ...v, revealed, selected: clamp(d > 0 ? revealed - 1 : v.selected - 1, revealed) } });
      },
      runToEnd: () => {
        const v = get().view;
        if (v.kind === 'HTTP') {
          const n = v.results[v.request]!.trace.length;
          set({ view: { ...v, revealed: n, selected: n - 1 } });
        }
      },
      ws: {
        connect: () => updateWs((v) => {
          const session = wsActions.connect(v.session, client(v));
          return { session, cursor: latest(session) };
        }, (v) => `${client(v)} ${isOpen(v.session, client(v)) ? 'connected' : 'was refused'}`),
        disconnect: () => updateWs((v) => {
          const session = wsActions.disconnect(v.session, client(v));
          return { session, cursor: latest(session) };
        }),
        send: () => updateWs((v) => {
          const body = messageTemplates(v.session)[v.template]!;
          const session = wsActions.send(v.session, client(v), body);
          return { session, cursor: latest(session) };
        }),
        push: () => updateWs((v) => {
          const session = wsActions.push(v.session, client(v), JSON.stringify({ notice: 'from the backend', at: v.session.now }));
          return { session, cursor: latest(session) };
        }),
        nextClient: () => updateWs((v) => ({ client: (v.client + 1) % Math.max(1, clients(v.session).length) }), (v) => `client: ${client(v)}`),
        template: (d) => updateWs((v) => {
          const n = messageTemplates(v.session).length;
          return { template: (v.template + d + n) % n };
        }),
        advance: (ms) => updateWs((v) => {
          const session = wsActions.advance(v.session, ms);
          return { session, cursor: latest(session) };
        }),
      },
    };
  });
  if (deps.initial !== undefined) {
    let i = store.getState().presets.findIndex((p) => p.name === deps.initial || p.path === deps.initial);
    if (i < 0) {
      // a file of the user's (gateprep sim FILE): listed first
      const own = presetOfFile(deps.initial);
      if (own) {
        store.setState((s) => ({ presets: [own, ...s.presets] }));
        i = 0;
      }
    }
    if (i >= 0) store.getState().open(i);
  }
  return store;
}

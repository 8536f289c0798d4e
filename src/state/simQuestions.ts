/**
 * The simulator's save and discard questions: `s` asks for a name (prefilled, editable) and
 * asks again before replacing a file of that name; loading a preset over edits not saved asks
 * first and names what would be lost. Part of the sim store (createSimStore spreads these in).
 */
import type { StoreApi } from 'zustand/vanilla';
import { defaultSaveName, listPresets, saveSession, saveTarget, type Preset } from '../sim/files.js';
import type { Doc } from '../sim/session.js';
import { changedPaths, describeChanges } from '../sim/unsaved.js';
import type { SimDeps, SimState } from './simStore.js';

export type SimQuestion = { kind: 'replace'; name: string; path: string } | { kind: 'preset'; preset: Preset; from: string; lost: string };

export type QuestionActions = Pick<SimState, 'save' | 'setSaveText' | 'commitSave' | 'cancelSave' | 'answer' | 'loadPreset'>;

interface Parts {
  get: StoreApi<SimState>['getState'];
  set: StoreApi<SimState>['setState'];
  deps: Pick<SimDeps, 'contentDir' | 'homeDir' | 'draft'>;
  /** The setup as last loaded or saved. */
  baseline: { get: () => Doc; set: (d: Doc) => void };
  /** Loads a preset with no question asked. */
  openPreset: (p: Preset) => void;
}

export function questionActions({ get, set, deps, baseline, openPreset }: Parts): QuestionActions {
  const write = (name: string, replace: boolean) => {
    try {
      const { path, session, taken } = saveSession(get().session, deps.homeDir, { name, replace });
      baseline.set(session.doc);
      deps.draft?.clear();
      const note = taken ? ` (${taken} was taken meanwhile, by another window)` : replace ? ' (replaced the earlier file)' : '';
      set({ session, saving: null, question: null, presets: listPresets(deps.contentDir, deps.homeDir), message: { text: `saved ${path}${note}`, error: false } });
    } catch (e) {
      set({ saving: null, question: null, message: { text: `not saved: ${(e as Error).message}`, error: true } });
    }
  };
  const prompt = (text: string) => ({ text, target: saveTarget(get().session, text, deps.contentDir, deps.homeDir) });
  return {
    save: () => set({ saving: prompt(defaultSaveName(get().session)), editing: null, message: null }),
    setSaveText: (text) => set((s) => (s.saving ? { saving: prompt(text) } : {})),
    cancelSave: () => set({ saving: null, message: null }),
    commitSave: () => {
      const text = get().saving?.text ?? '';
      // looked at again now: another window may have saved this name since the last key
      const t = saveTarget(get().session, text, deps.contentDir, deps.homeDir);
      if (t.base === '') return set({ message: { text: 'type a name: letters, digits, ".", "_" or "-"', error: true } });
      if (t.taken) return set({ saving: null, question: { kind: 'replace', name: text, path: t.path } });
      write(text, false);
    },
    loadPreset: (p) => {
      const { session } = get();
      const paths = changedPaths(baseline.get(), session.doc);
      if (paths.length === 0) return openPreset(p);
      set({ question: { kind: 'preset', preset: p, from: session.source.name, lost: describeChanges(paths) }, message: null });
    },
    answer: (yes) => {
      const q = get().question;
      if (!q) return;
      if (q.kind === 'replace') {
        if (yes) return write(q.name, true);
        // no: back to the name, to pick another
        return set({ question: null, saving: prompt(q.name) });
      }
      set({ question: null });
      if (yes) openPreset(q.preset);
      else set({ message: { text: `kept your changes to ${q.from} (s saves them)`, error: false } });
    },
  };
}

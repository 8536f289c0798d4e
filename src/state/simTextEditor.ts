/**
 * The simulator store's template editing: a multi-line template row opens in the user's
 * $VISUAL/$EDITOR when there is one (the request re-runs when it closes), else in the built-in
 * editor, whose text and caret live here until ctrl+s applies them through the row (validated
 * like every change) or esc drops them (asking first when they changed).
 */
import { mappingRows } from '../sim/mappingRows.js';
import type { EditorResult } from '../ui/externalEditor.js';
import { areaOf, areaText } from '../ui/input/textArea.js';
import { editedRoute, type SimState } from './simStore.js';

type Slice = Pick<SimState, 'textEditor' | 'editTemplate' | 'setTextArea' | 'saveTextEditor' | 'cancelTextEditor'>;

export function textEditorSlice(
  get: () => SimState,
  set: (partial: Partial<SimState> | ((s: SimState) => Partial<SimState>)) => void,
  external: ((text: string, ext: string) => EditorResult) | undefined,
): Slice {
  return {
    textEditor: null,
    editTemplate: (row) => {
      const s = get().session;
      const initial = row.text!.initial(s.doc, { route: editedRoute(get()), cursor: s.cursor });
      if (!external) return set({ textEditor: { ...areaOf(initial), row: row.id, title: row.multiline?.title ?? row.label, original: initial, asking: false }, message: null });
      const out = external(initial, row.multiline?.ext ?? '.txt');
      if (!out.ok) return set({ message: { text: out.error, error: true } });
      if (out.text === initial) return set({ message: { text: 'the template is unchanged', error: false } });
      get().change(row, { text: out.text });
    },
    setTextArea: (a) => set((s) => (s.textEditor ? { textEditor: { ...s.textEditor, ...a, asking: false } } : {})),
    saveTextEditor: () => {
      const e = get().textEditor;
      if (!e) return;
      const s = get().session;
      const row = mappingRows(s.doc, { route: editedRoute(get()), cursor: s.cursor }).find((r) => r.id === e.row);
      if (!row) return set({ textEditor: null, message: { text: 'that template is gone from the setup', error: true } });
      // a refused template keeps the editor open with the reason
      get().change(row, { text: areaText(e) });
    },
    cancelTextEditor: (discard) => {
      const e = get().textEditor;
      if (!e) return;
      if (discard === false) return set({ textEditor: { ...e, asking: false } });
      if (areaText(e) !== e.original && !e.asking && discard !== true) return set({ textEditor: { ...e, asking: true } });
      set({ textEditor: null, message: null });
    },
  };
}

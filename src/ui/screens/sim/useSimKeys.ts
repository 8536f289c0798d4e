/** The simulator's keys for the current view and state; the footer is generated from the same map. */
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { STAGES } from '../../../gateway/model.js';
import { editedRoute, type SimState } from '../../../state/simStore.js';
import type { Handlers } from '../../keys.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys, type ScreenKeys } from '../../hooks/useScreenKeys.js';
import { clampPattern, LOAD_ROWS, REQUEST_ROWS, SETTING_ROWS } from './rows.js';
import { paneOf, usePaneSize } from './detailPane.js';
import { mappingRows, type MappingRow } from '../../../sim/mappingRows.js';
import { beforeCaret, insertText, joinWithPrevious, moveCaret, newline, replaceBeforeCaret, type Area } from '../../input/textArea.js';

export function useSimKeys(store: StoreApi<SimState>): ScreenKeys {
  const { app } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const go = useStore(app, (s) => s.go);
  const s = useStore(
    store,
    useShallow((x) => ({
      view: x.view,
      revealed: x.revealed,
      traceLen: x.result.trace.length,
      trace: x.result.trace,
      selected: x.selected,
      cursor: x.session.cursor,
      count: x.session.doc.requests.length,
      rowIdx: x.rows[x.view],
      editing: x.editing,
      predict: x.predict,
      presets: x.presets,
      doc: x.session.doc,
      routeIdx: editedRoute(x),
      pattern: x.pattern,
    })),
  );
  const size = usePaneSize();
  const detail = useStore(store, (x) => x.detail);
  const focus = detail.focus;
  const a = store.getState();
  const h: Handlers = {};
  /** Scrolls the detail pane as laid out with this render's footer (h is complete when a key arrives). */
  const scroll = (to: (offset: number, room: number, max: number) => number) => () => {
    const p = paneOf(store.getState(), size, { ...h, help: () => {}, quit: () => {} });
    if (p.entry) a.scrollDetail(p.entry, Math.min(p.max, to(p.offset, p.room, p.max)));
  };
  const offer = useStore(store, (x) => x.draftOffer !== null);
  const asking = useStore(store, (x) => x.question !== null);
  const saving = useStore(store, (x) => x.saving !== null);
  const textEditor = useStore(store, (x) => x.textEditor);
  if (offer) return useScreenKeys({ yes: a.restoreDraft, no: a.discardDraft });
  if (asking) return useScreenKeys({ yes: () => a.answer(true), no: () => a.answer(false) });
  if (saving)
    return useScreenKeys(
      { saveAs: a.commitSave, cancelEdit: a.cancelSave },
      { globals: false, field: { read: () => store.getState().saving?.text ?? '', write: (t) => store.getState().setSaveText(t) } },
    );

  if (textEditor) {
    const cur = () => store.getState().textEditor ?? textEditor;
    const put = (f: (x: Area) => Area) => () => a.setTextArea(f(cur()));
    if (textEditor.asking) return useScreenKeys({ yes: () => a.cancelTextEditor(true), no: () => a.cancelTextEditor(false) }, { globals: false });
    const keys: Handlers = {
      arrowUp: put((x) => moveCaret(x, 'up')),
      arrowDown: put((x) => moveCaret(x, 'down')),
      caretLeft: put((x) => moveCaret(x, 'left')),
      caretRight: put((x) => moveCaret(x, 'right')),
      newline: put(newline),
      ...(textEditor.col === 0 && textEditor.line > 0 ? { joinLine: put(joinWithPrevious) } : {}),
      saveText: a.saveTextEditor,
      cancelText: () => a.cancelTextEditor(),
    };
    return useScreenKeys(keys, {
      globals: false,
      field: { read: () => beforeCaret(cur()), write: (t) => a.setTextArea(replaceBeforeCaret(cur(), t)) },
      paste: (text) => a.setTextArea(insertText(cur(), text)),
    });
  }

  if (s.editing) {
    const text = s.editing.text;
    const keys = useScreenKeys(
      { commitEdit: () => commit(store, store.getState().editing?.text ?? text), cancelEdit: a.cancelEdit },
      { globals: false, field: { read: () => store.getState().editing?.text ?? '', write: (t) => store.getState().setEditText(t) } },
    );
    return keys;
  }

  const rowsHere = (n: number) => {
    h.up = () => a.moveRow(-1, n);
    h.down = () => a.moveRow(1, n);
  };
  if (s.view === 'trace') {
    if (s.predict && !s.predict.locked) {
      h.up = () => a.predictField(-1);
      h.down = () => a.predictField(1);
      h.valueNext = () => a.predictValue(1);
      h.valuePrev = () => a.predictValue(-1);
      h.lockPrediction = a.lockPrediction;
    } else {
      if (s.revealed < s.traceLen) h.stepNext = () => a.step(1);
      if (s.revealed > 0) h.stepBack = () => a.step(-1);
      if (s.revealed < s.traceLen) h.runToEnd = a.runToEnd;
      if (focus) {
        h.up = scroll((o) => o - 1);
        h.down = scroll((o) => o + 1);
        h.blurDetail = () => a.focusDetail(false);
      } else {
        h.up = () => a.selectStage(-1);
        h.down = () => a.selectStage(1);
        h.focusDetail = () => a.focusDetail(true);
      }
      h.pageUp = scroll((o, room) => o - Math.max(1, room - 1));
      h.pageDown = scroll((o, room) => o + Math.max(1, room - 1));
      // scroll keys only where there is something to scroll to (laid out with them listed: fewer keys never need more rows)
      const p = paneOf(store.getState(), size, { ...h, help: () => {}, quit: () => {} });
      if (p.max === 0) {
        // nothing to scroll (a step moved to a short stage): ↑↓ pick stages again
        delete h.focusDetail;
        delete h.blurDetail;
        h.up = () => a.selectStage(-1);
        h.down = () => a.selectStage(1);
      }
      if (p.offset === 0) delete h.pageUp;
      if (p.offset >= p.max) delete h.pageDown;
      const entry = s.trace.slice(0, s.revealed).find((t) => t.stage === STAGES[s.selected]);
      if (entry && entry.cards.length > 0) h.learnMore = () => go({ name: 'card', ids: entry.cards, index: 0 });
    }
    if (s.cursor < s.count - 1) h.nextRequest = () => a.goRequest(1);
    if (s.cursor > 0) h.prevRequest = () => a.goRequest(-1);
    if (s.cursor < s.count - 1) h.runToStop = a.toNextStop;
    h.sendAgain = a.again;
    h.predict = a.togglePredict;
  } else if (s.view === 'settings' || s.view === 'request' || s.view === 'mapping') {
    const rows: MappingRow[] = s.view === 'settings' ? SETTING_ROWS : s.view === 'mapping' ? mappingRows(s.doc, { route: s.routeIdx, cursor: s.cursor }) : REQUEST_ROWS;
    rowsHere(rows.length);
    const row = rows[Math.min(s.rowIdx, rows.length - 1)]!;
    if (row.id === 'route' && s.doc.api.routes.length > 1) {
      h.valueNext = () => a.cycleRoute(1);
      h.valuePrev = () => a.cycleRoute(-1);
    } else if (row.step) {
      h.valueNext = () => a.change(row, { dir: 1 });
      h.valuePrev = () => a.change(row, { dir: -1 });
    }
    if (row.multiline) h.editTemplate = () => a.editTemplate(row);
    else if (row.text) h.edit = () => a.startEdit(row.id, row.text!.initial(s.doc, { route: s.routeIdx, cursor: s.cursor }));
  } else if (s.view === 'load') {
    rowsHere(LOAD_ROWS.length);
    const lr = LOAD_ROWS[Math.min(s.rowIdx, LOAD_ROWS.length - 1)]!;
    if (lr.kind === 'pattern') {
      const p = lr.row;
      h.valueNext = () => a.setPattern({ [p.id]: clampPattern(p, s.pattern[p.id] + p.step) });
      h.valuePrev = () => a.setPattern({ [p.id]: clampPattern(p, s.pattern[p.id] - p.step) });
      h.edit = () => a.startEdit(`pattern:${p.id}`, String(s.pattern[p.id]));
    } else {
      const row = lr.row;
      if (row.step) {
        h.valueNext = () => a.change(row, { dir: 1 });
        h.valuePrev = () => a.change(row, { dir: -1 });
      }
      if (row.text) h.edit = () => a.startEdit(row.id, row.text!.initial(s.doc, { route: s.routeIdx, cursor: s.cursor }));
    }
    h.runLoad = a.runLoad;
  } else {
    rowsHere(s.presets.length);
    const p = s.presets[s.rowIdx];
    if (p) h.loadPreset = () => a.loadPreset(p);
  }
  if (s.view === 'trace' || s.view === 'request') {
    h.clockSecond = () => a.clock('second');
    h.clockMinute = () => a.clock('minute');
    h.clockHour = () => a.clock('hour');
    h.clockQuota = () => a.clock('quota');
  }
  h.nextView = () => a.setView(1);
  h.prevView = () => a.setView(-1);
  h.save = a.save;
  if (!(s.view === 'trace' && focus && h.blurDetail)) h.back = back;
  return useScreenKeys(h);
}

function commit(store: StoreApi<SimState>, text: string): void {
  const a = store.getState();
  const id = a.editing?.row ?? '';
  if (id.startsWith('pattern:')) {
    const row = LOAD_ROWS.find((r) => r.kind === 'pattern' && r.row.id === id.slice(8));
    const n = Number(text);
    if (!row || row.kind !== 'pattern' || text.trim() === '' || !Number.isFinite(n)) return store.setState({ message: { text: `"${text}" is not a number`, error: true } });
    a.setPattern({ [row.row.id]: clampPattern(row.row, n) });
    return a.cancelEdit();
  }
  const st = store.getState();
  const row = [...SETTING_ROWS, ...REQUEST_ROWS, ...mappingRows(st.session.doc, { route: editedRoute(st), cursor: st.session.cursor })].find((r) => r.id === id);
  if (row) a.change(row, { text });
}

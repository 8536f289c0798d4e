/**
 * The trace view's geometry: the stage detail pane takes every row the window has left after the
 * tabs, the response and the footer, and scrolls when its lines do not fit. The screen and its
 * keys share this, so the scroll keys stop exactly at the last line shown.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import { STAGES, type TraceEntry } from '../../../gateway/model.js';
import { stageDetailLines, type DetailLine } from '../../../sim/stageDetail.js';
import type { SimState } from '../../../state/simStore.js';
import { marks, type Mark } from '../../components/sim/Pipeline.js';
import { hintRows } from '../../components/KeyHints.js';
import { useAppContext } from '../../context.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { Handlers } from '../../keys.js';

/** The pipeline column's width. */
export const LEFT = 31;

export interface DetailPane {
  entry: TraceEntry | undefined;
  mark: Mark;
  lines: DetailLine[];
  width: number;
  /** Rows of the whole pane (title, lines, the notes under them). */
  height: number;
  /** Rows for lines. */
  room: number;
  offset: number;
  max: number;
}

/** Rows under the pipeline: the response (status, headers, body, the browser's verdict) or the step count. */
export function bottomRows(s: SimState): number {
  const hidden = s.predict !== null && !s.predict.locked;
  const done = !hidden && s.revealed >= s.result.trace.length;
  return done ? 3 + (s.result.cors ? 1 : 0) : 1;
}

export interface PaneSize {
  columns: number;
  rows: number;
  /** A notice line shows under the title. */
  notice: boolean;
}

/** The pane for the selected stage, given the keys the footer lists (its height depends on them). */
export function paneOf(s: SimState, size: PaneSize, keys: Handlers): DetailPane {
  const hidden = s.predict !== null && !s.predict.locked;
  const mark = marks(s.result.trace, hidden ? 0 : s.revealed, hidden)[STAGES[s.selected]!];
  const entry = s.result.trace.find((t) => t.stage === STAGES[s.selected]);
  const width = size.columns - LEFT - 2;
  const shown = entry !== undefined && mark !== 'pending' && mark !== 'hidden';
  const lines = shown ? linesOf(entry, s.result.trace, width) : [];
  // title 1, a blank line and the tabs 2, the save prompt, the footer, the message, the rows under the pipeline
  const height = Math.max(4, size.rows - 1 - (size.notice ? 1 : 0) - 2 - (s.saving ? 1 : 0) - hintRows(keys, size.columns) - (s.message ? 1 : 0) - bottomRows(s));
  const cards = shown && entry.cards.length > 0 ? 1 : 0;
  const fits = lines.length <= height - 1 - cards;
  const room = Math.max(1, height - 1 - cards - (fits ? 0 : 1));
  const max = Math.max(0, lines.length - room);
  const offset = s.detail.entry === entry ? Math.min(s.detail.offset, max) : 0;
  return { entry, mark, lines, width, height, room, offset, max };
}

// the last few entries' lines, so the keys and the screen do not lay out the same entry twice
const memo = new WeakMap<TraceEntry, { width: number; lines: DetailLine[] }>();
function linesOf(entry: TraceEntry, trace: TraceEntry[], width: number): DetailLine[] {
  const hit = memo.get(entry);
  if (hit && hit.width === width) return hit.lines;
  const lines = stageDetailLines(entry, trace, width);
  memo.set(entry, { width, lines });
  return lines;
}

export function usePaneSize(): PaneSize {
  const { app } = useAppContext();
  const { columns, rows } = useTerminalSize();
  const notice = useStore(app, (s) => s.notices.length > 0);
  return { columns, rows, notice };
}

/** The pane, re-drawn when anything it depends on changes. */
export function useDetailPane(store: StoreApi<SimState>, keys: Handlers): DetailPane {
  const size = usePaneSize();
  useStore(store, useShallow((s) => [s.result, s.revealed, s.selected, s.predict, s.message, s.detail, s.saving !== null]));
  return paneOf(store.getState(), size, keys);
}

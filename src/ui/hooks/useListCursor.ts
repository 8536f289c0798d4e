/** The highlighted row of a list and the keys that move it (one line, a page, the ends). */
import { useState } from 'react';
import { clampIndex } from '../components/SelectList.js';
import { useAppContext } from '../context.js';
import type { Handlers } from '../keys.js';

/** Where each remembered list was left, per app (coming back with esc finds the same row). */
const remembered = new WeakMap<object, Map<string, number>>();

/** `remember` names the list (e.g. `topic:Caching`) so its row survives leaving the screen and coming back. */
export function useListCursor(count: number, page: number, initial = 0, remember?: string): { index: number; keys: Handlers; set: (i: number) => void } {
  const { app } = useAppContext();
  const memory = remembered.get(app) ?? remembered.set(app, new Map()).get(app)!;
  const [raw, setRaw] = useState(() => (remember !== undefined ? (memory.get(remember) ?? initial) : initial));
  const index = clampIndex(raw, count);
  // from the current row, not this render's: several keys in one chunk each move it
  const move = (d: number) =>
    setRaw((prev) => {
      const next = clampIndex(clampIndex(prev, count) + d, count);
      if (remember !== undefined) memory.set(remember, next);
      return next;
    });
  const keys: Handlers = { up: () => move(-1), down: () => move(1) };
  if (count > page) Object.assign(keys, { pageUp: () => move(-page), pageDown: () => move(page) });
  const set = (i: number) => {
    const next = clampIndex(i, count);
    if (remember !== undefined) memory.set(remember, next);
    setRaw(next);
  };
  return { index, keys, set };
}

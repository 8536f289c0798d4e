/** The highlighted row of a list and the keys that move it (one line, a page, the ends). */
import { useState } from 'react';
import { clampIndex } from '../components/SelectList.js';
import type { Handlers } from '../keys.js';

export function useListCursor(count: number, page: number, initial = 0): { index: number; keys: Handlers } {
  const [raw, setIndex] = useState(initial);
  const index = clampIndex(raw, count);
  const move = (d: number) => setIndex(clampIndex(index + d, count));
  const keys: Handlers = { up: () => move(-1), down: () => move(1) };
  if (count > page) Object.assign(keys, { pageUp: () => move(-page), pageDown: () => move(page) });
  return { index, keys };
}

/** A text field held by one component: the text lives in a small store read when a key arrives
 * (so a burst of keys edits the latest text, as input/textField.ts asks), and a re-render follows
 * each change. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TextField } from '../input/textField.js';

export function useTextField(initial: string): { text: string; field: TextField } {
  const [store] = useState(() => createStore<{ text: string }>()(() => ({ text: initial })));
  const text = useStore(store, (s) => s.text);
  const [field] = useState<TextField>(() => ({ read: () => store.getState().text, write: (t) => store.setState({ text: t }) }));
  return { text, field };
}

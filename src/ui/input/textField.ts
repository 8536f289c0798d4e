/**
 * The one text-field editor: every field (search, a simulator value, a load duration) edits
 * its text through here, so backspace, Ctrl-U, Ctrl-W and a paste behave the same everywhere.
 * The cursor is always at the end of the text. Ctrl-U and Ctrl-W are commands in keys.ts (so the
 * footer lists them): useScreenKeys gives every field `clearField` and `deleteWord`.
 */
import type { Key } from 'ink';
import { sanitize } from '../../content/sanitize.js';

/** Drops the last word and the spaces after it (Ctrl-W, Alt-Backspace). */
export function deleteWord(text: string): string {
  return text.replace(/\s+$/u, '').replace(/\S+$/u, '');
}

/** The text after one keypress, or undefined when the key is not an edit (a command, an arrow). */
export function editText(text: string, input: string, key: Key): string | undefined {
  if (key.backspace && key.meta) return deleteWord(text);
  if (key.backspace || key.delete) return [...text].slice(0, -1).join('');
  if (key.ctrl || key.meta || key.tab || key.escape || key.return) return undefined;
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) return undefined;
  const typed = sanitize(input);
  return typed === '' || typed.includes('\n') ? undefined : text + typed;
}

/** The text after a paste: line breaks become spaces (a paste never submits), controls are dropped. */
export function pasteText(text: string, pasted: string): string {
  return text + sanitize(pasted.replace(/\r\n|[\r\n\t]/g, ' '));
}

/** A field whose text lives in a store: read when a key arrives, so a burst edits the latest text. */
export interface TextField {
  read: () => string;
  write: (text: string) => void;
}

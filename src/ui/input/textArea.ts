/**
 * The built-in multi-line editor's text and caret, as plain functions (the simulator opens it for
 * a template when neither $VISUAL nor $EDITOR is set). Typing, backspace, Ctrl-U and Ctrl-W go
 * through the one text-field editor (textField.ts) on the text before the caret; these add what
 * a single line lacks: moving between lines, a new line, joining lines, a paste with line breaks.
 */
import { sanitize } from '../../content/sanitize.js';

export interface Area {
  lines: string[];
  line: number;
  /** Caret column in code points. */
  col: number;
}

const cps = (s: string) => [...s];

export function areaOf(text: string): Area {
  return { lines: text.split('\n'), line: 0, col: 0 };
}

export const areaText = (a: Area): string => a.lines.join('\n');

/** The current line up to the caret: what the text-field editor edits. */
export function beforeCaret(a: Area): string {
  return cps(a.lines[a.line]!).slice(0, a.col).join('');
}

/** Replaces the text before the caret (the text-field editor's result); the caret follows it. */
export function replaceBeforeCaret(a: Area, text: string): Area {
  const rest = cps(a.lines[a.line]!).slice(a.col).join('');
  const lines = a.lines.slice();
  lines[a.line] = text + rest;
  return { lines, line: a.line, col: cps(text).length };
}

export function moveCaret(a: Area, dir: 'up' | 'down' | 'left' | 'right'): Area {
  const len = (i: number) => cps(a.lines[i]!).length;
  if (dir === 'left') return a.col > 0 ? { ...a, col: a.col - 1 } : a.line > 0 ? { ...a, line: a.line - 1, col: len(a.line - 1) } : a;
  if (dir === 'right') return a.col < len(a.line) ? { ...a, col: a.col + 1 } : a.line < a.lines.length - 1 ? { ...a, line: a.line + 1, col: 0 } : a;
  const line = dir === 'up' ? a.line - 1 : a.line + 1;
  if (line < 0 || line >= a.lines.length) return a;
  return { ...a, line, col: Math.min(a.col, len(line)) };
}

/** Enter: the line splits at the caret. */
export function newline(a: Area): Area {
  return insertText(a, '\n');
}

/** Backspace at the start of a line: it joins the line above. */
export function joinWithPrevious(a: Area): Area {
  if (a.col > 0 || a.line === 0) return a;
  const lines = a.lines.slice();
  const col = cps(lines[a.line - 1]!).length;
  lines.splice(a.line - 1, 2, lines[a.line - 1]! + lines[a.line]!);
  return { lines, line: a.line - 1, col };
}

/** Inserts text at the caret (a paste keeps its line breaks; controls are dropped). */
export function insertText(a: Area, text: string): Area {
  const clean = sanitize(text.replace(/\r\n?/g, '\n'));
  const chars = cps(a.lines[a.line]!);
  const joined = chars.slice(0, a.col).join('') + clean + chars.slice(a.col).join('');
  const parts = joined.split('\n');
  const lines = [...a.lines.slice(0, a.line), ...parts, ...a.lines.slice(a.line + 1)];
  const inserted = clean.split('\n');
  const line = a.line + inserted.length - 1;
  const col = inserted.length === 1 ? a.col + cps(clean).length : cps(inserted[inserted.length - 1]!).length;
  return { lines, line, col };
}

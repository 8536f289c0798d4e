/** JSON.parse with errors a person can act on: the line and column of the first bad character.
 * Node's messages vary by version, some give no position, and some quote the text (which may hold
 * escape sequences), so the position is found by a small scanner of our own, run only when
 * JSON.parse has failed. It keeps its own stack: deep nesting cannot overflow the call stack. */

export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Offset of the first character that makes `text` invalid JSON (text.length: it ends too early);
 * -1 when it is valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: ('o' | 'a')[] = [];
  let i = 0;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Scans a string at i (on its opening quote); false at a bad character (i points at it). */
  const string = (): boolean => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[++i];
        if (e === 'u') {
          HEX4.lastIndex = i + 1;
          if (!HEX4.test(text)) return (i++, false);
          i += 4;
        } else if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
      }
    }
    return false;
  };
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    ws();
    if (state === 'key') {
      if (text[i] !== '"' || !string()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) i++, (state = 'after');
        else stack.push(c === '{' ? 'o' : 'a'), (state = c === '{' ? 'key' : 'value');
      } else if (c === '"') {
        if (!string()) return i;
        state = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => w[0] === c);
        if (word) {
          for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return i;
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return i;
          i = NUMBER.lastIndex;
        }
        state = 'after';
      }
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ',') i++, (state = top === 'o' ? 'key' : 'value');
      else if (text[i] === (top === 'o' ? '}' : ']')) i++, stack.pop();
      else return i;
    }
  }
}

/** 1-based line and column of `offset` in `text` (columns count UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export function parseJsonText(input: string): JsonResult {
  const text = input.replace(/^\uFEFF/, ''); // a byte-order mark some editors write
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    /* located below */
  }
  const at = Math.max(0, jsonErrorOffset(text));
  const { line, column } = lineColumn(text, at);
  const c = text[at];
  const code = `U+${(c?.charCodeAt(0) ?? 0).toString(16).padStart(4, '0').toUpperCase()}`;
  // Controls, format characters (bidi overrides, a byte-order mark) are named, never printed.
  const what = c === undefined ? 'the text ends too early' : /\p{C}/u.test(c) ? `unexpected character ${code}` : `unexpected ${JSON.stringify(c)}`;
  return { ok: false, line, column, message: `not valid JSON at line ${line}, column ${column}: ${what}` };
}

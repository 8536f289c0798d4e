/**
 * Deck text is untrusted: it may carry terminal escape sequences (colour, cursor
 * moves, OSC 8 links, window-title changes, clipboard writes) or control characters
 * that would corrupt the screen. Everything from a deck passes through here before
 * it can be displayed.
 */

// ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \),
// DCS/SOS/PM/APC (ESC P|X|^|_ ... ESC \), and two-byte escapes (ESC + one char).
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[ -/]*[0-~]/g;
// 8-bit C1 CSI/OSC forms (U+009B, U+009D) followed by their parameters.
// eslint-disable-next-line no-control-regex
const C1_SEQUENCES = /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
// Remaining C0 controls except tab and newline, DEL, C1 controls, and the bidi
// overrides/isolates that can make text display in a different order than it reads.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control characters; keeps newlines; tabs become two spaces. */
export function sanitize(text: string): string {
  if (!needsSanitizing(text)) return text;
  return text.replace(ESCAPES, '').replace(C1_SEQUENCES, '').replace(CONTROLS, '').replace(/\t/g, '  ');
}

// Fast path: most deck text is plain; test once before running four replaces.
// eslint-disable-next-line no-control-regex
const ANY_SUSPECT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
function needsSanitizing(text: string): boolean {
  return ANY_SUSPECT.test(text);
}

/** Every string (and object key) in parsed JSON, sanitized: a scenario file opened in the app
 * shows its names and values in many places, so it is cleaned once, as it is read. */
export function sanitizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return sanitize(value);
  if (Array.isArray(value)) return value.map(sanitizeDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, sanitize(k), { value: sanitizeDeep(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

// What JSON.stringify leaves raw but a terminal acts on: DEL, C1 controls (U+009B is CSI, U+009D
// OSC), bidi overrides and isolates; and the line/paragraph separators.
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON for a terminal: JSON.stringify (which escapes C0 controls, ESC included) with the rest of
 * what a terminal would act on written as \uXXXX escapes. The text means the same to a parser. */
export function jsonForTerminal(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when the text looks like binary data rather than a text deck. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.1;
}

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

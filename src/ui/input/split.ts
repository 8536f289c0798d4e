/**
 * Splits what the terminal sends into keypresses, in order. A chunk from stdin may hold
 * many keys ("jjj", three arrows, a burst of backspaces) and a key may be cut across two
 * chunks; escape sequences are kept whole (CSI such as arrows and function keys, SS3,
 * Alt+key as ESC+key) and a bracketed paste (ESC[200~ ... ESC[201~) is one keypress of
 * kind 'paste' however many chunks it spans. Plain TS, no React: the UI layer feeds it.
 */

export type Keypress = { kind: 'key'; sequence: string } | { kind: 'paste'; text: string };

export interface Splitter {
  /** The keypresses completed by this chunk; an unfinished sequence waits for the next one. */
  push(chunk: string): Keypress[];
  /** True when a lone ESC, an unfinished sequence or pasted text is waiting: flush it if nothing follows soon. */
  pending(): boolean;
  /** Gives up waiting: the pending bytes become keypresses as they are (a lone ESC is Escape);
   * text of an unterminated paste is handed over and later bytes still count as pasted. */
  flush(): Keypress[];
}

const ESC = '\u001b';
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;

type Scan = { length: number } | 'incomplete' | undefined;

/** The length of the CSI sequence starting at `at` (ESC [ params intermediates final). */
function csi(s: string, at: number): Scan {
  let i = at + 2;
  // legacy function keys ESC [ [ A (linux console)
  if (s[i] === '[') i++;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x3f) continue;
    if (c >= 0x40 && c <= 0x7e) return { length: i + 1 - at };
    return undefined;
  }
  return 'incomplete';
}

/** One keypress at `at` that starts with ESC: a sequence, ESC+key (Alt), or ESC alone at the end. */
function escape(s: string, at: number): Scan {
  const next = s[at + 1];
  if (next === undefined) return 'incomplete';
  if (next === '[') return csi(s, at);
  if (next === 'O') return at + 2 < s.length ? { length: 3 } : 'incomplete';
  if (next === ESC) {
    // Alt + a sequence (ESC ESC [ A), or two Escapes
    const inner = s[at + 2] === undefined ? 'incomplete' : s[at + 2] === '[' || s[at + 2] === 'O' ? escape(s, at + 1) : undefined;
    if (inner === 'incomplete') return 'incomplete';
    return inner ? { length: inner.length + 1 } : { length: 1 };
  }
  return { length: 1 + charLength(s, at + 1) };
}

/** 2 for a surrogate pair (an emoji is one key), else 1. */
function charLength(s: string, at: number): number {
  return isHighSurrogate(s.charCodeAt(at)) && at + 1 < s.length ? 2 : 1;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export function createSplitter(): Splitter {
  let rest = '';
  let paste: string | undefined;

  const take = (final: boolean): Keypress[] => {
    const out: Keypress[] = [];
    let i = 0;
    while (i < rest.length) {
      if (paste !== undefined) {
        const end = rest.indexOf(PASTE_END, i);
        if (end === -1) {
          // keep a possible start of the end marker for the next chunk
          const keep = final ? 0 : partialSuffix(rest, PASTE_END);
          paste += rest.slice(i, rest.length - keep);
          i = rest.length - keep;
          // waiting too long: hand over what came so far as text, and stay in the paste
          if (final && paste !== '') {
            out.push({ kind: 'paste', text: paste });
            paste = '';
          }
          break;
        }
        out.push({ kind: 'paste', text: paste + rest.slice(i, end) });
        paste = undefined;
        i = end + PASTE_END.length;
        continue;
      }
      if (rest[i] !== ESC) {
        // half of a surrogate pair waits for its other half
        if (!final && i === rest.length - 1 && isHighSurrogate(rest.charCodeAt(i))) break;
        const n = charLength(rest, i);
        out.push({ kind: 'key', sequence: rest.slice(i, i + n) });
        i += n;
        continue;
      }
      const scan = escape(rest, i);
      if (scan === 'incomplete' && !final) break;
      const length = scan === 'incomplete' || scan === undefined ? 1 : scan.length;
      const sequence = rest.slice(i, i + length);
      i += length;
      if (sequence === PASTE_START) paste = '';
      else if (sequence !== PASTE_END) out.push({ kind: 'key', sequence });
    }
    rest = rest.slice(i);
    return out;
  };

  return {
    push: (chunk) => {
      rest += chunk;
      return take(false);
    },
    pending: () => rest.length > 0 || Boolean(paste),
    flush: () => take(true),
  };
}

/** How many characters at the end of `s` could begin `marker`. */
function partialSuffix(s: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, s.length); n > 0; n--) if (s.endsWith(marker.slice(0, n))) return n;
  return 0;
}

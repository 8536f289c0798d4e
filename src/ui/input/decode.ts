/**
 * One keypress's bytes -> the (input, key) pair the bindings in keys.ts match on, with the
 * same meaning as Ink's useInput gives them (so a binding written for Ink keeps working).
 * Backspace is \x7f or \b whether it comes alone or in a burst; Delete is ESC[3~.
 */
import type { Key } from 'ink';

export const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

type Named = 'upArrow' | 'downArrow' | 'rightArrow' | 'leftArrow' | 'home' | 'end' | 'pageUp' | 'pageDown' | 'delete';

// the final byte of ESC [ ... X / ESC O X, or the number of ESC [ n ~
const FINAL: Record<string, Named> = { A: 'upArrow', B: 'downArrow', C: 'rightArrow', D: 'leftArrow', H: 'home', F: 'end' };
const TILDE: Record<string, Named> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '5': 'pageUp', '6': 'pageDown', '3': 'delete' };

export interface Decoded {
  input: string;
  key: Key;
}

/** xterm's modifier parameter (ESC[1;5A is Ctrl+Up): 1 + shift(1) + alt(2) + ctrl(4). */
function modifiers(param: string | undefined): Partial<Key> {
  const m = Number(param ?? '1') - 1;
  if (!Number.isInteger(m) || m <= 0) return {};
  return { shift: (m & 1) !== 0, meta: (m & 2) !== 0, ctrl: (m & 4) !== 0 };
}

function sequenceKey(seq: string): Decoded {
  const body = seq.replace(/^\u001b(\[|O)\[?/, '');
  const final = body.at(-1) ?? '';
  const params = body.slice(0, -1).split(';');
  if (final === 'Z') return { input: '', key: { ...NO_KEY, tab: true, shift: true } };
  const name = final === '~' ? TILDE[params[0] ?? ''] : FINAL[final];
  // F-keys and anything unknown: a key no binding matches, never text
  if (!name) return { input: '', key: { ...NO_KEY } };
  return { input: '', key: { ...NO_KEY, ...modifiers(final === '~' ? params[1] : params[1] ?? params[0]), [name]: true } };
}

export function decode(seq: string): Decoded {
  if (seq === '\r') return { input: '\r', key: { ...NO_KEY, return: true } };
  if (seq === '\n') return { input: '\n', key: { ...NO_KEY } };
  if (seq === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
  if (seq === '\u007f' || seq === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
  if (seq === '\u001b' || seq === '\u001b\u001b') return { input: '', key: { ...NO_KEY, escape: true, meta: true } };
  if (seq.startsWith('\u001b[') || seq.startsWith('\u001bO')) return sequenceKey(seq);
  if (seq.startsWith('\u001b\u001b')) {
    const inner = sequenceKey(seq.slice(1));
    return { input: inner.input, key: { ...inner.key, meta: true } };
  }
  if (seq.startsWith('\u001b')) {
    // Alt + key
    const rest = decode(seq.slice(1));
    if (rest.key.backspace) return { input: '', key: { ...rest.key, meta: true } };
    return { input: rest.input, key: { ...rest.key, meta: true } };
  }
  const code = seq.charCodeAt(0);
  if (seq.length === 1 && code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
  if (seq.length === 1 && code < 32) return { input: '', key: { ...NO_KEY, ctrl: true } };
  return { input: seq, key: { ...NO_KEY, shift: /^[A-Z]$/.test(seq) } };
}

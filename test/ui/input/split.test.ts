import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSplitter, type Keypress } from '../../../src/ui/input/split.js';
import { decode } from '../../../src/ui/input/decode.js';

const all = (chunks: string[]): Keypress[] => {
  const s = createSplitter();
  return [...chunks.flatMap((c) => s.push(c)), ...s.flush()];
};
const seqs = (chunks: string[]) => all(chunks).map((k) => (k.kind === 'key' ? k.sequence : `paste:${k.text}`));

describe('splitting terminal input into keypresses', () => {
  it('splits letters, backspaces and arrows that arrive in one chunk', () => {
    expect(seqs(['jj\u007f\u007f\u001b[A\u001b[B\u001b[5~x'])).toEqual(['j', 'j', '\u007f', '\u007f', '\u001b[A', '\u001b[B', '\u001b[5~', 'x']);
  });
  it('keeps Alt combinations, modified arrows, SS3 keys and emoji whole', () => {
    expect(seqs(['\u001bx\u001b[1;5C\u001bOP\u001b\u001b[A😀'])).toEqual(['\u001bx', '\u001b[1;5C', '\u001bOP', '\u001b\u001b[A', '😀']);
  });
  it('joins a sequence cut across chunks, and a lone ESC is Escape once flushed', () => {
    const s = createSplitter();
    expect(s.push('j\u001b[')).toEqual([{ kind: 'key', sequence: 'j' }]);
    expect(s.push('B')).toEqual([{ kind: 'key', sequence: '\u001b[B' }]);
    expect(s.push('\u001b')).toEqual([]);
    expect(s.pending()).toBe(true);
    expect(s.flush()).toEqual([{ kind: 'key', sequence: '\u001b' }]);
  });
  it('makes a bracketed paste one keypress, newlines and escapes included, across chunks', () => {
    expect(seqs(['j\u001b[200~ab\nq', '\u001b[A\u001b[20', '1~k'])).toEqual(['j', 'paste:ab\nq\u001b[A', 'k']);
  });
  it('decodes backspace the same alone or in a burst, and Ctrl letters as ctrl', () => {
    expect(all(['\u007f\u007f']).map((k) => k.kind === 'key' && decode(k.sequence).key.backspace)).toEqual([true, true]);
    expect(decode('\u0017')).toMatchObject({ input: 'w', key: { ctrl: true } });
    expect(decode('\u001b[1;2A').key).toMatchObject({ upArrow: true, shift: true });
    expect(decode('\u001b[3~').key.delete).toBe(true);
    expect(decode('\u001b[Z').key).toMatchObject({ tab: true, shift: true });
  });

  // Any sequence of keys, cut into chunks anywhere, gives the same keypresses as in one piece.
  const token = fc.constantFrom('j', 'k', 'G', ' ', '\r', '\t', '\u007f', '\u0015', '\u0017', '\u001b[A', '\u001b[B', '\u001b[6~', '\u001b[1;5D', '\u001bOH', '\u001bx', '\u001b\u001b[C', 'é', '😀', '\u001b[200~pa\nste\u001b[201~');
  it('gives the same keypresses however the input is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 10 }), (tokens, cuts) => {
        const text = tokens.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, xs) => text.slice(p, xs[i + 1] ?? text.length));
        expect(seqs(chunks)).toEqual(seqs([text]));
        expect(seqs([text]).length).toBe(tokens.length);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/ui/input/decode.js';
import { deleteWord, editText, pasteText } from '../../../src/ui/input/textField.js';

const type = (text: string, ...seqs: string[]) => seqs.reduce((t, s) => editText(t, decode(s).input, decode(s).key) ?? t, text);

describe('the text field editor', () => {
  it('backspace and delete each remove one character, an emoji whole', () => {
    expect(type('abc😀', '\u007f', '\u007f', '\u001b[3~')).toBe('a');
  });
  it('deleting a word takes the last word with its trailing spaces (Ctrl-W, Alt-Backspace)', () => {
    expect(deleteWord('usage plan  ')).toBe('usage ');
    expect(deleteWord('plan')).toBe('');
    expect(type('usage plan', '\u001b\u007f')).toBe('usage ');
  });
  it('types printable keys and ignores arrows, tab, enter and other Ctrl keys', () => {
    expect(type('', 'q', '?', '\u001b[A', '\t', '\r', '\u0001', 'é')).toBe('q?é');
  });
  it('a paste becomes one line of text without control characters', () => {
    expect(pasteText('x ', 'a\r\nb\nc\u001b[31m!')).toBe('x a b c!');
  });
});

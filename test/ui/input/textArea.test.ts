import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOf, areaText, beforeCaret, insertText, joinWithPrevious, moveCaret, newline, replaceBeforeCaret } from '../../../src/ui/input/textArea.js';

describe('the built-in editor text', () => {
  it('moves, splits and joins lines', () => {
    let a = areaOf('ab\ncdé');
    a = moveCaret(moveCaret(a, 'down'), 'right');
    expect([a.line, a.col, beforeCaret(a)]).toEqual([1, 1, 'c']);
    a = newline(a);
    expect([areaText(a), a.line, a.col]).toEqual(['ab\nc\ndé', 2, 0]);
    a = joinWithPrevious(a);
    expect([areaText(a), a.line, a.col]).toEqual(['ab\ncdé', 1, 1]);
    // up keeps the column within the shorter line; left at a line start goes to the end of the one above
    a = moveCaret(moveCaret(moveCaret(a, 'right'), 'right'), 'up');
    expect([a.line, a.col]).toEqual([0, 2]);
    expect(moveCaret({ ...a, line: 1, col: 0 }, 'left')).toMatchObject({ line: 0, col: 2 });
  });

  it('the text-field editor works on the text before the caret', () => {
    const a = { ...areaOf('hello world'), col: 5 };
    const b = replaceBeforeCaret(a, 'hey');
    expect([areaText(b), b.col]).toEqual(['hey world', 3]);
  });

  it('a paste with line breaks and controls', () => {
    const a = insertText({ ...areaOf('[]'), col: 1 }, 'a\r\nb\u001b[31m\nc');
    expect([areaText(a), a.line, a.col]).toEqual(['[a\nb\nc]', 2, 1]);
  });

  it('property: inserting then joining back leaves the text as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '{') }), { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (lines, l, c) => {
        const line = l % lines.length;
        const a = { lines, line, col: c % ([...lines[line]!].length + 1) };
        const split = newline(a);
        expect(areaText(joinWithPrevious(split))).toBe(areaText(a));
      }),
    );
  });
});

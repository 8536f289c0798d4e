/** Front-matter lines at the edges of what the reader accepts: key shapes, spacing, quotes. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/content/frontMatter.js';

const read = (...body: string[]) => readFrontMatter(['---', ...body, '---', '## 1. Q'], 'fm.md');
const cannotRead = (line: number, text: string) => ({ file: 'fm.md', line, message: `front matter: cannot read "${text}" (expected "key: value")` });

describe('front-matter keys and values', () => {
  it('takes spaces around the colon, underscores and dashes in keys, and a colon inside the value', () => {
    expect(read('title   :   Spaced out  ', '_private: x', 'a-b_c9: y', 'url: https://x.example:8443/p')).toEqual({
      values: { title: 'Spaced out', _private: 'x', 'a-b_c9': 'y', url: 'https://x.example:8443/p' },
      lines: { title: 2, _private: 3, 'a-b_c9': 4, url: 5 },
      end: 6,
      errors: [],
    });
  });

  it('does not read an indented key, a key with a space or a dot, or a line without a colon', () => {
    const fm = read('  title: x', 'two words: y', 'a.b: z', 'no colon here', '-dash: w');
    expect(fm.values).toEqual({});
    expect(fm.errors).toEqual([cannotRead(2, 'title: x'), cannotRead(3, 'two words: y'), cannotRead(4, 'a.b: z'), cannotRead(5, 'no colon here'), cannotRead(6, '-dash: w')]);
  });

  it('unquotes a whole quoted value only, trimmed first, and each bracketed or dash item', () => {
    expect(read(`a: "x" and "y"`, `b: say "x"`, `c: "x" y`, `d:   'q'   `, `e: ""`, `f: ["a", 'b',  c ]`, 'g:', `  - "quoted item"`, `  -   plain  `).values).toEqual({
      a: 'x" and "y',
      b: 'say "x"',
      c: '"x" y',
      d: 'q',
      e: '',
      f: ['a', 'b', 'c'],
      g: ['quoted item', 'plain'],
    });
  });

  it('a dash item right after a key with a value is not a list item', () => {
    const fm = read('title: T', '- stray');
    expect(fm.values).toEqual({ title: 'T' });
    expect(fm.errors).toEqual([cannotRead(3, '- stray')]);
  });

  it('a dash with nothing after it is not an item', () => {
    const fm = read('tags:', '-', '- one');
    expect(fm.values).toEqual({ tags: ['one'] });
    expect(fm.errors).toEqual([cannotRead(3, '-')]);
  });
});

/** The front-matter reader on its own: every form of value it accepts, and where it stops. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/content/frontMatter.js';

const read = (text: string) => readFrontMatter(text.split('\n'), 'deck.md');

describe('readFrontMatter', () => {
  it('reads plain, quoted, bracketed and dash-list values, with the line of each key', () => {
    const fm = read(['---', 'title: "Caching"', "topic: 'Stage cache'", 'tags: [a, "b c", , d]', '# a comment', '', 'sources:', '  - https://x', '- "https://y"', 'level:  hard  ', 'x_y-z: 1', '---', '## 1. Q'].join('\n'));
    expect(fm.values).toEqual({ title: 'Caching', topic: 'Stage cache', tags: ['a', 'b c', 'd'], sources: ['https://x', 'https://y'], level: 'hard', 'x_y-z': '1' });
    expect(fm.lines).toEqual({ title: 2, topic: 3, tags: 4, sources: 7, level: 10, 'x_y-z': 11 });
    expect(fm.end).toBe(12);
    expect(fm.errors).toEqual([]);
  });

  it('no front matter: nothing read, the deck starts at line 1', () => {
    expect(read('## 1. Q\n---\ntitle: x\n---')).toEqual({ values: {}, lines: {}, end: 0, errors: [] });
    expect(read('')).toEqual({ values: {}, lines: {}, end: 0, errors: [] });
  });

  it('closes on "---" or "...", even indented, but not on the opening line itself', () => {
    expect(read('---\ntitle: a\n...\n## 1. Q')).toMatchObject({ values: { title: 'a' }, end: 3, errors: [] });
    expect(read('  ---  \ntitle: a\n  ---\n')).toMatchObject({ values: { title: 'a' }, end: 3 });
    expect(read('---\n---\n')).toMatchObject({ values: {}, end: 2, errors: [] });
  });

  it('a dash item with no list open is an error at its line; a key ends the list before it', () => {
    const fm = read('---\ntitle: a\n- stray\ntags:\n- one\ntopic: t\n- two\n---');
    expect(fm.values).toEqual({ title: 'a', tags: ['one'], topic: 't' });
    expect(fm.errors).toEqual([
      { file: 'deck.md', line: 3, message: 'front matter: cannot read "- stray" (expected "key: value")' },
      { file: 'deck.md', line: 7, message: 'front matter: cannot read "- two" (expected "key: value")' },
    ]);
  });

  it('a list opened with "[" and not closed on its line is an error naming the key', () => {
    const fm = read('---\ntags: [a, b\ntitle: ok\n---');
    expect(fm.values).toEqual({ title: 'ok' });
    expect(fm.errors).toEqual([{ file: 'deck.md', line: 2, message: 'front matter "tags": the list starts with "[" but has no closing "]" on this line' }]);
  });

  it('a line that is not "key: value" is quoted, cut to 60 characters', () => {
    const long = `1bad ${'x'.repeat(80)}`;
    expect(read(`---\n${long}\n---`).errors).toEqual([{ file: 'deck.md', line: 2, message: `front matter: cannot read "${long.slice(0, 60)}" (expected "key: value")` }]);
  });

  it('mismatched quotes stay as written', () => {
    expect(read(`---\ntitle: "half'\n---`).values).toEqual({ title: `"half'` });
  });
});

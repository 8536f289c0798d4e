import { describe, expect, it } from 'vitest';
import { inline, markWords, renderMarkdown } from '../../src/ui/markdown.js';

const text = (lines: ReturnType<typeof renderMarkdown>) => lines.map((l) => l.map((s) => s.text).join(''));

describe('deck Markdown in the terminal', () => {
  it('styles bold, italic, inline code and links without leaving the markers', () => {
    expect(inline('a **bold** b *who* c _why_ d `x-api-key` e [docs](https://x.y/z)')).toEqual([
      { text: 'a ' },
      { text: 'bold', bold: true },
      { text: ' b ' },
      { text: 'who', italic: true },
      { text: ' c ' },
      { text: 'why', italic: true },
      { text: ' d ' },
      { text: 'x-api-key', code: true },
      { text: ' e ' },
      { text: 'docs (https://x.y/z)' },
    ]);
  });

  it('leaves snake_case names, arithmetic and lone asterisks alone', () => {
    for (const s of ['use usage_identifier_key here', '2 * 3 * 4', 'a*b', 'a * b*']) expect(inline(s)).toEqual([{ text: s }]);
  });

  it('wraps paragraphs, indents list items under their text, keeps code blocks as written', () => {
    const md = 'First paragraph that is long enough to wrap at twenty.\n\n- one item that wraps too\n- two\n\n```\nGET /pets  HTTP/1\nGET /pets  HTTP/1.1 long\n```';
    expect(text(renderMarkdown(md, 20))).toEqual([
      'First paragraph that',
      'is long enough to',
      'wrap at twenty.',
      '',
      '• one item that',
      '  wraps too',
      '• two',
      '',
      '  GET /pets  HTTP/1',
      '  GET /pets  HTTP/1…',
    ]);
  });

  it('marks matched words and keeps the rest in as few spans as before', () => {
    expect(markWords([{ text: 'Throttling limits apply' }], (w) => w.toLowerCase().startsWith('throttl'))).toEqual([
      { text: 'Throttling', mark: true },
      { text: ' limits apply' },
    ]);
  });
});

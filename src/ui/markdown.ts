/**
 * Deck Markdown to terminal lines: paragraphs wrapped to the width, lists with hanging
 * indents, **bold**, `inline code`, fenced code blocks kept as written, headings,
 * links as "text (url)". Pure: the card view renders the lines it returns.
 */
export interface Span { text: string; bold?: boolean; italic?: boolean; code?: boolean; mark?: boolean }
export type Line = Span[];

const sameStyle = (a: Span, b: Span): boolean => a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.mark === b.mark;

/** Appends a span, merged into the last one when their styles match (fewer spans, cheaper frames). */
function pushSpan(line: Span[], span: Span): void {
  const prev = line[line.length - 1];
  if (prev && sameStyle(prev, span)) prev.text += span.text;
  else line.push({ ...span });
}

/** Splits inline Markdown into styled spans. */
export function inline(text: string): Span[] {
  const spans: Span[] = [];
  const re = /(\*\*|__)(.+?)\1|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(?<![\w*])([*_])(?![\s*_])(.+?)(?<![\s*_])\6(?![\w*])/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) spans.push({ text: text.slice(last, m.index) });
    if (m[2] !== undefined) spans.push({ text: m[2], bold: true });
    else if (m[3] !== undefined) spans.push({ text: m[3], code: true });
    else if (m[4] !== undefined) spans.push({ text: `${m[4]} (${m[5]})` });
    else spans.push({ text: m[7]!, italic: true });
    last = re.lastIndex;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}

/** Wraps spans to width; continuation lines start with `indent` spaces. */
export function wrap(spans: Span[], width: number, firstPrefix = '', indent = 0): Line[] {
  const lines: Line[] = [];
  let line: Line = firstPrefix ? [{ text: firstPrefix }] : [];
  let used = firstPrefix.length;
  /** No word on this line yet (only its prefix or indent): spaces are dropped here. */
  let empty = true;
  const max = Math.max(10, width);
  const push = (span: Span) => pushSpan(line, span);
  const newLine = () => {
    lines.push(line);
    line = indent ? [{ text: ' '.repeat(indent) }] : [];
    used = indent;
    empty = true;
  };
  for (const span of spans) {
    for (const token of span.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        if (!empty && used < max) {
          push({ ...span, text: ' ' });
          used += 1;
        }
        continue;
      }
      let word = token;
      while (used + word.length > max) {
        if (!empty) {
          trimEnd(line);
          newLine();
          continue;
        }
        // a word longer than a whole line is cut
        push({ ...span, text: word.slice(0, max - used) });
        word = word.slice(max - used);
        newLine();
      }
      if (word) {
        push({ ...span, text: word });
        used += word.length;
        empty = false;
      }
    }
  }
  trimEnd(line);
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function trimEnd(line: Line): void {
  const last = line[line.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
}

/** Renders a Markdown block to lines at most `width` wide. */
export function renderMarkdown(md: string, width: number): Line[] {
  const out: Line[] = [];
  const src = md.split('\n');
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(...wrap(inline(para.join(' ')), width));
    para = [];
  };
  for (let i = 0; i < src.length; i++) {
    const raw = src[i]!;
    const fence = /^\s*(```|~~~)/.exec(raw);
    if (fence) {
      flush();
      for (i++; i < src.length && !src[i]!.trimStart().startsWith(fence[1]!); i++) {
        const code = `  ${src[i]!}`;
        // code keeps its layout: a line too long for the width is cut, and says so
        out.push([{ text: code.length > width ? `${code.slice(0, width - 1)}…` : code, code: true }]);
      }
      continue;
    }
    const list = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const heading = /^#{1,6}\s+(.*)$/.exec(raw);
    if (raw.trim() === '') {
      flush();
      if (out.length && out[out.length - 1]!.length) out.push([]);
    } else if (heading) {
      flush();
      out.push(...wrap([{ text: heading[1]!, bold: true }], width));
    } else if (list) {
      flush();
      const depth = Math.min(3, Math.floor(list[1]!.length / 2));
      const bullet = /\d/.test(list[2]!) ? `${list[2]} ` : '• ';
      const prefix = `${'  '.repeat(depth)}${bullet}`;
      let body = list[3]!;
      while (i + 1 < src.length && /^\s{2,}\S/.test(src[i + 1]!) && !/^\s*([-*+]|\d+[.)])\s/.test(src[i + 1]!)) body += ` ${src[++i]!.trim()}`;
      out.push(...wrap(inline(body), width, prefix, prefix.length));
    } else {
      para.push(raw.trim());
    }
  }
  flush();
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Marks the words `isMatch` accepts (search highlighting); unmarked text stays in as few spans as before. */
export function markWords(spans: Span[], isMatch: (word: string) => boolean): Span[] {
  const out: Span[] = [];
  const push = (span: Span) => pushSpan(out, span);
  for (const span of spans) {
    for (const part of span.text.split(/([A-Za-z0-9]+)/)) {
      if (part === '') continue;
      push(/^[A-Za-z0-9]+$/.test(part) && isMatch(part) ? { ...span, text: part, mark: true } : { ...span, text: part });
    }
  }
  return out;
}

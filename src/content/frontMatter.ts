/** The small YAML subset a deck's front matter uses: `key: value`, `key: [a, b]`, and `key:` + `- item` lines. */
import type { DeckError } from './types.js';

export interface RawFrontMatter {
  values: Record<string, unknown>;
  /** 1-based line of each key, for error messages. */
  lines: Record<string, number>;
  /** Index of the first line after the closing `---` (0 when there is no front matter). */
  end: number;
  errors: DeckError[];
}

const unquote = (s: string): string => s.trim().replace(/^(['"])(.*)\1$/, '$2');

export function readFrontMatter(lines: string[], file: string): RawFrontMatter {
  const out: RawFrontMatter = { values: {}, lines: {}, end: 0, errors: [] };
  if (lines[0]?.trim() !== '---') return out;
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (close < 0) {
    out.errors.push({ file, line: 1, message: 'front matter starts with "---" but has no closing "---" line' });
    out.end = 1;
    return out;
  }
  let listKey: string | undefined;
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (out.values[listKey] as string[]).push(unquote(item[1]!));
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) {
      out.errors.push({ file, line: i + 1, message: `front matter: cannot read "${line.trim().slice(0, 60)}" (expected "key: value")` });
      continue;
    }
    const key = kv[1]!;
    const raw = kv[2]!.trim();
    out.lines[key] = i + 1;
    listKey = undefined;
    if (raw === '') {
      out.values[key] = [];
      listKey = key;
    } else if (raw.startsWith('[') && !raw.endsWith(']')) {
      out.errors.push({ file, line: i + 1, message: `front matter "${key}": the list starts with "[" but has no closing "]" on this line` });
    } else if (raw.startsWith('[') && raw.endsWith(']')) {
      out.values[key] = raw.slice(1, -1).split(',').map(unquote).filter((s) => s !== '');
    } else {
      out.values[key] = unquote(raw);
    }
  }
  out.end = close + 1;
  return out;
}

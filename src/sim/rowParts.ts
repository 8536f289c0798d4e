/**
 * Shared pieces of the Mapping view's rows (mappingRows.ts, gatewayRows.ts, corsRows.ts): the
 * route being edited, NAME=VALUE pairs, template rows that open in an editor.
 */
import type { Doc } from './session.js';
import type { Row, RowContext } from './settings.js';
import { textRow, type Route } from './rowKit.js';

/** A row whose value is edited in a multi-line editor; `ext` names the temporary file's type. */
export interface MappingRow extends Row {
  multiline?: { ext: string; title: string };
}


/** `a=b; c=d` as pairs; `sep` between a name and its value. */
export function parsePairs(t: string, sep: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of t.split(';').map((x) => x.trim()).filter(Boolean)) {
    const i = part.indexOf(sep);
    if (i <= 0) return `"${part}": write NAME${sep}VALUE, several separated by ;`;
    out[part.slice(0, i).trim()] = part.slice(i + sep.length).trim();
  }
  return out;
}

/** Mapping keys with a common prefix, shown and typed without it. */
export function prefixed(map: Record<string, string> | undefined, prefix: string): string {
  return Object.entries(map ?? {})
    .map(([k, v]) => `${k.startsWith(prefix) ? k.slice(prefix.length) : k}=${v}`)
    .join('; ');
}

export function unprefixed(t: string, prefix: string): Record<string, string> | string {
  const p = parsePairs(t, '=');
  if (typeof p === 'string') return p;
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [prefix + k, v]));
}

/** A template shown on one line: its first line and how many there are. */
export function summary(t: string | undefined): string {
  if (t === undefined) return '— (none: enter writes one)';
  const lines = t.split('\n');
  return `${lines[0]!.trim() || '(blank line)'}${lines.length > 1 ? `  … ${lines.length} lines` : ''}`;
}

export const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** rowKit's textRow with the shown value first, as the Mapping rows read. */
export function text(id: string, label: string, value: Row['value'], initial: (d: Doc, c: RowContext) => string, apply: (d: Doc, c: RowContext, t: string) => void | string): MappingRow {
  return textRow(id, label, initial, apply, value);
}

/** A multi-line template at `get`; an empty text removes it. */
export function template(id: string, label: string, title: string, get: (d: Doc, c: RowContext) => Record<string, string> | undefined, set: (d: Doc, c: RowContext, m: Record<string, string> | undefined) => void, mime: string): MappingRow {
  return {
    id,
    label,
    multiline: { ext: '.vtl', title: `${title} (${mime})` },
    value: (d, c) => `${mime}: ${summary(get(d, c)?.[mime])}`,
    text: {
      initial: (d, c) => get(d, c)?.[mime] ?? '',
      apply: (d, c, t) => {
        const m = { ...(get(d, c) ?? {}) };
        if (t.trim() === '') delete m[mime];
        else m[mime] = t;
        set(d, c, Object.keys(m).length ? m : undefined);
      },
    },
  };
}


/** The method responses: the statuses it declares and their headers (absent: 200 with none). */
export function methodResponsesOf(r: Route): NonNullable<Route['methodResponses']> {
  return r.methodResponses ?? { '200': { headers: [] } };
}


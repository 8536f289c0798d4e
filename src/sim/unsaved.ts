/**
 * What edits a setup has since it was loaded or saved, named by JSON path (as scenario errors
 * are), so a question before discarding them can say what would be lost.
 */
import { isRecord } from '../progress/kept.js';
import type { Doc } from './session.js';

/** The JSON paths where two documents differ (an array of another length counts once). */
export function changedPaths(before: Doc, after: Doc): string[] {
  const out: string[] = [];
  walk(before, after, '', out);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path || '(the file)'} (${a.length} → ${b.length} entries)`);
    else a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`, out));
    return;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], path ? `${path}.${k}` : k, out);
    return;
  }
  out.push(path || '(the file)');
}

/**
 * The changes in a few words: paths that differ only by an index are one entry ("requests[3].atMs
 * and 4 more like it", as the clock moves every later request), at most `max` entries.
 */
export function describeChanges(paths: string[], max = 3): string {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const key = p.replace(/\[\d+\]/g, '[]');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const items = [...groups.values()].map((g) => (g.length === 1 ? g[0]! : `${g[0]} and ${g.length - 1} more like it`));
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** Small readers of untrusted JSON: each takes a value and its path, and reports what is wrong. */
import type { Key } from './parse.js';
import type { Reports } from './reports.js';

export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at `path`, or null (an error when it is something else). */
export function objectAt(v: unknown, path: Key[], out: Reports, what: string): Obj | null {
  if (v === undefined) return null;
  if (isObject(v)) return v;
  out.error(path, `${what} must be an object`);
  return null;
}

/** A map of strings (templates, parameter mappings); other values are errors. */
export function stringMap(v: unknown, path: Key[], out: Reports, what: string): Record<string, string> | undefined {
  const o = objectAt(v, path, out, what);
  if (!o) return undefined;
  const m: Record<string, string> = {};
  for (const [k, x] of Object.entries(o)) {
    if (typeof x === 'string') m[k] = x;
    else out.error([...path, k], `${what} values must be strings`);
  }
  return m;
}

/** Keys of `o` that are neither understood nor harmless documentation are reported as ignored. */
export function reportOthers(o: Obj, path: Key[], out: Reports, known: ReadonlySet<string>, why: Readonly<Record<string, string>>, fallback: string): void {
  for (const k of Object.keys(o)) {
    if (known.has(k)) continue;
    out.ignore([...path, k], why[k] ?? fallback);
  }
}

/** An own property (never one from Object.prototype). */
export const get = (o: Obj | null | undefined, k: string): unknown => (o && Object.hasOwn(o, k) ? o[k] : undefined);

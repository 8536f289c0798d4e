/**
 * What a settings row is, and the small pieces rows are built from: a row reads its value from
 * the scenario document and edits a copy (←/→ steps it; enter types a value); `change` applies
 * the edit and validates the result against the scenario schema. Rows are split by concern into
 * files of their own (settings.ts, authorizerRows.ts), each a list of rows.
 */
import { draft, validate, type Doc, type DocRequest } from './session.js';

export type Route = Doc['api']['routes'][number];
export type Authorizer = Doc['api']['authorizers'][string];

export interface RowContext {
  /** Which route the route-level rows edit. */
  route: number;
  /** Which request the request rows edit. */
  cursor: number;
}

export interface Row {
  id: string;
  label: string;
  value: (doc: Doc, c: RowContext) => string;
  /** ←/→: returns the edited (not yet validated) draft, or an error message. */
  step?: (d: Doc, c: RowContext, dir: 1 | -1) => void | string;
  /** enter: the text to start from, and how to apply the typed text to a draft. */
  text?: { initial: (doc: Doc, c: RowContext) => string; apply: (d: Doc, c: RowContext, text: string) => void | string };
}

export type ChangeResult = { ok: true; doc: Doc } | { ok: false; error: string };

/** Applies a row's step or text to a copy of the document and validates the result. */
export function change(row: Row, doc: Doc, c: RowContext, how: { dir: 1 | -1 } | { text: string }): ChangeResult {
  const d = draft(doc);
  const fn = 'dir' in how ? row.step && ((x: Doc) => row.step!(x, c, how.dir)) : row.text && ((x: Doc) => row.text!.apply(x, c, how.text));
  if (!fn) return { ok: false, error: `${row.label} cannot be changed that way` };
  const err = fn(d);
  if (typeof err === 'string') return { ok: false, error: err };
  return validate(d);
}

export const cycle = <T>(list: readonly T[], cur: T, dir: 1 | -1): T => list[(list.indexOf(cur) + dir + list.length) % list.length]!;
export const route = (d: Doc, c: RowContext): Route => d.api.routes[Math.min(c.route, d.api.routes.length - 1)]!;
export const req = (d: Doc, c: RowContext): DocRequest => d.requests[c.cursor]!;
export const list = (t: string): string[] => t.split(',').map((x) => x.trim()).filter(Boolean);
export const num = (t: string): number | string => (t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : `"${t}" is not a number`);
export const onOff = (b: boolean | undefined) => (b ? 'on' : 'off');
export const show = (v: number | undefined) => (v === undefined ? '—' : String(v));

/** A number row over an optional value; typing "off" (or nothing) clears it when `clear` is given. */
export function numberRow(
  id: string,
  label: string,
  get: (d: Doc, c: RowContext) => number | undefined,
  /** returns why the value cannot be set, if it cannot */
  set: (d: Doc, c: RowContext, v: number) => void | string,
  step: number,
  clear?: (d: Doc, c: RowContext) => void,
): Row {
  return {
    id,
    label,
    value: (d, c) => show(get(d, c)) + (clear && get(d, c) === undefined ? ' (off)' : ''),
    step: (d, c, dir) => set(d, c, Math.max(0, (get(d, c) ?? 0) + dir * step)),
    text: {
      initial: (d, c) => show(get(d, c)).replace('—', ''),
      apply: (d, c, t) => {
        if (clear && /^(off|none|-|)$/i.test(t.trim())) return clear(d, c);
        const n = num(t);
        if (typeof n === 'string') return n;
        return set(d, c, n);
      },
    },
  };
}

export function enumRow<T extends string>(id: string, label: string, options: readonly T[], get: (d: Doc, c: RowContext) => T, set: (d: Doc, c: RowContext, v: T) => void): Row {
  return { id, label, value: get, step: (d, c, dir) => set(d, c, cycle(options, get(d, c), dir)) };
}

export function textRow(id: string, label: string, get: (d: Doc, c: RowContext) => string, set: (d: Doc, c: RowContext, t: string) => void | string, shown?: (d: Doc, c: RowContext) => string): Row {
  return { id, label, value: shown ?? ((d, c) => get(d, c) || '—'), text: { initial: get, apply: set } };
}

export function authorizerOf(d: Doc, c: RowContext): Authorizer | undefined {
  const r = route(d, c);
  return r.authorizer === undefined ? undefined : d.api.authorizers[r.authorizer];
}

/**
 * The stage detail as lines, plain TS: the reason, the note, the numbers, and for the three
 * stages that transform the request or response (integration request, integration response,
 * method response) the value before and after, with the mapping template beside it (or below it
 * when the pane is narrow). Everything shown that came from a scenario passes the sanitizer.
 */
import { sanitize } from '../content/sanitize.js';
import type { StageName, TraceEntry } from '../gateway/model.js';
import { dataLines, wrapText } from './format.js';

export type Tone = 'plain' | 'dim' | 'head' | 'added' | 'failed';
export interface Segment {
  text: string;
  tone: Tone;
}
/** One row of the pane: segments side by side (two columns when the template is beside). */
export type DetailLine = Segment[];

/** Wider than this, the template goes beside before/after; narrower, below them. */
export const BESIDE_MIN_WIDTH = 84;

const TRANSFORMS = new Set<StageName>(['integrationRequest', 'integrationResponse', 'methodResponse']);
const SHOWN_APART = new Set(['before', 'after', 'template', 'failedLine', 'lineText']);

type Value = { method?: unknown; uri?: unknown; status?: unknown; headers?: unknown; query?: unknown; body?: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const seg = (text: string, tone: Tone = 'plain'): Segment => ({ text, tone });
const clean = (v: unknown): string => sanitize(typeof v === 'string' ? v : JSON.stringify(v) ?? '');

function wrapped(text: string, width: number, tone: Tone, indent = ''): DetailLine[] {
  return wrapText(text, Math.max(8, width - indent.length)).map((l) => [seg(indent + l, tone)]);
}

/** `prefix` then the text wrapped in the columns after it; wrapped lines start under the text. */
function indented(prefix: string, text: string, width: number, tone: Tone): DetailLine[] {
  return wrapText(text, Math.max(8, width - prefix.length)).map((l, i) => [seg((i === 0 ? prefix : ' '.repeat(prefix.length)) + l, tone)]);
}

/** Code and bodies wrap at the column, spaces kept (a template's indentation is part of it). */
function hardWrap(line: string, width: number): string[] {
  const chars = [...line];
  const w = Math.max(8, width);
  if (chars.length <= w) return [line];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += w) out.push(chars.slice(i, i + w).join(''));
  return out;
}

/** A request or response value as lines: the first line names it, then headers, query and body. */
function valueLines(title: string, v: Value, width: number, compare?: Value): DetailLine[] {
  const out: DetailLine[] = [];
  const head = [v.status !== undefined ? `status ${clean(v.status)}` : '', v.method !== undefined ? clean(v.method) : '', v.uri ? clean(v.uri) : ''].filter(Boolean).join(' ');
  indented(`${title} `, head, width, 'plain').forEach((l, i) => out.push(i === 0 ? [seg(title, 'head'), seg(l[0]!.text.slice(title.length))] : l));
  const headers = isRecord(v.headers) ? v.headers : {};
  const before = compare && isRecord(compare.headers) ? compare.headers : undefined;
  const names = Object.keys(headers);
  out.push([seg(names.length === 0 ? '  headers: (none)' : '  headers:', names.length === 0 ? 'dim' : 'plain')]);
  // + added or changed by this stage, - dropped by it
  for (const name of names) {
    const changed = before !== undefined && before[name] !== headers[name];
    out.push(...indented(`  ${changed ? '+' : ' '} `, `${clean(name)}: ${clean(headers[name])}`, width, changed ? 'added' : 'plain'));
  }
  if (before) for (const name of Object.keys(before).filter((n) => !(n in headers))) out.push(...indented('  - ', `${clean(name)}: ${clean(before[name])}`, width, 'dim'));
  if (isRecord(v.query)) {
    const q = Object.entries(v.query).map(([k, x]) => `${clean(k)}=${clean(x)}`).join('&');
    out.push(...indented('  query: ', q || '(none)', width, q ? 'plain' : 'dim'));
  }
  if (v.body !== undefined) {
    const body = clean(v.body);
    const changed = compare !== undefined && compare.body !== v.body;
    if (body === '') out.push([seg(`  body: (empty)`, 'dim')]);
    else {
      out.push([seg(`  body${changed ? ' (changed)' : ''}:`, changed ? 'added' : 'plain')]);
      for (const line of body.split('\n')) for (const l of hardWrap(line, width - 4)) out.push([seg(`    ${l}`)]);
    }
  }
  return out;
}

/** The template with line numbers; the line a failure names is marked. */
function templateLines(t: unknown, failedLine: unknown, width: number): DetailLine[] {
  if (!isRecord(t) || typeof t.source !== 'string') return [[seg('template', 'head'), seg(' none: nothing was transformed by a template', 'dim')]];
  const out: DetailLine[] = [[seg('template', 'head'), seg(` ${clean(t.contentType)}`)]];
  const src = clean(t.source).split('\n');
  const pad = String(src.length).length;
  src.forEach((line, i) => {
    const failed = failedLine === i + 1;
    const num = `${failed ? '✗' : ' '}${String(i + 1).padStart(pad)} `;
    hardWrap(line, width - num.length).forEach((l, j) => out.push([seg(j === 0 ? num : ' '.repeat(num.length), 'dim'), seg(l, failed ? 'failed' : 'plain')]));
  });
  return out;
}

const widthOf = (l: DetailLine) => l.reduce((n, s) => n + [...s.text].length, 0);

/** Two columns of lines side by side, the left one padded to `left` columns. */
function beside(a: DetailLine[], b: DetailLine[], left: number): DetailLine[] {
  const out: DetailLine[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i] ?? [];
    out.push([...l, seg(' '.repeat(Math.max(1, left - widthOf(l))) + '│ ', 'dim'), ...(b[i] ?? [])]);
  }
  return out;
}

/** Before and after of a transforming stage; the method response's "before" is what the integration response produced. */
function transformLines(entry: TraceEntry, trace: TraceEntry[], width: number): DetailLine[] {
  const d = entry.data;
  let before = isRecord(d.before) ? (d.before as Value) : undefined;
  let after = isRecord(d.after) ? (d.after as Value) : undefined;
  if (entry.stage === 'methodResponse') {
    const ir = trace.find((t) => t.stage === 'integrationResponse');
    before = ir && isRecord(ir.data.after) ? (ir.data.after as Value) : undefined;
    after = { status: d.status, headers: d.headers, ...(before?.body !== undefined ? { body: before.body } : {}) };
  }
  const wide = width >= BESIDE_MIN_WIDTH && entry.stage !== 'methodResponse';
  const colWidth = wide ? Math.floor((width - 2) / 2) : width;
  const values: DetailLine[] = [];
  // beside: one column kept free before the rule
  const vw = wide ? colWidth - 1 : width;
  if (before) values.push(...valueLines('before', before, vw));
  if (after) values.push(...valueLines('after', after, vw, before));
  if (entry.stage === 'methodResponse') return values;
  const template = templateLines(d.template, d.failedLine, wide ? width - colWidth - 2 : width);
  return wide ? beside(values, template, colWidth) : [...values, ...template];
}

/** Every line of the detail pane for a stage that was reached. */
export function stageDetailLines(entry: TraceEntry, trace: TraceEntry[], width: number): DetailLine[] {
  const out: DetailLine[] = [...wrapped(sanitize(entry.reason), width, 'plain')];
  // where the evidence is thin (documentation silent, sources disagree), in plain words
  if (entry.note) out.push(...wrapped(`note: ${sanitize(entry.note)}`, width, 'dim'));
  const transforms = TRANSFORMS.has(entry.stage) && (isRecord(entry.data.before) || isRecord(entry.data.after) || entry.stage === 'methodResponse');
  const rest = transforms ? Object.fromEntries(Object.entries(entry.data).filter(([k]) => !SHOWN_APART.has(k) && !(entry.stage === 'methodResponse' && (k === 'headers' || k === 'status')))) : entry.data;
  for (const l of dataLines(rest)) out.push(...wrapped(sanitize(l), width, 'dim'));
  if (transforms) out.push(...transformLines(entry, trace, width));
  return out;
}

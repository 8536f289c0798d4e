/**
 * A simulator session, plain TS: a scenario document (config + a timeline of requests) and a
 * cursor on the timeline. The request under the cursor is "the current request"; the ones
 * before it have been sent (they drained buckets, filled the cache, counted against quotas).
 * The state before the current request is always a replay of the earlier requests under the
 * CURRENT config, so a saved file run by `gateprep trace` gives the same outcome as the screen.
 */
import { periodOf } from '../gateway/clock.js';
import { createState, type GatewayConfig, type SimulateResult, type StageName } from '../gateway/model.js';
import { compile } from '../gateway/compile.js';
import { simulate } from '../gateway/pipeline.js';
import { matchRoute } from '../gateway/stages/route.js';
import { resolve, type TimedRequest } from '../gateway/scenario.js';
import { scenarioSchema, type ScenarioParsed } from '../gateway/schema.js';

export type Doc = ScenarioParsed;
export type DocRequest = Doc['requests'][number];

export interface Session {
  doc: Doc;
  /** Index of the current request in doc.requests. */
  cursor: number;
  /** Where the setup came from; a save writes back to a home file, else creates one. */
  source: { name: string; path?: string; home: boolean };
}

/** Expands repeat/everyMs so every timeline entry is one request at an explicit instant. */
export function expandRequests(doc: Doc): Doc {
  const out: DocRequest[] = [];
  let prev = 0;
  for (const r of doc.requests) {
    const start = r.atMs ?? prev;
    for (let i = 0; i < r.repeat; i++) {
      prev = start + i * r.everyMs;
      out.push({ ...r, atMs: prev, repeat: 1, everyMs: 0 });
    }
  }
  return { ...doc, requests: out };
}

export function newSession(doc: Doc, source: Session['source']): Session {
  return { doc: expandRequests(doc), cursor: 0, source };
}

const resolved = new WeakMap<Doc, { config: GatewayConfig; requests: TimedRequest[] }>();

/** The resolved config and timed requests of a document, memoised per document object. */
export function resolvedOf(doc: Doc): { config: GatewayConfig; requests: TimedRequest[] } {
  let r = resolved.get(doc);
  if (!r) resolved.set(doc, (r = resolve(doc)));
  return r;
}

/** The index in api.routes of the route a request goes to (as the route stage matches it), or null. */
export function routeOfRequest(doc: Doc, cursor: number): number | null {
  const q = doc.requests[cursor];
  if (!q) return null;
  return matchRoute(compile(resolvedOf(doc).config), q.method, q.path).route?.index ?? null;
}

export function currentAt(s: Session): number {
  return s.doc.requests[s.cursor]?.atMs ?? 0;
}

/** Replays the requests before the cursor, then runs the current one with a full trace. */
export function runCurrent(s: Session, cardsFor?: (stage: StageName) => string[]): SimulateResult {
  const { config, requests } = resolvedOf(s.doc);
  const state = createState();
  for (let i = 0; i < s.cursor; i++) simulate(config, requests[i]!.request, state, requests[i]!.atMs, { trace: false });
  const cur = requests[s.cursor]!;
  return simulate(config, cur.request, state, cur.atMs, cardsFor ? { trace: true, cardsFor } : { trace: true });
}

/** Validates a changed document; returns it normalised, or the first error with its JSON path. */
export function validate(doc: unknown): { ok: true; doc: Doc } | { ok: false; error: string } {
  const r = scenarioSchema.safeParse(doc);
  if (r.success) return { ok: true, doc: r.data };
  const issue = r.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
}

/** A deep copy to edit (the original stays untouched: its compiled config is memoised). */
export function draft(doc: Doc): Doc {
  return structuredClone(doc);
}

export function moveCursor(s: Session, to: number): Session {
  const cursor = Math.max(0, Math.min(s.doc.requests.length - 1, to));
  return cursor === s.cursor ? s : { ...s, cursor };
}

/** Sends the current request and makes a copy of it, at the same instant, the new current one. */
export function sendAgain(s: Session): Session {
  const reqs = s.doc.requests.slice();
  reqs.splice(s.cursor + 1, 0, { ...reqs[s.cursor]! });
  return { ...s, doc: { ...s.doc, requests: reqs }, cursor: s.cursor + 1 };
}

export type ClockStep = 'second' | 'minute' | 'hour' | 'quota';

/** How far to move the clock: a fixed step, or to the start of the next quota period. */
export function clockDelta(s: Session, step: ClockStep): number {
  if (step === 'second') return 1000;
  if (step === 'minute') return 60_000;
  if (step === 'hour') return 3_600_000;
  const now = currentAt(s);
  const period = s.doc.usagePlans.find((p) => p.quota)?.quota?.period ?? 'DAY';
  return periodOf(period, now).end - now;
}

/** Moves the current request (and every later one) forward in virtual time. */
export function advanceClock(s: Session, step: ClockStep): Session {
  const delta = clockDelta(s, step);
  const reqs = s.doc.requests.map((r, i) => (i >= s.cursor ? { ...r, atMs: (r.atMs ?? 0) + delta } : r));
  return { ...s, doc: { ...s.doc, requests: reqs } };
}

/** The scenario file for the setup: the config and the timeline up to and including the current request. */
export function toScenarioFile(s: Session, name: string): Record<string, unknown> {
  const { requests, ...rest } = s.doc;
  const timeline = requests.slice(0, s.cursor + 1).map((r) => {
    const { repeat: _r, everyMs: _e, ...keep } = r;
    return keep;
  });
  return { ...rest, name, requests: timeline };
}

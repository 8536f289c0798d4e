/**
 * A WebSocket timeline the learner extends: the preset's events plus what they do on screen
 * (connect, send a message, let time pass, push from the backend). The timeline is re-run from
 * the start each time (it is deterministic), so every result is what the engine says.
 */
import type { WsEvent } from '../gateway/websocket/schema.js';
import { runWsScenario, type WsScenario } from '../gateway/websocket/scenario.js';
import type { WsResult } from '../gateway/websocket/timeline.js';

export interface WsSession {
  base: WsScenario;
  /** Events the learner added, in order, each with its instant. */
  added: Array<{ e: WsEvent; atMs: number }>;
  results: WsResult[];
  /** The clock: the latest instant of the timeline. */
  now: number;
}

export function newWsSession(base: WsScenario): WsSession {
  const results = runWsScenario(base);
  const last = base.events[base.events.length - 1]?.atMs ?? 0;
  return { base, added: [], results, now: Math.max(last, results[results.length - 1]?.atMs ?? 0) };
}

function rerun(s: WsSession, added: WsSession['added'], now: number): WsSession {
  const results = runWsScenario({ ...s.base, events: [...s.base.events, ...added] }, { until: now });
  return { ...s, added, results, now };
}

/** The learner's clients: every connection name the timeline knows. */
export function clients(s: WsSession): string[] {
  const names = new Set<string>();
  for (const { e } of s.base.events) if ('connection' in e) names.add(e.connection);
  for (const { e } of s.added) if ('connection' in e) names.add(e.connection);
  return [...names];
}

/** Whether CONN is connected at the end of the timeline. */
export function isOpen(s: WsSession, conn: string): boolean {
  let open = false;
  for (const r of s.results) {
    if (r.connection !== conn) continue;
    if (r.event === 'connect' && r.status === 101) open = true;
    if (r.closed) open = false;
  }
  return open;
}

/** Message bodies worth trying: one per route key, one no route takes, and one that is not JSON. */
export function messageTemplates(s: WsSession): string[] {
  const expr = s.base.parsed.api.routeSelectionExpression.slice('$request.body.'.length).split('.');
  const wrap = (v: string) => JSON.stringify(expr.reduceRight<unknown>((acc, k) => ({ [k]: acc }), v));
  const keys = s.base.parsed.api.routes.map((r) => r.routeKey).filter((k) => !k.startsWith('$'));
  return [...keys.map(wrap), wrap('unknownAction'), 'hello (not JSON)'];
}

const at = (s: WsSession, delay = 1000) => s.now + delay;

export const wsActions = {
  connect: (s: WsSession, conn: string) => rerun(s, [...s.added, { e: { type: 'connect', connection: conn, headers: {}, query: {}, sourceIp: '198.51.100.10', iam: 'none', ...authFor(s, conn) }, atMs: at(s) }], at(s)),
  send: (s: WsSession, conn: string, body: string) => rerun(s, [...s.added, { e: { type: 'message', connection: conn, body, repeat: 1, everyMs: 0 }, atMs: at(s) }], at(s)),
  push: (s: WsSession, conn: string, body: string) => rerun(s, [...s.added, { e: { type: 'post', connection: conn, body }, atMs: at(s) }], at(s)),
  disconnect: (s: WsSession, conn: string) => rerun(s, [...s.added, { e: { type: 'disconnect', connection: conn }, atMs: at(s) }], at(s)),
  /** Lets time pass: the gateway closes what idles out on the way. */
  advance: (s: WsSession, ms: number) => rerun(s, [...s.added, { e: { type: 'wait', atMs: s.now + ms }, atMs: s.now + ms }], s.now + ms),
};

/** The identity a client used on its first connect in the preset (so a reconnect carries its token). */
function authFor(s: WsSession, conn: string): { headers?: Record<string, string>; query?: Record<string, string> } {
  for (const { e } of s.base.events) if (e.type === 'connect' && e.connection === conn) return { headers: e.headers, query: e.query };
  return {};
}

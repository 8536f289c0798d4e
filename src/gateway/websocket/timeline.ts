/**
 * The WebSocket API timeline: connections, messages, backend @connections calls and time passing,
 * on the virtual clock. Its own list of steps over the shared primitives (token buckets, trace),
 * not the REST stages.
 * Overview: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-overview.html
 * Routes and selection: https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 * @connections: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-connections.html
 * Quotas (10-minute idle timeout, 2-hour connections, 128 KB messages, 32 KB frames, 500 new
 * connections per second): https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html
 */
import type { Bucket, Outcome } from '../model.js';
import { utf8Length } from '../stages/route.js';
import { newBucket, take } from '../tokenBucket.js';
import type { WsEvent, WsRoute, WsScenarioParsed } from './schema.js';

export const IDLE_TIMEOUT_MS = 10 * 60 * 1000;
export const MAX_CONNECTION_MS = 2 * 60 * 60 * 1000;
export const MAX_MESSAGE_BYTES = 128 * 1024;
export const MAX_FRAME_BYTES = 32 * 1024;

export const WS_STEPS = ['connectionThrottle', 'auth', 'connect', 'frame', 'routeSelection', 'throttle', 'integration', 'routeResponse', 'connections', 'disconnect', 'clock'] as const;
export type WsStep = (typeof WS_STEPS)[number];

export interface WsTraceEntry {
  stage: WsStep;
  outcome: Outcome;
  reason: string;
  data: Record<string, unknown>;
  cards: string[];
  note?: string;
}

export interface WsResult {
  index: number;
  atMs: number;
  /** connect | message | disconnect | post | get | delete | wait | closed (the gateway closed a connection) */
  event: string;
  connection: string | null;
  connectionId: string | null;
  /** Handshake status for connect (101 when upgraded); the @connections API's status for post/get/delete; null otherwise. */
  status: number | null;
  errorType: string | null;
  message: string | null;
  stoppedAt: WsStep | null;
  routeKey: string | null;
  integrationCalled: boolean;
  /** What the client receives over the socket because of this event. */
  toClient: string[];
  /** Set when this event closed the connection. */
  closed: { code: number; reason: string } | null;
  /** The @connections API's answer body (post/get/delete). */
  body: string | null;
  trace: WsTraceEntry[];
}

interface Conn {
  name: string;
  id: string;
  connectedAt: number;
  lastActive: number;
  sourceIp: string;
  authorizer: Record<string, unknown>;
}

const NO_DATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const NO_CARDS: string[] = Object.freeze([]) as unknown as string[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const iso = (ms: number) => new Date(ms).toISOString();

export class WsTimeline {
  private readonly open = new Map<string, Conn>();
  /** Every connection id ever used, by name (a closed one stays: pushes to it give 410). */
  private readonly ids = new Map<string, string>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly authCache = new Map<string, { expiresAt: number; allowed: boolean }>();
  private readonly routes = new Map<string, WsRoute>();
  private readonly selectionPath: string[];
  private nextDue = Infinity;
  private counter = 0;
  private requestCount = 0;
  readonly results: WsResult[] = [];
  private trace: WsTraceEntry[] = [];

  constructor(
    readonly s: WsScenarioParsed,
    private readonly cardsFor?: (stage: string) => string[],
    /** false: the fast path, results without trace entries. */
    private readonly traced = true,
  ) {
    for (const r of s.api.routes) this.routes.set(r.routeKey, r);
    this.selectionPath = s.api.routeSelectionExpression.slice('$request.body.'.length).split('.');
  }

  /** Records a step; nothing when the run is untraced (callers also check `traced` before building a reason, for speed). */
  private add(stage: WsStep, outcome: Outcome, reason: string, data: Record<string, unknown> = NO_DATA, note?: string): void {
    if (!this.traced) return;
    const e: WsTraceEntry = { stage, outcome, reason, data, cards: this.cardsFor ? this.cardsFor(stage).slice() : NO_CARDS };
    if (note !== undefined) e.note = note;
    this.trace.push(e);
  }

  private result(atMs: number, event: string, conn: string | null, fields: Partial<WsResult>): WsResult {
    const r: WsResult = {
      index: this.results.length,
      atMs,
      event,
      connection: conn,
      connectionId: conn === null ? null : (this.ids.get(conn) ?? null),
      status: null,
      errorType: null,
      message: null,
      stoppedAt: null,
      routeKey: null,
      integrationCalled: false,
      toClient: [],
      closed: null,
      body: null,
      trace: this.trace,
      ...fields,
    };
    this.trace = [];
    this.results.push(r);
    return r;
  }

  private bucket(key: string, limit: { rateLimit: number; burstLimit: number }, now: number): boolean {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = newBucket(limit, now)));
    return take(b, limit, now);
  }

  private errorFrame(c: Conn | undefined, message: string): string {
    this.requestCount++;
    return JSON.stringify({ message, connectionId: c?.id ?? null, requestId: 'req-' + this.requestCount });
  }

  /** Closes, by the gateway, every connection whose idle or duration limit falls at or before NOW. */
  advanceTo(now: number): void {
    // nextDue never exceeds the earliest real deadline (deadlines only move later), so most
    // events skip the scan.
    if (now < this.nextDue) return;
    for (;;) {
      let due: { c: Conn; at: number; why: string } | null = null;
      for (const c of this.open.values()) {
        const idle = c.lastActive + IDLE_TIMEOUT_MS;
        const max = c.connectedAt + MAX_CONNECTION_MS;
        const at = Math.min(idle, max);
        if (at <= now && (due === null || at < due.at)) due = { c, at, why: idle <= max ? 'idle for 10 minutes (the idle timeout)' : 'open for 2 hours (the connection duration limit)' };
      }
      if (!due) {
        let next = Infinity;
        for (const c of this.open.values()) next = Math.min(next, c.lastActive + IDLE_TIMEOUT_MS, c.connectedAt + MAX_CONNECTION_MS);
        this.nextDue = next;
        return;
      }
      if (this.traced) this.add('clock', 'stop', `API Gateway closed the connection: ${due.why}`, { connectedAt: due.c.connectedAt, lastActiveAt: due.c.lastActive }, 'The close code the gateway sends is not documented; the simulator uses 1001 (going away).');
      this.close(due.c, due.at);
      this.result(due.at, 'closed', due.c.name, { closed: { code: 1001, reason: due.why }, routeKey: this.routes.has('$disconnect') ? '$disconnect' : null, integrationCalled: this.routes.has('$disconnect') });
    }
  }

  private close(c: Conn, now: number): void {
    this.open.delete(c.name);
    const d = this.routes.get('$disconnect');
    // $disconnect is best-effort and runs after the connection is closed: it cannot send to it.
    if (!this.traced) return;
    if (d) this.add('disconnect', 'pass', '$disconnect route called (best effort: the connection is already closed, so nothing can be sent to it)', { connectionId: c.id, atMs: now });
    else this.add('disconnect', 'skip', 'no $disconnect route: the backend is not told');
  }

  run(e: WsEvent, atMs: number): void {
    this.advanceTo(atMs);
    switch (e.type) {
      case 'connect':
        return this.connect(e, atMs);
      case 'message':
        return this.message(e, atMs);
      case 'disconnect': {
        const c = this.open.get(e.connection);
        if (!c) {
          if (this.traced) this.add('disconnect', 'skip', `"${e.connection}" is not connected: nothing to close`);
          this.result(atMs, 'disconnect', e.connection, {});
          return;
        }
        if (this.traced) this.add('disconnect', 'pass', 'the client closed the connection (close code 1000)');
        this.close(c, atMs);
        this.result(atMs, 'disconnect', e.connection, { closed: { code: 1000, reason: 'closed by the client' }, routeKey: this.routes.has('$disconnect') ? '$disconnect' : null, integrationCalled: this.routes.has('$disconnect') });
        return;
      }
      case 'wait':
        if (this.traced) this.add('clock', 'pass', `the clock reaches ${atMs} ms; open connections: ${[...this.open.keys()].join(', ') || 'none'}`);
        this.result(atMs, 'wait', null, {});
        return;
      default:
        return this.connectionsApi(e, atMs);
    }
  }

  private integrate(route: WsRoute): { ok: true; status: number; body: string } | { ok: false; why: string } {
    const i = route.integration;
    if (i.fail === 'timeout' || i.latencyMs > i.timeoutMs) return { ok: false, why: `no answer within the ${i.timeoutMs} ms integration timeout` };
    if (i.fail === 'error') return { ok: false, why: 'the function failed' };
    return { ok: true, status: i.status, body: i.body };
  }

  private connect(e: Extract<WsEvent, { type: 'connect' }>, atMs: number): void {
    const reject = (stage: WsStep, status: number, message: string | null) => this.result(atMs, 'connect', e.connection, { status, message, stoppedAt: stage, routeKey: '$connect' });
    if (this.open.has(e.connection)) {
      if (this.traced) this.add('connect', 'skip', `"${e.connection}" is already connected`);
      this.result(atMs, 'connect', e.connection, { status: null });
      return;
    }
    if (!this.bucket('newConnections', { rateLimit: this.s.account.newConnectionsPerSecond, burstLimit: this.s.account.newConnectionsPerSecond }, atMs)) {
      if (this.traced) this.add('connectionThrottle', 'stop', `over ${this.s.account.newConnectionsPerSecond} new connections per second for the account: the handshake is refused with 429`, {}, 'The quota is documented; the handshake status is the simulator\'s choice (429), as for throttled requests.');
      reject('connectionThrottle', 429, 'Too Many Requests');
      return;
    }
    if (this.traced) this.add('connectionThrottle', 'pass', `within ${this.s.account.newConnectionsPerSecond} new connections per second`);
    const route = this.routes.get('$connect');
    let authorizer: Record<string, unknown> = {};
    if (route && route.authorization === 'CUSTOM') {
      const a = this.s.api.authorizers[route.authorizer!]!;
      const values: string[] = [];
      for (const src of a.identitySource) {
        const isHeader = src.startsWith('route.request.header.');
        const name = src.slice(isHeader ? 21 : 26);
        const bag = isHeader ? Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k.toLowerCase(), v])) : e.query;
        const key = isHeader ? name.toLowerCase() : name;
        const v = Object.hasOwn(bag, key) ? bag[key] : undefined;
        if (v === undefined || v === '') {
          if (this.traced) this.add('auth', 'stop', `Lambda authorizer "${route.authorizer}": identity source ${src} is missing, so the function is not called: the handshake gets 401`);
          reject('auth', 401, 'Unauthorized');
          return;
        }
        values.push(v);
      }
      const id = values.join(',');
      const key = `${route.authorizer}\u0000${id}`;
      const stored = a.resultTtlSeconds > 0 ? this.authCache.get(key) : undefined;
      // An expired entry is not a cached result: the function runs again (and the trace says so).
      const cached = stored && stored.expiresAt > atMs ? stored : undefined;
      let allowed: boolean;
      if (cached) allowed = cached.allowed;
      else {
        if (a.error.includes(id)) {
          if (this.traced) this.add('auth', 'stop', `Lambda authorizer "${route.authorizer}" failed: the handshake gets 500`);
          reject('auth', 500, 'Internal Server Error');
          return;
        }
        allowed = a.allow.includes(id);
        if (a.resultTtlSeconds > 0) this.authCache.set(key, { expiresAt: atMs + a.resultTtlSeconds * 1000, allowed });
      }
      if (!allowed) {
        if (this.traced) this.add('auth', 'stop', `Lambda authorizer "${route.authorizer}" returned ${a.deny.includes(id) ? 'an explicit Deny' : 'no Allow'}: the handshake gets 403`);
        reject('auth', 403, 'Forbidden');
        return;
      }
      authorizer = a.context;
      if (this.traced) this.add('auth', 'pass', `Lambda authorizer "${route.authorizer}" allowed the connection${cached ? ' (cached result)' : ''}; its context is available to every route of this connection`, { context: a.context });
    } else if (route && route.authorization === 'AWS_IAM') {
      if (e.iam !== 'signed-allowed') {
        if (this.traced) this.add('auth', 'stop', 'IAM: the $connect request is not signed by a caller allowed execute-api:Invoke: the handshake gets 403');
        reject('auth', 403, 'Forbidden');
        return;
      }
      if (this.traced) this.add('auth', 'pass', 'IAM: the signed $connect request is allowed');
    } else if (this.traced) this.add('auth', 'skip', 'no authorization on $connect (the only route where it can run)');
    const id = `${e.connection}-${(++this.counter).toString(36).toUpperCase()}=`;
    if (route) {
      const r = this.integrate(route);
      if (!r.ok || r.status < 200 || r.status > 299) {
        const status = r.ok ? r.status : 500;
        if (this.traced) this.add('integration', 'stop', `the $connect integration ${r.ok ? `answered ${r.status}` : r.why}: the connection is refused with ${status}`);
        reject('integration', status, r.ok ? null : 'Internal Server Error');
        return;
      }
      if (this.traced) this.add('integration', 'pass', `the $connect integration answered ${r.status}: the connection is accepted`);
    } else if (this.traced) this.add('integration', 'skip', 'no $connect route: every connection is accepted');
    this.ids.set(e.connection, id);
    this.open.set(e.connection, { name: e.connection, id, connectedAt: atMs, lastActive: atMs, sourceIp: e.sourceIp, authorizer });
    this.nextDue = Math.min(this.nextDue, atMs + IDLE_TIMEOUT_MS);
    if (this.traced) this.add('connect', 'pass', `connected as ${id}; idle timeout at ${atMs + IDLE_TIMEOUT_MS} ms, duration limit at ${atMs + MAX_CONNECTION_MS} ms`, { connectionId: id });
    this.result(atMs, 'connect', e.connection, { status: 101, routeKey: route ? '$connect' : null, integrationCalled: route !== undefined });
  }

  /** The route key the selection expression picks from BODY (null: no match and no $default), and why in words. */
  selectRoute(body: string): { key: string | null; value: unknown; why: () => string } {
    const expr = this.s.api.routeSelectionExpression;
    const fallback = this.routes.has('$default') ? '$default' : null;
    let v: unknown;
    try {
      v = JSON.parse(body);
    } catch {
      return { key: fallback, value: undefined, why: () => 'the message is not JSON' };
    }
    for (const p of this.selectionPath) v = isObject(v) && Object.hasOwn(v, p) ? v[p] : undefined;
    if (typeof v === 'string' && v !== '$connect' && v !== '$disconnect' && v !== '$default' && this.routes.has(v)) return { key: v, value: v, why: () => `${expr} is "${String(v)}"` };
    return { key: fallback, value: v, why: () => (v === undefined ? `${expr} is absent` : `no route "${String(v)}"`) };
  }

  private message(e: Extract<WsEvent, { type: 'message' }>, atMs: number): void {
    const c = this.open.get(e.connection);
    if (!c) {
      if (this.traced) this.add('frame', 'stop', `"${e.connection}" is not connected: the client cannot send`);
      this.result(atMs, 'message', e.connection, { stoppedAt: 'frame', message: 'not connected' });
      return;
    }
    const bytes = e.bytes ?? utf8Length(e.body);
    const frame = e.frameBytes ?? Math.min(bytes, MAX_FRAME_BYTES);
    if (bytes > MAX_MESSAGE_BYTES || frame > MAX_FRAME_BYTES) {
      const why = bytes > MAX_MESSAGE_BYTES ? `the message is ${bytes} bytes, over the 128 KB message quota` : `a frame is ${frame} bytes, over the 32 KB frame quota`;
      if (this.traced) this.add('frame', 'stop', `${why}: API Gateway closes the connection with code 1009 (message too big)`, { bytes, frameBytes: frame });
      this.close(c, atMs);
      this.result(atMs, 'message', e.connection, { stoppedAt: 'frame', closed: { code: 1009, reason: why }, message: 'Message too big' });
      return;
    }
    c.lastActive = atMs;
    if (this.traced) this.add('frame', 'pass', `${bytes} bytes, within the 128 KB message and 32 KB frame quotas; the idle timer restarts`, { bytes, idleTimeoutAt: atMs + IDLE_TIMEOUT_MS });
    const sel = this.selectRoute(e.body);
    if (sel.key === null) {
      if (this.traced) this.add('routeSelection', 'stop', `${sel.why()} and there is no $default route: the client gets a "Forbidden" error message`, { expression: this.s.api.routeSelectionExpression }, 'The error message sent for an unmatched message is recorded behaviour; the documentation only says $default catches what matches no route.');
      this.result(atMs, 'message', e.connection, { stoppedAt: 'routeSelection', message: 'Forbidden', toClient: [this.errorFrame(c, 'Forbidden')] });
      return;
    }
    const route = this.routes.get(sel.key)!;
    if (this.traced) this.add('routeSelection', 'pass', sel.key === '$default' ? `${sel.why()}: the $default route takes it` : `${sel.why()}: route ${sel.key}`, { expression: this.s.api.routeSelectionExpression, value: sel.value });
    const limits: Array<[string, string, { rateLimit: number; burstLimit: number }]> = [];
    const rl = route.throttle ?? this.s.stage.throttle;
    if (rl) limits.push([`route:${route.routeKey}`, route.throttle ? `route ${route.routeKey}` : 'stage', rl]);
    limits.push(['account', 'account', this.s.account]);
    for (const [key, label, limit] of limits)
      if (!this.bucket(key, limit, atMs)) {
        if (this.traced) this.add('throttle', 'stop', `${label} bucket is empty (rate ${limit.rateLimit}/s, burst ${limit.burstLimit}): the message is dropped and the client gets an error message`, {}, 'The documentation does not give the error message for a throttled WebSocket message; the simulator sends "Too Many Requests".');
        this.result(atMs, 'message', e.connection, { stoppedAt: 'throttle', routeKey: route.routeKey, message: 'Too Many Requests', toClient: [this.errorFrame(c, 'Too Many Requests')] });
        return;
      }
    if (this.traced) this.add('throttle', 'pass', `a token from each bucket: ${limits.map(([, l]) => l).join(', ')}`);
    const r = this.integrate(route);
    if (!r.ok) {
      if (this.traced) this.add('integration', 'stop', `the integration of ${route.routeKey}: ${r.why}: the client gets "Internal server error"`);
      this.result(atMs, 'message', e.connection, { stoppedAt: 'integration', routeKey: route.routeKey, integrationCalled: true, message: 'Internal server error', toClient: [this.errorFrame(c, 'Internal server error')] });
      return;
    }
    if (this.traced) this.add('integration', 'pass', `the integration of ${route.routeKey} answered ${r.status}${Object.keys(c.authorizer).length ? ' (it sees the authorizer context from $connect)' : ''}`, { status: r.status });
    const toClient: string[] = [];
    if (route.routeResponse) {
      toClient.push(r.body);
      if (this.traced) this.add('routeResponse', 'pass', 'a two-way route: the integration\'s answer is sent back to the client');
    } else if (this.traced) this.add('routeResponse', 'skip', 'a one-way route (no route response): the answer is not sent to the client; the backend must push with @connections');
    this.result(atMs, 'message', e.connection, { routeKey: route.routeKey, integrationCalled: true, toClient });
  }

  private connectionsApi(e: Extract<WsEvent, { type: 'post' | 'get' | 'delete' }>, atMs: number): void {
    const c = this.open.get(e.connection);
    const verb = e.type.toUpperCase();
    const url = `https://{api-id}.execute-api.{region}.amazonaws.com/${this.s.stage.name}/@connections/${this.ids.get(e.connection) ?? e.connection}`;
    if (!c) {
      if (this.traced) this.add('connections', 'stop', `${verb} ${url}: the connection is ${this.ids.has(e.connection) ? 'closed' : 'unknown'}: 410 GoneException`, {}, 'The body of a GoneException is not documented; SDKs raise GoneException from the 410 status.');
      this.result(atMs, e.type, e.connection, { status: 410, errorType: 'GoneException', stoppedAt: 'connections', body: '' });
      return;
    }
    if (e.type === 'post') {
      const bytes = e.bytes ?? utf8Length(e.body);
      if (bytes > MAX_MESSAGE_BYTES) {
        if (this.traced) this.add('connections', 'stop', `POST of ${bytes} bytes, over the 128 KB message quota: 413 PayloadTooLargeException`);
        this.result(atMs, 'post', e.connection, { status: 413, errorType: 'PayloadTooLargeException', stoppedAt: 'connections', body: '' });
        return;
      }
      if (this.traced) this.add('connections', 'pass', `POST ${url}: the message is delivered to the client`, {}, 'Whether a push from the backend restarts the idle timer is not documented; the simulator restarts it only for messages from the client.');
      this.result(atMs, 'post', e.connection, { status: 200, toClient: [e.body], body: '' });
      return;
    }
    if (e.type === 'get') {
      const body = JSON.stringify({ ConnectedAt: iso(c.connectedAt), Identity: { SourceIp: c.sourceIp, UserAgent: null }, LastActiveAt: iso(c.lastActive) });
      if (this.traced) this.add('connections', 'pass', `GET ${url}: the connection's details`);
      this.result(atMs, 'get', e.connection, { status: 200, body });
      return;
    }
    if (this.traced) this.add('connections', 'pass', `DELETE ${url}: API Gateway closes the connection`);
    this.close(c, atMs);
    this.result(atMs, 'delete', e.connection, { status: 204, body: '', closed: { code: 1000, reason: 'closed by the backend (@connections DELETE)' } });
  }
}

/**
 * Expands repeats and atMs defaults (the previous event's instant) into (event, time) pairs,
 * sorted by time; events at the same instant keep their order in the file.
 */
export function expandEvents(events: WsEvent[], max: number): Array<{ e: WsEvent; atMs: number }> | string {
  const out: Array<{ e: WsEvent; atMs: number; seq: number }> = [];
  let prev = 0;
  for (const [i, e] of events.entries()) {
    const start = e.atMs ?? prev;
    const n = e.type === 'message' ? e.repeat : 1;
    if (out.length + n > max) return `events[${i}].repeat: expands the timeline past ${max} events`;
    for (let k = 0; k < n; k++) out.push({ e, atMs: start + k * (e.type === 'message' ? e.everyMs : 0), seq: out.length });
    prev = start;
  }
  out.sort((a, b) => a.atMs - b.atMs || a.seq - b.seq);
  return out.map(({ e, atMs }) => ({ e, atMs }));
}

/**
 * Load experiments over virtual time: a request pattern run through the untraced fast path,
 * summarised per second. Deterministic: all choices come from a seeded PRNG (mulberry32).
 */
import { createState, makeRequest, type GatewayConfig, type GatewayRequest, type HttpMethod } from './model.js';
import { simulate } from './pipeline.js';
import { mulberry32 } from './random.js';

export interface LoadTarget {
  method: HttpMethod;
  path: string;
}

export interface LoadPattern {
  /** Evenly spaced requests per second of virtual time. */
  ratePerSecond: number;
  /** Extra requests sent all at once at t = 0. */
  burst?: number;
  /** Number of distinct API keys, used round-robin (the first n of config.apiKeys). Default 0 = no key. */
  apiKeys?: number;
  /** Requests go to these targets; default: every route of the config with a concrete method and path. */
  targets?: LoadTarget[];
  /** Share (0..1) of requests sent to the cacheable targets (GET routes with caching on); the rest to the others. */
  cacheableShare?: number;
  seed?: number;
}

export interface LoadSeries {
  accepted: number[];
  throttled: number[];
  quotaLimited: number[];
  cacheHits: number[];
  integrationCalls: number[];
  otherErrors: number[];
}

export interface LoadTotals {
  requests: number;
  accepted: number;
  throttled: number;
  quotaLimited: number;
  cacheHits: number;
  integrationCalls: number;
  otherErrors: number;
}

export interface LoadResult {
  /** One entry per second of virtual time: index i covers [i s, i+1 s). */
  seconds: number;
  series: LoadSeries;
  totals: LoadTotals;
}

/** The load pattern's seeded PRNG (kept under this name for callers). */
export const prng = mulberry32;

function concretePath(path: string): string {
  return path.replace(/\{[^}]+\+\}/g, 'a/b').replace(/\{[^}]+\}/g, '1');
}

function defaultTargets(cfg: GatewayConfig): LoadTarget[] {
  return cfg.api.routes.map((r) => ({ method: r.method === 'ANY' ? 'GET' : r.method, path: concretePath(r.path) }));
}

function isCacheable(cfg: GatewayConfig, t: LoadTarget): boolean {
  if (!cfg.stage.cache.enabled) return false;
  const r = cfg.api.routes.find((x) => concretePath(x.path) === t.path && (x.method === t.method || x.method === 'ANY'));
  if (!r) return false;
  const enabled = r.cache?.enabled ?? r.method === 'GET';
  return enabled && (r.cache?.ttlSeconds ?? cfg.stage.cache.ttlSeconds) > 0;
}

/**
 * Why a cacheable share changes nothing for this config, in plain words, or null when it does:
 * the share splits requests between cached GET routes and the others, so it needs both.
 * Caching is per stage, on by default for GET methods only, and a TTL of 0 turns it off:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export function cacheShareNote(config: GatewayConfig, targets: LoadTarget[] = defaultTargets(config)): string | null {
  if (targets.length === 0) return 'the API has no route to send requests to';
  if (!config.stage.cache.enabled) return 'the stage cache is off';
  const cached = targets.filter((t) => isCacheable(config, t)).length;
  if (cached === 0) return 'no route is cached (by default only GETs are, and a TTL of 0 is off)';
  if (cached === targets.length) return 'every route here is cached, so all requests are';
  return null;
}

export function runLoad(config: GatewayConfig, pattern: LoadPattern, durationMs: number): LoadResult {
  const rand = prng(pattern.seed ?? 1);
  const targets = pattern.targets ?? defaultTargets(config);
  const keys = config.apiKeys.slice(0, Math.max(0, pattern.apiKeys ?? 0)).map((k) => k.value);
  const keySlots: (string | undefined)[] = keys.length > 0 ? keys : [undefined];
  // Pre-built requests per (target, key): the loop itself allocates no request objects.
  const build = (ts: LoadTarget[]): GatewayRequest[][] =>
    ts.map((t) => keySlots.map((k) => makeRequest({ method: t.method, path: t.path, headers: k === undefined ? {} : { 'x-api-key': k } })));
  const cacheable = targets.filter((t) => isCacheable(config, t));
  const other = targets.filter((t) => !isCacheable(config, t));
  const cacheReqs = build(cacheable);
  const otherReqs = build(other);
  const share = pattern.cacheableShare ?? (cacheable.length > 0 && other.length > 0 ? cacheable.length / targets.length : cacheable.length > 0 ? 1 : 0);

  const seconds = Math.max(1, Math.ceil(durationMs / 1000));
  const series: LoadSeries = {
    accepted: new Array<number>(seconds).fill(0),
    throttled: new Array<number>(seconds).fill(0),
    quotaLimited: new Array<number>(seconds).fill(0),
    cacheHits: new Array<number>(seconds).fill(0),
    integrationCalls: new Array<number>(seconds).fill(0),
    otherErrors: new Array<number>(seconds).fill(0),
  };
  const totals: LoadTotals = { requests: 0, accepted: 0, throttled: 0, quotaLimited: 0, cacheHits: 0, integrationCalls: 0, otherErrors: 0 };
  if (targets.length === 0) return { seconds, series, totals };

  const state = createState();
  const opts = { trace: false } as const;
  const steady = Math.floor((pattern.ratePerSecond * durationMs) / 1000);
  const burst = Math.max(0, Math.floor(pattern.burst ?? 0));
  const total = burst + steady;
  const interval = pattern.ratePerSecond > 0 ? 1000 / pattern.ratePerSecond : 0;
  let keyIdx = 0;
  for (let n = 0; n < total; n++) {
    const at = n < burst ? 0 : Math.floor((n - burst) * interval);
    const pool = cacheReqs.length > 0 && (otherReqs.length === 0 || rand() < share) ? cacheReqs : otherReqs;
    const perTarget = pool[pool.length === 1 ? 0 : Math.floor(rand() * pool.length)]!;
    const req = perTarget[keyIdx]!;
    keyIdx = keyIdx + 1 === keySlots.length ? 0 : keyIdx + 1;
    const r = simulate(config, req, state, at, opts);
    const s = Math.min(seconds - 1, Math.floor(at / 1000));
    const stopped = r.stoppedAt;
    if (stopped === null) series.accepted[s]!++;
    else if (stopped === 'throttle') series.throttled[s]!++;
    else if (stopped === 'quota') series.quotaLimited[s]!++;
    else series.otherErrors[s]!++;
    if (r.cache === 'HIT') series.cacheHits[s]!++;
    if (r.integrationCalled) series.integrationCalls[s]!++;
  }
  totals.requests = total;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  totals.accepted = sum(series.accepted);
  totals.throttled = sum(series.throttled);
  totals.quotaLimited = sum(series.quotaLimited);
  totals.cacheHits = sum(series.cacheHits);
  totals.integrationCalls = sum(series.integrationCalls);
  totals.otherErrors = sum(series.otherErrors);
  return { seconds, series, totals };
}

/**
 * The stage response cache: key building, lookup (never past the TTL) and storing.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
import type { Ctx } from './context.js';
import type { CacheEntry, GatewayResponse } from './model.js';

/** Largest cacheable response: 1,048,576 bytes (same page). */
export const MAX_CACHEABLE_BYTES = 1_048_576;

export function cacheKeyOf(c: Ctx): string {
  const route = c.route!;
  const params = route.cacheKeyParams;
  // An ANY method serves several HTTP methods: the request's method is part of the key.
  let key = route.cfg.method === 'ANY' ? c.req.method + ' ' + route.cfg.path : route.cacheKeyPrefix;
  if (params.length === 0) return key;
  for (const p of params) {
    const v = p.kind === 'query' ? c.req.query[p.name] : p.kind === 'header' ? c.req.headers[p.name] : c.pathParams[p.name];
    key += '|' + p.full + '=' + (v ?? '');
  }
  return key;
}

/**
 * The entry a request at `nowMs` sees, or undefined. Each key holds its stored responses in the
 * order they arrive (`storedAt`): a request sees the latest one stored at or before its time, so an
 * entry is available from the moment its response was stored, and a later store replaces it only
 * from the later store's own time on. A miss in flight (stored in the future) hides nothing.
 * Entries superseded before `nowMs`, and an expired visible entry, are removed.
 */
export function lookup(cache: Map<string, readonly CacheEntry[]>, key: string, nowMs: number): CacheEntry | undefined {
  const list = cache.get(key);
  if (!list) return undefined;
  let i = list.length - 1;
  while (i >= 0 && list[i]!.storedAt > nowMs) i--;
  if (i < 0) return undefined;
  const e = list[i]!;
  if (nowMs >= e.expiresAt) {
    if (i === list.length - 1) cache.delete(key);
    else cache.set(key, list.slice(i + 1));
    return undefined;
  }
  if (i > 0) cache.set(key, list.slice(i));
  return e;
}

/** Stores a response arriving at `storedAt`; it replaces the key's entry from that time on. Lists are never mutated (cloneState shares them). */
export function store(cache: Map<string, readonly CacheEntry[]>, key: string, response: GatewayResponse, storedAt: number, ttlMs: number): void {
  const entry: CacheEntry = { storedAt, expiresAt: storedAt + ttlMs, response };
  const list = cache.get(key);
  if (!list) {
    cache.set(key, [entry]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.storedAt > storedAt) at--;
  cache.set(key, [...list.slice(0, at), entry, ...list.slice(at)]);
}

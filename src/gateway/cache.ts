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

/** A fresh entry, or undefined. Expired entries are removed. */
export function lookup(cache: Map<string, CacheEntry>, key: string, nowMs: number): CacheEntry | undefined {
  const e = cache.get(key);
  if (!e) return undefined;
  if (nowMs >= e.expiresAt) {
    cache.delete(key);
    return undefined;
  }
  // An entry whose response arrives after `nowMs` does not exist yet for this request.
  return nowMs >= e.storedAt ? e : undefined;
}

export function store(cache: Map<string, CacheEntry>, key: string, response: GatewayResponse, storedAt: number, ttlMs: number): void {
  cache.set(key, { storedAt, expiresAt: storedAt + ttlMs, response });
}

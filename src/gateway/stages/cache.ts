/**
 * Stage 8, the stage cache.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 * Key = method + resource path + the values of the declared cache key parameters; other
 * parameters do not split entries. `Cache-Control: max-age=0` refreshes the entry only for a
 * caller allowed to invalidate (execute-api:InvalidateCache) or when authorization is not required;
 * otherwise `unauthorizedCacheControlHeaderStrategy` decides.
 */
import { cacheKeyOf, lookup } from '../cache.js';
import type { Ctx } from '../context.js';

const FORBIDDEN_403 = Object.freeze({ status: 403, headers: Object.freeze({ 'content-type': 'application/json' }), body: '' });

function wantsRefresh(c: Ctx): boolean {
  const cc = c.req.headers['cache-control'];
  return cc !== undefined && /(^|[\s,])max-age\s*=\s*0(?![0-9])/i.test(cc);
}

export function cacheStage(c: Ctx): boolean {
  const route = c.route!;
  if (!route.cacheApplies) {
    c.cache = 'OFF';
    if (c.trace) {
      const sc = c.api.cfg.stage.cache;
      const why = !sc.enabled
        ? 'the stage cache is off'
        : (route.cfg.cache?.enabled ?? route.cfg.method === 'GET') === false
          ? `caching is not enabled for ${route.cfg.method} (only GET by default)`
          : 'the cache TTL is 0';
      c.add('cache', 'skip', why);
    }
    return true;
  }
  const key = cacheKeyOf(c);
  c.cacheKey = key;
  const ttlMs = route.cacheTtlMs;
  let note = '';
  let silent: string | undefined;
  if (wantsRefresh(c)) {
    const sc = c.api.cfg.stage.cache;
    const authorised = !sc.requireAuthorizationForCacheControl || (c.req.iam === 'signed-allowed' && c.req.cacheInvalidationAllowed);
    if (authorised) {
      c.cache = 'BYPASS';
      if (c.trace)
        c.add('cache', 'pass', 'Cache-Control: max-age=0 honoured: lookup skipped, the integration is called and the entry replaced', {
          key,
          requireAuthorizationForCacheControl: sc.requireAuthorizationForCacheControl,
        });
      return true;
    }
    const strategy = sc.unauthorizedCacheControlHeaderStrategy;
    if (strategy === 'FAIL_WITH_403') {
      c.cache = 'BYPASS';
      if (c.trace)
        c.add(
          'cache',
          'stop',
          'Cache-Control: max-age=0 from a caller without execute-api:InvalidateCache, strategy FAIL_WITH_403: 403',
          { key, strategy },
          'The documentation is silent on the body and error type of this 403; the simulator sends an empty body.',
        );
      return c.stopWith('cache', FORBIDDEN_403, null, null);
    }
    c.cacheWarning = strategy === 'SUCCEED_WITH_RESPONSE_HEADER';
    note = `Cache-Control: max-age=0 ignored: the caller may not invalidate (${strategy}${c.cacheWarning ? ', a warning header is added' : ''}); `;
    if (c.cacheWarning) silent = 'The warning header\'s name and text are a stand-in: the documentation is silent on them.';
  }
  const entry = lookup(c.state.cache, key, c.now);
  if (entry) {
    c.cache = 'HIT';
    c.response = entry.response;
    if (c.trace)
      c.add(
        'cache',
        'pass',
        `${note}HIT: fresh entry, ${seconds(entry.expiresAt - c.now)} s of its ${ttlMs / 1000} s TTL left`,
        { key, ttlRemainingMs: entry.expiresAt - c.now, ttlSeconds: ttlMs / 1000, storedAtMs: entry.storedAt },
        silent,
      );
    return true;
  }
  c.cache = 'MISS';
  if (c.trace)
    c.add('cache', 'pass', `${note}MISS: no fresh entry for this key; the integration will be called`, { key, ttlSeconds: ttlMs / 1000 }, silent);
  return true;
}

/** 59040 -> "59.04": the time left in the unit the TTL is given in. */
function seconds(ms: number): string {
  return (ms / 1000).toFixed(3).replace(/\.?0+$/, '');
}

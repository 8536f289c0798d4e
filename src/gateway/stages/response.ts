/**
 * Stage 10, response: the method/integration response, Lambda proxy output parsing, and storing
 * the answer in the stage cache.
 * Malformed Lambda proxy output -> 502 "Internal server error":
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
import { MAX_CACHEABLE_BYTES, store } from '../cache.js';
import { offsetText } from '../clock.js';
import type { Ctx } from '../context.js';
import type { GatewayResponse } from '../model.js';
import { checkProxyResult } from '../proxyResult.js';
import { RESPONSE_TYPES } from '../responses.js';
import { utf8Length } from './route.js';

/** Stand-in text: the documentation is silent on the exact warning header. */
export const CACHE_WARNING_HEADER = 'warning';
export const CACHE_WARNING_TEXT = '199 - "Cache-Control: max-age=0 ignored: caller is not authorized to invalidate the cache"';

function withWarning(r: GatewayResponse): GatewayResponse {
  return { status: r.status, headers: { ...r.headers, [CACHE_WARNING_HEADER]: CACHE_WARNING_TEXT }, body: r.body };
}

export function responseStage(c: Ctx): boolean {
  const route = c.route!;
  if (c.cache === 'HIT') {
    if (c.cacheWarning) c.response = withWarning(c.response!);
    if (c.trace) c.add('response', 'pass', `cached ${c.response!.status} returned to the client`, { status: c.response!.status });
    return true;
  }
  const i = route.cfg.integration;
  if (i.fail === 'malformed') {
    if (c.trace)
      c.add(
        'response',
        'stop',
        'Malformed Lambda proxy response: the output must be JSON with only statusCode, headers, multiValueHeaders, body (a string), isBase64Encoded',
        { type: i.type },
      );
    return c.stop('response', RESPONSE_TYPES.BAD_GATEWAY);
  }
  if (i.proxyResult !== undefined) {
    const checked = checkProxyResult(i.proxyResult);
    if (!checked.ok) {
      if (c.trace)
        c.add('response', 'stop', `Malformed Lambda proxy response: ${checked.problem}; 502 Internal server error`, { proxyResult: i.proxyResult },
          'The x-amzn-ErrorType of this 502 is not documented; the simulator sends InternalServerErrorException.');
      return c.stop('response', RESPONSE_TYPES.BAD_GATEWAY);
    }
    c.integrationResponse = checked.response;
    if (c.trace && checked.notes.length > 0) c.add('response', 'pass', `the proxy output is valid: ${checked.notes.join('; ')}`, { status: checked.response.status });
  }
  const res = c.integrationResponse!;
  let note = '';
  let silent: string | undefined;
  if (c.cacheKey !== null && (c.cache === 'MISS' || c.cache === 'BYPASS')) {
    const storedAt = c.now + i.latencyMs;
    if (res.status < 200 || res.status > 299) {
      note = '; not cached: only 2xx responses are stored';
      silent = 'Storing only 2xx answers is a simplification: the documentation is silent on which statuses are cached.';
    }
    // 1,048,576 bytes (UTF-8), not string length: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
    else if (res.body.length > MAX_CACHEABLE_BYTES / 4 && utf8Length(res.body) > MAX_CACHEABLE_BYTES)
      note = '; not cached: over the 1 MB (1,048,576 bytes) cacheable size';
    else {
      store(c.state.cache, c.cacheKey, res, storedAt, route.cacheTtlMs);
      if (c.trace) note = `; stored in the cache at ${offsetText(storedAt)} until ${offsetText(storedAt + route.cacheTtlMs)}`;
    }
  }
  c.response = c.cacheWarning ? withWarning(res) : res;
  if (c.trace) c.add('response', 'pass', `${res.status} returned to the client${note}`, { status: res.status, latencyMs: i.latencyMs }, silent);
  return true;
}

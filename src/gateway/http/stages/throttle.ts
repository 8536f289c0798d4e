/**
 * HTTP API stage, throttle: route-level limits (else the stage's default route settings), then
 * the account limit for the Region (10,000 rps, burst 5,000 by default); 429 {"message":"Too Many Requests"}.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html
 * Also the skips a REST learner looks for: HTTP APIs have no API keys, usage plans or caching.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html
 */
import { newBucket, take } from '../../tokenBucket.js';
import type { HttpCtx } from '../context.js';

export function httpApiKeyStage(c: HttpCtx): boolean {
  if (c.trace) c.add('apiKey', 'skip', 'HTTP APIs have no API keys or usage plans: x-api-key means nothing here (a REST API feature)');
  return true;
}

export function httpCacheStage(c: HttpCtx): boolean {
  if (c.trace) c.add('cache', 'skip', 'HTTP APIs have no response cache: every request reaches the integration (a REST API feature)');
  return true;
}

function takeFrom(c: HttpCtx, key: string, limit: { rateLimit: number; burstLimit: number }) {
  let b = c.state.buckets.get(key);
  if (!b) c.state.buckets.set(key, (b = newBucket(limit, c.now)));
  return take(b, limit, c.now) ? null : b;
}

function stopThrottled(c: HttpCtx, label: string, limit: { rateLimit: number; burstLimit: number }, tokens: number): false {
  if (c.trace) c.add('throttle', 'stop', `${label} bucket is empty (rate ${limit.rateLimit}/s, burst ${limit.burstLimit}): 429`, { tokens: Math.floor(tokens * 100) / 100 });
  return c.stop('throttle', 429, 'Too Many Requests');
}

export function httpThrottleStage(c: HttpCtx): boolean {
  const route = c.route!;
  const routeLimit = route.throttle ?? c.api.stage.throttle;
  if (routeLimit) {
    const empty = takeFrom(c, route.bucketKey, routeLimit);
    if (empty) return stopThrottled(c, route.throttle ? `route ${route.routeKey}` : 'stage default route settings', routeLimit, empty.tokens);
  }
  const empty = takeFrom(c, 'account', c.api.account);
  if (empty) return stopThrottled(c, 'account (Region)', c.api.account, empty.tokens);
  if (c.trace) {
    const left = (k: string) => Math.floor(c.state.buckets.get(k)!.tokens * 100) / 100;
    const label = route.throttle ? `route ${route.routeKey}` : 'stage default route settings';
    c.add('throttle', 'pass', `a token from each bucket: ${routeLimit ? `${label}, ` : ''}account (Region)`, {
      ...(routeLimit ? { [route.bucketKey]: { tokensLeft: left(route.bucketKey), ...routeLimit } } : {}),
      account: { tokensLeft: left('account'), ...c.api.account },
    });
  }
  return true;
}

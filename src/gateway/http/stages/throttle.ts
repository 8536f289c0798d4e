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

export function httpThrottleStage(c: HttpCtx): boolean {
  const route = c.route!;
  const routeLimit = route.throttle ?? c.api.stage.throttle;
  const checks: Array<[string, string, { rateLimit: number; burstLimit: number }]> = [];
  if (routeLimit) checks.push([`route:${route.routeKey}`, route.throttle ? `route ${route.routeKey}` : 'stage default route settings', routeLimit]);
  checks.push(['account', 'account (Region)', c.api.account]);
  const data: Record<string, unknown> = {};
  for (const [key, label, limit] of checks) {
    let b = c.state.buckets.get(key);
    if (!b) c.state.buckets.set(key, (b = newBucket(limit, c.now)));
    if (!take(b, limit, c.now)) {
      if (c.trace) c.add('throttle', 'stop', `${label} bucket is empty (rate ${limit.rateLimit}/s, burst ${limit.burstLimit}): 429`, { ...data, [key]: { tokens: Math.floor(b.tokens * 100) / 100 } });
      return c.stop('throttle', 429, 'Too Many Requests');
    }
    data[key] = { tokensLeft: Math.floor(b.tokens * 100) / 100, ...limit };
  }
  if (c.trace) c.add('throttle', 'pass', `a token from each bucket: ${checks.map(([, l]) => l).join(', ')}`, data);
  return true;
}

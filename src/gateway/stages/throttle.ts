/**
 * Stage 5, throttling: token buckets checked in the documented order
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 * (1) usage-plan per-method and per-client limits (only for methods that require a key),
 * (2) stage per-method limits (a method override, else the stage default; each method has its own bucket),
 * (3) the account limit per Region (default 10,000 rps, burst 5,000:
 *     https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html).
 * The first bucket without a token stops the request with 429. Tokens taken from earlier
 * buckets are not given back: the documentation is silent on refunds.
 */
import type { Ctx } from '../context.js';
import type { Bucket, ThrottleLimit } from '../model.js';
import { RESPONSE_TYPES } from '../responses.js';
import { msToNextToken, newBucket, take } from '../tokenBucket.js';

const ACCOUNT_KEY = 'account';

interface Checked {
  level: string;
  tokensLeft: number;
  burstLimit: number;
  rateLimit: number;
  msToNextToken: number;
}

function check(c: Ctx, key: string, limit: ThrottleLimit, level: string, seen: Checked[] | null): boolean {
  const buckets = c.state.buckets;
  let b: Bucket | undefined = buckets.get(key);
  if (!b) buckets.set(key, (b = newBucket(limit, c.now)));
  const ok = take(b, limit, c.now);
  if (seen)
    seen.push({
      level,
      tokensLeft: Math.round(b.tokens * 1000) / 1000,
      burstLimit: limit.burstLimit,
      rateLimit: limit.rateLimit,
      msToNextToken: msToNextToken(b, limit),
    });
  if (!ok && c.trace) {
    const last = seen![seen!.length - 1]!;
    // gateway-reference.md §10: choices where the documentation is silent are said in the trace's note.
    const silent: string[] = [];
    if (seen!.length > 1) silent.push('Tokens already taken from earlier buckets are not returned; the documentation is silent on this.');
    if (key === ACCOUNT_KEY)
      silent.push('The account bucket is checked here, after authorization and the key check; AWS may apply it earlier (the documentation is silent).');
    if (c.key?.plan?.quota) silent.push('The quota is checked after the throttle; the documentation is silent on which is reported when both are exhausted.');
    c.add(
      'throttle',
      'stop',
      `${level} bucket is empty (${last.tokensLeft} of ${limit.burstLimit} tokens, refills ${limit.rateLimit}/s, next token in ${last.msToNextToken} ms)`,
      { buckets: seen },
      silent.length > 0 ? silent.join(' ') : undefined,
    );
  }
  return ok;
}

export function throttleStage(c: Ctx): boolean {
  const route = c.route!;
  const seen: Checked[] | null = c.trace ? [] : null;
  const key = c.key;
  if (key && key.plan) {
    const mb = key.methodBuckets.get(route.routeKey);
    if (mb && !check(c, mb.key, mb.limit, `usage plan ${key.plan.name} per-method (${route.routeKey}) for key ${key.cfg.id}`, seen))
      return c.stop('throttle', RESPONSE_TYPES.THROTTLED);
    const pl = key.plan.throttle;
    if (pl && !check(c, key.planBucketKey, pl, `usage plan ${key.plan.name} per-client for key ${key.cfg.id}`, seen))
      return c.stop('throttle', RESPONSE_TYPES.THROTTLED);
  }
  if (route.stageLimit) {
    const level = route.stageLimitFrom === 'route' ? `stage method override (${route.routeKey})` : `stage default for ${route.routeKey}`;
    if (!check(c, route.stageBucketKey, route.stageLimit, level, seen)) return c.stop('throttle', RESPONSE_TYPES.THROTTLED);
  }
  // The account bucket sits with the other throttles (after auth); AWS may apply it earlier — undocumented.
  if (!check(c, ACCOUNT_KEY, c.api.cfg.account, 'account (per Region)', seen)) return c.stop('throttle', RESPONSE_TYPES.THROTTLED);
  if (c.trace) c.add('throttle', 'pass', `one token taken from each bucket: ${seen!.map((b) => `${b.level} ${b.tokensLeft} of ${b.burstLimit} left`).join('; ')}`, {
      buckets: seen,
    });
  return true;
}

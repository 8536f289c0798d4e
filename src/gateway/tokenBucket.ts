/**
 * Token buckets for throttling.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 * "API Gateway throttles requests to your API using the token bucket algorithm, where a
 * token counts for a request": the bucket holds `burstLimit` tokens, refills `rateLimit`
 * tokens per second, starts full; a request takes one token or is answered 429.
 */
import type { Bucket, ThrottleLimit } from './model.js';

export function newBucket(limit: ThrottleLimit, nowMs: number): Bucket {
  return { tokens: limit.burstLimit, lastMs: nowMs };
}

/** Refills the bucket up to `nowMs` (virtual time never runs backwards: an earlier instant refills nothing). */
export function refill(b: Bucket, limit: ThrottleLimit, nowMs: number): void {
  const elapsed = nowMs - b.lastMs;
  if (elapsed <= 0) return;
  const t = b.tokens + (elapsed * limit.rateLimit) / 1000;
  b.tokens = t > limit.burstLimit ? limit.burstLimit : t;
  b.lastMs = nowMs;
}

/** Refills, then takes one token if there is a whole one. Returns whether it did. */
export function take(b: Bucket, limit: ThrottleLimit, nowMs: number): boolean {
  refill(b, limit, nowMs);
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return true;
  }
  return false;
}

/** Milliseconds until the bucket holds one whole token again (0 when it has one; Infinity at rate 0). */
export function msToNextToken(b: Bucket, limit: ThrottleLimit): number {
  if (b.tokens >= 1) return 0;
  if (limit.burstLimit < 1 || limit.rateLimit <= 0) return Infinity;
  return Math.ceil(((1 - b.tokens) * 1000) / limit.rateLimit);
}

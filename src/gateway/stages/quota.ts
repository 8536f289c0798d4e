/**
 * Stage 6, usage-plan quota per key, counted per period.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 * Exceeded: 429 LimitExceededException "Limit Exceeded" (https://repost.aws/knowledge-center/api-gateway-429-limit).
 * Throttle is checked before quota: the documentation is silent on which is reported when both are exhausted.
 */
import { offsetText, periodOf } from '../clock.js';
import type { Ctx } from '../context.js';
import type { QuotaCounter } from '../model.js';
import { RESPONSE_TYPES } from '../responses.js';

/** The hedge, in its own note line: where the documentation is silent and where the simulator is stricter. */
const NOTE =
  'Periods are UTC calendar periods (the documentation does not state the reset instant), and t+0 is 00:00 UTC on a Thursday, the 1st of a month (weeks start on Sunday). AWS treats quotas as best-effort; the simulator is exact.';

export function quotaStage(c: Ctx): boolean {
  const key = c.key;
  const quota = key?.plan?.quota;
  if (!key || !quota) {
    if (c.trace)
      c.add('quota', 'skip', key ? `usage plan ${key.plan!.name} has no quota` : 'no usage plan meters this method (no API key required)');
    return true;
  }
  let q: QuotaCounter | undefined = c.state.quotas.get(key.quotaKey);
  if (!q || c.now >= q.periodEnd || c.now < q.periodStart) {
    const p = periodOf(quota.period, c.now);
    if (!q) c.state.quotas.set(key.quotaKey, (q = { periodStart: p.start, periodEnd: p.end, used: 0 }));
    else {
      q.periodStart = p.start;
      q.periodEnd = p.end;
      q.used = 0;
    }
  }
  if (q.used >= quota.limit) {
    if (c.trace)
      c.add('quota', 'stop', `key ${key.cfg.id} used ${q.used} of ${quota.limit} per ${quota.period}; resets at ${offsetText(q.periodEnd)}`,
        { used: q.used, limit: quota.limit, period: quota.period, periodStartAtMs: q.periodStart, resetsAtMs: q.periodEnd },
        NOTE,
      );
    return c.stop('quota', RESPONSE_TYPES.QUOTA_EXCEEDED);
  }
  q.used++;
  if (c.trace)
    c.add('quota', 'pass', `key ${key.cfg.id}: ${q.used} of ${quota.limit} this ${quota.period}, resets at ${offsetText(q.periodEnd)}`,
      { used: q.used, limit: quota.limit, period: quota.period, periodStartAtMs: q.periodStart, resetsAtMs: q.periodEnd },
      NOTE,
    );
  return true;
}

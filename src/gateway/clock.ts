/**
 * Quota periods. The usage-plan docs give DAY | WEEK | MONTH but not the reset instant
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html);
 * the simulator uses UTC calendar periods: DAY from 00:00 UTC, WEEK from Sunday 00:00 UTC,
 * MONTH from the 1st at 00:00 UTC. Virtual time 0 is 1970-01-01T00:00:00Z (a Thursday).
 */
import type { QuotaPeriod } from './model.js';

export const DAY_MS = 86_400_000;

export interface Period {
  start: number;
  end: number;
}

export function periodOf(period: QuotaPeriod, nowMs: number): Period {
  const day = Math.floor(nowMs / DAY_MS);
  if (period === 'DAY') return { start: day * DAY_MS, end: (day + 1) * DAY_MS };
  if (period === 'WEEK') {
    // 1970-01-01 was a Thursday: day 0 has weekday 4 (Sunday = 0).
    const weekday = (((day + 4) % 7) + 7) % 7;
    const start = (day - weekday) * DAY_MS;
    return { start, end: start + 7 * DAY_MS };
  }
  const d = new Date(nowMs);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
}

/**
 * A virtual instant as an offset from the scenario's start, the way the simulator shows time:
 * "t+0.000 s", "t+1.250 s", "t+1 m 5 s", "t+1 d 2 h". Under a minute the milliseconds always
 * show; above, a unit that is zero is left out and seconds keep their milliseconds only when
 * they have some. (Virtual time 0 is also 1970-01-01T00:00:00Z, which only quota periods use.)
 */
export function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(ms));
  if (abs < 60_000) return `t${sign}${(abs / 1000).toFixed(3)} s`;
  const d = Math.floor(abs / DAY_MS);
  const h = Math.floor((abs % DAY_MS) / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const rest = abs % 60_000;
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} m`, rest && `${rest % 1000 ? (rest / 1000).toFixed(3) : rest / 1000} s`];
  return `t${sign}${parts.filter(Boolean).join(' ')}`;
}

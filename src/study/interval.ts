/** A wait as a button label. Apart from the scheduler, so screens can format without loading ts-fsrs. */
import type { Outcome } from './scheduler.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** One decimal below 10, none above; "1.0" shows as "1". */
const short = (n: number): string => (n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n)));

/** Formats a wait for a button: minutes, hours, days, months ("mo"), years. */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MIN))}m`;
  if (ms < DAY) return `${short(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${short(days / 30.4375)}mo`;
  return `${short(days / 365.25)}y`;
}

/** Why two buttons show the same wait, or null when they all differ. */
export function sameIntervals(outcomes: Outcome[]): string | null {
  for (let i = 0; i < outcomes.length - 1; i++) {
    const [a, b] = [outcomes[i]!, outcomes[i + 1]!];
    if (a.interval !== b.interval) continue;
    const gap = Math.abs(b.next.due - a.next.due);
    return gap === 0
      ? `${a.label} and ${b.label} both wait ${a.interval} (the same learning step); the rating still changes the card's stability and difficulty.`
      : `${a.label} and ${b.label} both show ${a.interval}: they differ by ${formatInterval(gap)}, less than the label rounds to.`;
  }
  return null;
}


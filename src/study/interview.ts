/** "Interview on DATE": which cards will not be solid by a day the user names, and a session that
 * reviews them early, most ready first, in the way FSRS Helper's "Advance" does it.
 *
 * Solid by the date: the card has graduated from its learning steps (FSRS state Review) and its
 * FSRS retrievability at the start of that local day (or now, when the day is today), with no
 * further review, is at least the desired retention. New, learning and relearning cards are not. The forgetting curve is FSRS's own (ts-fsrs
 * forgetting_curve with the parameters in use).
 *
 * The session: the cards not solid by the date, each rated with the normal scheduler at the real
 * time, so FSRS sees the real elapsed time and its next interval corrects the schedule (an early
 * review gains less stability than an on-time one, and FSRS accounts for that). Order, as
 * Advance: learning cards that are due, then studied cards by the share of their interval still
 * to run (1 - (1/R - 1) / (1/DR - 1), R now; overdue and due cards first, then those nearest to
 * due, the more stable first), then new cards (the daily new limit does not apply: the user asked
 * to prepare). A card already reviewed today waits for another day: reviewing it again within the
 * day would gain almost nothing. */
import { default_w, forgetting_curve, migrateParameters } from 'ts-fsrs';
import type { Card } from '../content/types.js';
import { localDayKey, startOfLocalDay } from '../progress/day.js';
import type { ProgressData, SrsState } from '../progress/schema.js';
import { matches, newIntroducedToday, type Queue, type QueueFilter, type QueueItem } from './flashcards.js';

const DAY = 86_400_000;
/** As buildQueue: when nothing else is left, a learning card due within 20 minutes is shown. */
const LEARN_AHEAD_MS = 20 * 60_000;
/** The furthest ahead a date may be (a typo like 2062 is caught). */
const MAX_YEARS_AHEAD = 5;

export type DateCheck = { ok: true; day: string } | { ok: false; message: string };

/** The local midnight starting day "YYYY-MM-DD" (null when it is not a real calendar date). */
export function localDayStart(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDayKey(d) === day ? d : null;
}

/** Checks a date typed by the user: a real day, today or later (local time), within five years. */
export function checkInterviewDate(text: string, now: Date): DateCheck {
  const day = text.trim();
  const start = localDayStart(day);
  const today = localDayKey(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { ok: false, message: `"${day}" is not a date: type it as YYYY-MM-DD, e.g. ${today}.` };
  if (!start) return { ok: false, message: `${day} is not a day of the calendar.` };
  if (day < today) return { ok: false, message: `${day} is in the past (today is ${today}): give today or a later day.` };
  if (start.getFullYear() > now.getFullYear() + MAX_YEARS_AHEAD) return { ok: false, message: `${day} is more than ${MAX_YEARS_AHEAD} years away: check the year.` };
  return { ok: true, day };
}

/** Whole local days from today to `day` (0: today). */
export function daysUntil(day: string, now: Date): number {
  const start = localDayStart(day);
  if (!start) return 0;
  return Math.round((start.getTime() - startOfLocalDay(now).getTime()) / DAY);
}

/** The moment "solid" is measured at: the start of the interview's local day, or now if that passed. */
export function interviewMoment(day: string, now: Date): number {
  return Math.max(now.getTime(), localDayStart(day)?.getTime() ?? now.getTime());
}

/** FSRS retrievability of a card at `at` with no review before then; 0 for a card never studied. */
export function retrievabilityAt(state: SrsState | undefined, at: number, parameters?: readonly number[]): number {
  if (!state || state.state === 0 || state.lastReview === undefined || !(state.stability > 0)) return 0;
  const w = parameters ? migrateParameters([...parameters]) : default_w;
  return forgetting_curve(w, Math.max(0, (at - state.lastReview) / DAY), state.stability);
}

export interface SolidOptions {
  desiredRetention: number;
  parameters?: readonly number[];
}

export function isSolid(state: SrsState | undefined, at: number, o: SolidOptions): boolean {
  return state?.state === 2 && retrievabilityAt(state, at, o.parameters) >= o.desiredRetention;
}

const optionsOf = (progress: Readonly<ProgressData>): SolidOptions => {
  const { desiredRetention, fsrsParameters } = progress.settings;
  return fsrsParameters ? { desiredRetention, parameters: fsrsParameters } : { desiredRetention };
};

export interface InterviewCount {
  day: string;
  days: number;
  total: number;
  notSolid: number;
}

/** How many of `cards` will not be solid by `day`. One pass over the cards: cheap, but compute it
 * once per store change or date, not per keystroke. */
export function interviewCount(cards: readonly Card[], progress: Readonly<ProgressData>, day: string, now: Date): InterviewCount {
  const at = interviewMoment(day, now);
  const o = optionsOf(progress);
  let notSolid = 0;
  for (const c of cards) if (!isSolid(progress.cards[c.id], at, o)) notSolid++;
  return { day, days: daysUntil(day, now), total: cards.length, notSolid };
}

/** Advance's order: the share of the interval still to run, from the retrievability now. */
export function remainingShare(state: SrsState, now: number, o: SolidOptions): number {
  const r = retrievabilityAt(state, now, o.parameters);
  if (r <= 0) return -Infinity;
  return 1 - (1 / r - 1) / (1 / o.desiredRetention - 1);
}

export interface InterviewQueueOptions {
  cards: readonly Card[];
  progress: Readonly<ProgressData>;
  now: Date;
  day: string;
  filter?: QueueFilter;
}

/** The interview session's queue (the shape buildQueue gives, so the study screen shows it as any
 * session). `nextDue` is null when empty: what is left waits for tomorrow (see `waiting`). */
export function interviewQueue(q: InterviewQueueOptions): Queue & { waiting: number } {
  const now = q.now.getTime();
  const at = interviewMoment(q.day, q.now);
  const o = optionsOf(q.progress);
  const today = startOfLocalDay(q.now).getTime();
  const learning: QueueItem[] = [];
  const later: QueueItem[] = [];
  const studied: Array<QueueItem & { share: number }> = [];
  const fresh: QueueItem[] = [];
  let waiting = 0;
  for (const card of q.cards) {
    if (!matches(card, q.filter)) continue;
    const state = q.progress.cards[card.id];
    if (isSolid(state, at, o)) continue;
    if (!state || state.state === 0) fresh.push({ card, kind: 'new', ...(state ? { state } : {}) });
    else if (state.state !== 2) (state.due <= now ? learning : later).push({ card, kind: 'learning', state });
    else if ((state.lastReview ?? 0) >= today) waiting++;
    else studied.push({ card, kind: 'review', state, share: remainingShare(state, now, o) });
  }
  learning.sort((a, b) => a.state!.due - b.state!.due);
  studied.sort((a, b) => a.share - b.share || b.state!.stability - a.state!.stability);
  let items: QueueItem[] = [...learning, ...studied.map(({ share: _s, ...item }) => item), ...fresh];
  if (items.length === 0) items = later.filter((i) => i.state!.due <= now + LEARN_AHEAD_MS).sort((a, b) => a.state!.due - b.state!.due);
  const soonest = later.reduce<number | null>((m, i) => (m === null || i.state!.due < m ? i.state!.due : m), null);
  return {
    items,
    counts: { learning: learning.length, review: studied.length, new: fresh.length },
    newToday: newIntroducedToday(q.progress, q.now),
    newLimit: q.progress.settings.dailyNewLimit,
    nextDue: items.length === 0 ? soonest : null,
    waiting,
  };
}

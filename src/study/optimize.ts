/** FSRS parameters fitted to the user's own reviews, with the FSRS project's optimizer
 * (@open-spaced-repetition/binding, an optional native dependency loaded only here). The result is
 * a proposal: old and new parameters with how well each predicts the history (log loss, RMSE);
 * the caller saves it only when the user accepts. */
import { default_w } from 'ts-fsrs';
import { startOfLocalDay } from '../progress/day.js';
import type { ReviewEntry } from '../progress/schema.js';

/** Our floor for a fit worth proposing (a fit on a handful of reviews mostly learns noise):
 * this many reviews made a day or more after the one before, over at least MIN_CARDS cards. */
export const MIN_LONG_TERM_REVIEWS = 400;
export const MIN_CARDS = 30;
const DAY = 86_400_000;

/** One card's history as the optimizer reads it: ratings with whole days since the previous one. */
export type History = Array<{ rating: number; deltaT: number }>;

export function histories(reviews: readonly ReviewEntry[]): History[] {
  const byCard = new Map<string, ReviewEntry[]>();
  for (const r of reviews) byCard.set(r.card, [...(byCard.get(r.card) ?? []), r]);
  const out: History[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.at - b.at);
    let prevDay = -1;
    const h: History = list.map((r) => {
      const day = Math.round(startOfLocalDay(r.at).getTime() / DAY);
      const deltaT = prevDay < 0 ? 0 : day - prevDay;
      prevDay = day;
      return { rating: r.rating, deltaT };
    });
    out.push(h);
  }
  return out;
}

export interface Readiness {
  ready: boolean;
  longTerm: number;
  cards: number;
  /** What is missing, in words, when not ready. */
  missing: string;
}

export function readiness(reviews: readonly ReviewEntry[]): Readiness {
  const hs = histories(reviews);
  const longTerm = hs.reduce((n, h) => n + h.filter((r) => r.deltaT > 0).length, 0);
  const cards = hs.filter((h) => h.some((r) => r.deltaT > 0)).length;
  const ready = longTerm >= MIN_LONG_TERM_REVIEWS && cards >= MIN_CARDS;
  const missing = ready
    ? ''
    : `Not enough history yet: ${longTerm} of ${MIN_LONG_TERM_REVIEWS} reviews made a day or more after the card's previous one, over ${cards} of ${MIN_CARDS} cards. Keep studying; the defaults serve until then.`;
  return { ready, longTerm, cards, missing };
}

export interface Proposal {
  old: { parameters: number[]; logLoss: number; rmse: number };
  fitted: { parameters: number[]; logLoss: number; rmse: number };
  reviews: number;
}

export type OptimizeResult = { ok: true; proposal: Proposal } | { ok: false; message: string };

type Binding = typeof import('@open-spaced-repetition/binding');

/** Loads the native optimizer; null where it is not installed or cannot load on this platform. */
export async function loadOptimizer(): Promise<Binding | null> {
  try {
    return await import('@open-spaced-repetition/binding');
  } catch {
    return null;
  }
}

export async function optimize(reviews: readonly ReviewEntry[], current: readonly number[] | undefined, load = loadOptimizer): Promise<OptimizeResult> {
  const ready = readiness(reviews);
  if (!ready.ready) return { ok: false, message: ready.missing };
  const b = await load();
  if (!b) {
    return {
      ok: false,
      message: 'The optimizer (@open-spaced-repetition/binding, an optional native module) is not available on this machine; the default parameters stay in use. To use it: npm install @open-spaced-repetition/binding@0.5.0 where gateprep is installed.',
    };
  }
  // one training item per review made a day or more after the card's previous one: the history up to
  // and including it (same-day reviews stay inside histories but are not predicted themselves)
  const trainable = histories(reviews).flatMap((h) =>
    h.flatMap((r, i) => (i > 0 && r.deltaT > 0 ? [new b.FSRSBindingItem(h.slice(0, i + 1).map((x) => new b.FSRSBindingReview(x.rating, x.deltaT)))] : [])),
  );
  try {
    const fitted = await b.computeParameters(trainable, { enableShortTerm: true });
    const oldParams = [...(current ?? default_w)];
    const evalWith = (p: number[]) => new b.FSRSBinding(p).evaluate(trainable);
    const before = evalWith(oldParams);
    const after = evalWith(fitted);
    return {
      ok: true,
      proposal: {
        old: { parameters: oldParams, logLoss: before.logLoss, rmse: before.rmseBins },
        fitted: { parameters: fitted, logLoss: after.logLoss, rmse: after.rmseBins },
        reviews: trainable.length,
      },
    };
  } catch (e) {
    return { ok: false, message: `The optimizer failed (${e instanceof Error ? e.message : String(e)}); the parameters in use are unchanged.` };
  }
}

/** The study queue: due learning and review cards first, then new cards up to the daily limit,
 * then "done for today" with when the next card is due. Cram mode studies any filter with no
 * schedule change. Only cards present in the decks are shown; the store keeps the others. */
import type { Card } from '../content/types.js';
import { nextLocalMidnight, startOfLocalDay } from '../progress/day.js';
import type { ProgressData, ReviewEntry, SrsState } from '../progress/schema.js';
import type { ProgressStore } from '../progress/store.js';
import type { RatedEntry, Scheduler } from './scheduler.js';
import type { GradeNum } from '../progress/schema.js';
import type { UndoOutcome } from '../progress/ops.js';

export interface QueueFilter {
  /** Deck ids to include (all when empty or absent). */
  decks?: readonly string[];
  /** Topics to include (all when empty or absent). */
  topics?: readonly string[];
}

export type QueueKind = 'learning' | 'review' | 'new' | 'cram';

export interface QueueItem {
  card: Card;
  kind: QueueKind;
  state?: SrsState;
}

/** What the queue reads of the progress data (Home passes a digest of it: homeFigures.ts). */
export interface QueueProgress {
  cards: Readonly<Record<string, SrsState>>;
  settings: Pick<ProgressData['settings'], 'dailyNewLimit'>;
  reviews: readonly Pick<ReviewEntry, 'at' | 'card' | 'from' | 'source'>[];
}

export interface QueueOptions {
  cards: readonly Card[];
  progress: Readonly<QueueProgress>;
  now: Date;
  filter?: QueueFilter;
  mode?: 'study' | 'cram';
  /** Card ids already seen this session (cram mode uses it, since cramming changes no schedule). */
  skip?: ReadonlySet<string>;
  /** When nothing else is left, learning cards due within this many ms are shown early (Anki: 20 min). */
  learnAheadMs?: number;
}

export interface Queue {
  items: QueueItem[];
  counts: { learning: number; review: number; new: number };
  /** New cards already introduced today, and the limit they count against. */
  newToday: number;
  newLimit: number;
  /** When the queue is empty: the time the next card becomes available (null: nothing scheduled). */
  nextDue: number | null;
}

export function matches(card: Card, filter: QueueFilter | undefined): boolean {
  if (filter?.decks?.length && !filter.decks.includes(card.deck)) return false;
  if (filter?.topics?.length && !filter.topics.includes(card.topic)) return false;
  return true;
}

/** Distinct cards first studied (rated from New) since local midnight, in study sessions. */
export function newIntroducedToday(progress: Readonly<Pick<QueueProgress, 'reviews'>>, now: Date): number {
  const since = startOfLocalDay(now).getTime();
  const ids = new Set<string>();
  for (let i = progress.reviews.length - 1; i >= 0; i--) {
    const r = progress.reviews[i]!;
    if (r.at >= since && r.at <= now.getTime() && r.from === 0 && r.source === 'study') ids.add(r.card);
  }
  return ids.size;
}

const isNew = (s: SrsState | undefined): boolean => !s || s.state === 0;

export function buildQueue(o: QueueOptions): Queue {
  const now = o.now.getTime();
  const endOfDay = nextLocalMidnight(o.now).getTime();
  const cards = o.cards.filter((c) => matches(c, o.filter) && !o.skip?.has(c.id));
  const stateOf = (c: Card): SrsState | undefined => o.progress.cards[c.id];
  const newLimit = o.progress.settings.dailyNewLimit;
  const newToday = newIntroducedToday(o.progress, o.now);

  if (o.mode === 'cram') {
    const items = cards
      .map((card): QueueItem => ({ card, kind: 'cram', ...withState(stateOf(card)) }))
      .sort((a, b) => (a.state?.due ?? Infinity) - (b.state?.due ?? Infinity));
    return { items, counts: { learning: 0, review: 0, new: 0 }, newToday, newLimit, nextDue: null };
  }

  const learning: QueueItem[] = [];
  const review: QueueItem[] = [];
  const fresh: QueueItem[] = [];
  const later: QueueItem[] = [];
  let newLeft = Math.max(0, newLimit - newToday);
  let newWaiting = false;
  for (const card of cards) {
    const state = stateOf(card);
    if (isNew(state)) {
      if (newLeft > 0) {
        fresh.push({ card, kind: 'new', ...withState(state) });
        newLeft--;
      } else newWaiting = true;
    } else if (state!.state === 2) {
      if (state!.due < endOfDay) review.push({ card, kind: 'review', state: state! });
      else later.push({ card, kind: 'review', state: state! });
    } else if (state!.due <= now) learning.push({ card, kind: 'learning', state: state! });
    else later.push({ card, kind: 'learning', state: state! });
  }
  const byDue = (a: QueueItem, b: QueueItem): number => a.state!.due - b.state!.due;
  learning.sort(byDue);
  review.sort(byDue);
  let items = [...learning, ...review, ...fresh];
  if (items.length === 0) {
    const ahead = now + (o.learnAheadMs ?? 20 * 60_000);
    items = later.filter((i) => i.kind === 'learning' && i.state!.due <= ahead).sort(byDue);
  }
  let nextDue: number | null = null;
  if (items.length === 0) {
    for (const i of later) {
      // A review card is shown from the start of the local day it is due on.
      const at = i.kind === 'review' ? startOfLocalDay(i.state!.due).getTime() : i.state!.due;
      nextDue = nextDue === null ? at : Math.min(nextDue, at);
    }
    // new cards come tomorrow only if the daily limit lets any in (0 means none, ever)
    if (newWaiting && newLimit > 0) nextDue = nextDue === null ? endOfDay : Math.min(nextDue, endOfDay);
  }
  return {
    items,
    counts: { learning: learning.length, review: review.length, new: fresh.length },
    newToday,
    newLimit,
    nextDue,
  };
}

function withState(state: SrsState | undefined): { state?: SrsState } {
  return state ? { state } : {};
}

/** Rates the card at the head of a session. Study mode saves the review (on disk when this returns)
 * and returns its entry, for undo; cram mode changes nothing and returns null. */
export function answer(
  store: ProgressStore,
  scheduler: Scheduler,
  item: QueueItem,
  rating: GradeNum,
  now: Date,
  mode: 'study' | 'cram' = 'study',
): RatedEntry | null {
  if (mode === 'cram') return null;
  // Rated from the state on disk (under the store's lock), in case another gateprep rated it meanwhile.
  return store.review(item.card.id, (state) => scheduler.rate(item.card.id, state, rating, now));
}

/** Undoes a review made in this session: its log entry goes and the card's schedule is restored. */
export function undo(store: ProgressStore, entry: ReviewEntry): UndoOutcome {
  return store.undoReview(entry.id);
}

/** Cards in the decks marked as leeches (lapsed 8 times), most recently marked first. */
export function leechCards(cards: readonly Card[], progress: Readonly<ProgressData>): Card[] {
  return cards.filter((c) => progress.leeches[c.id]).sort((a, b) => progress.leeches[b.id]!.at - progress.leeches[a.id]!.at);
}

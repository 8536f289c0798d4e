/** One study session's own state: which part of the screen shows, the revealed card, this
 * session's answers (for undo), and in cram mode the cards already seen. The queue itself is
 * derived from the progress store by the screen (buildQueue), never copied here. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { answer, undo as undoReview, type QueueItem } from '../study/flashcards.js';
import type { RatedEntry } from '../study/scheduler.js';
import type { GradeNum } from '../progress/schema.js';
import type { ProgressUiState } from './progressStore.js';

export type StudyView = 'cards' | 'filter' | 'leeches' | 'settings';

interface Answered {
  card: string;
  title: string;
  rating: GradeNum;
  /** The saved review (null in cram mode: nothing was saved). */
  entry: RatedEntry | null;
}

export interface StudySessionState {
  view: StudyView;
  /** The card whose answer is shown (a new head card starts hidden). */
  revealed: string | null;
  /** This session's answers, latest last; `u` undoes from the end. */
  answered: Answered[];
  /** Cram mode: cards already answered this session (they leave the queue). */
  seen: ReadonlySet<string>;
  /** The card on screen (revealed, scrolled, or brought back by undo) stays first until it is
   * rated, even when a learning card comes due meanwhile. */
  pinned: string | null;
  /** Cram mode: cards rated Again, in order; they come back after the cards not yet seen. */
  again: readonly string[];
  /** A one-line outcome to show (an undo, a failed save). */
  message: string | null;
  /** First line of the card shown (long answers scroll). */
  offset: number;
  setView: (view: StudyView) => void;
  reveal: (cardId: string) => void;
  scroll: (delta: number, max: number, cardId: string) => void;
  rate: (item: QueueItem, rating: GradeNum) => void;
  undo: () => void;
  say: (message: string | null) => void;
}

export interface StudyDeps {
  progress: StoreApi<ProgressUiState>;
  clock: () => Date;
  cram: boolean;
}

/** As scheduler.ts names them (not imported from there: it loads ts-fsrs, which waits for the first frame). */
const GRADE_LABELS: Record<GradeNum, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
/** As progress/ops.ts LEECH_LAPSES (not imported: the same reason). */
const LEECH_AT = 8;

/** Said the moment a rating makes a card a leech. */
function leechMessage(title: string, entry: RatedEntry | null): string | null {
  if (!entry || entry.next.lapses < LEECH_AT || (entry.prev?.lapses ?? 0) >= LEECH_AT) return null;
  return `▲ "${title}" is now a leech: forgotten ${entry.next.lapses} times. Rewrite it or look it up; l lists leeches.`;
}

const UNDO_REFUSED: Record<string, string> = {
  'not-found': 'that review is no longer in the log',
  'not-undoable': 'that review was saved without the state before it',
  'reviewed-since': 'the card was rated again since (perhaps in another gateprep)',
};

export function createStudySession(deps: StudyDeps): StoreApi<StudySessionState> {
  return createStore<StudySessionState>()((set, get) => ({
    view: 'cards',
    revealed: null,
    answered: [],
    seen: new Set(),
    pinned: null,
    again: [],
    message: null,
    offset: 0,
    setView: (view) => set({ view, message: null }),
    reveal: (cardId) => set({ revealed: cardId, pinned: cardId, offset: 0 }),
    scroll: (delta, max, cardId) => set((s) => ({ offset: Math.min(max, Math.max(0, s.offset + delta)), pinned: cardId })),
    say: (message) => set({ message }),
    rate: (item, rating) => {
      const { progress, clock, cram } = deps;
      const { store, scheduler, touch } = progress.getState();
      const done: Answered = { card: item.card.id, title: item.card.title, rating, entry: null };
      if (!cram) {
        if (!store || !scheduler) return set({ message: 'Progress is not available: this review cannot be saved.' });
        try {
          done.entry = answer(store, scheduler, item, rating, clock(), 'study');
        } catch (e) {
          touch();
          return set({ message: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
        }
      }
      // cram: Again sends the card to the back of the session; any other rating ends it for the session
      const retry = cram && rating === 1;
      set((s) => ({
        answered: [...s.answered, done],
        seen: cram && !retry ? new Set([...s.seen, item.card.id]) : s.seen,
        again: cram ? [...s.again.filter((id) => id !== item.card.id), ...(retry ? [item.card.id] : [])] : s.again,
        pinned: null,
        revealed: null,
        offset: 0,
        message: retry ? `Again: "${item.card.title}" comes back after the other cards.` : leechMessage(item.card.title, done.entry),
      }));
      if (!cram) touch();
    },
    undo: () => {
      const last = get().answered.at(-1);
      if (!last) return;
      const rest = get().answered.slice(0, -1);
      const label = `${GRADE_LABELS[last.rating]} on "${last.title}"`;
      if (!last.entry) {
        const seen = new Set(get().seen);
        seen.delete(last.card);
        return set({ answered: rest, seen, again: get().again.filter((id) => id !== last.card), pinned: last.card, revealed: null, offset: 0, message: `Undone: ${label}.` });
      }
      const { store, touch } = deps.progress.getState();
      if (!store) return;
      let outcome: string;
      try {
        outcome = undoReview(store, last.entry);
      } catch (e) {
        return set({ message: `Undo not saved: ${e instanceof Error ? e.message : String(e)}` });
      }
      touch();
      if (outcome === 'undone') {
        set({ answered: rest, pinned: last.card, revealed: null, offset: 0, message: `Undone, schedule restored: ${label}.` });
      } else {
        set({ answered: rest, message: `Cannot undo ${label}: ${UNDO_REFUSED[outcome] ?? outcome}.` });
      }
    },
  }));
}

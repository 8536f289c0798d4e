/** Home's figures for Flashcards and Progress: due now and new available today, once the
 * progress store has opened (after the first frame); a placeholder until then. Never opens it. */
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import { buildQueue } from '../../study/flashcards.js';
import { computeStats } from '../../progress/stats.js';

export function useStudyFigures(): { flashcards: string; progress: string } {
  const { library, progress, clock } = useAppContext();
  const status = useStore(progress, (s) => s.status);
  const store = useStore(progress, (s) => s.store);
  useStore(progress, (s) => s.revision);
  if (status === 'error') return { flashcards: 'progress cannot be saved', progress: 'not available' };
  if (!store) return { flashcards: 'loading…', progress: 'loading…' };
  const now = clock();
  const q = buildQueue({ cards: library.cards, progress: store.data, now });
  const stats = computeStats(library.cards, store.data, now);
  return {
    flashcards: `${q.counts.learning + q.counts.review} due now · ${q.counts.new} new today`,
    progress: `${stats.reviewedToday} reviewed today · ${stats.streakDays === 0 ? 'no streak yet' : `${stats.streakDays}-day streak`}`,
  };
}

/** Home's figures for Flashcards and Progress: due now and new available today, reviewed today and
 * the streak. From the store once it has opened (after the first frame); before that from the
 * digest read beside it (progress.summary.json, or no progress yet), else a placeholder. Never opens
 * the store. The digest of the store's data is made once per revision, not on every keystroke. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import { digest, homeFigures, type HomeDigest } from '../../progress/homeFigures.js';

export function useStudyFigures(): { flashcards: string; progress: string } {
  const { library, progress, clock } = useAppContext();
  const status = useStore(progress, (s) => s.status);
  const store = useStore(progress, (s) => s.store);
  const early = useStore(progress, (s) => s.early);
  const revision = useStore(progress, (s) => s.revision);
  const now = clock();
  // made at the render the revision changed; `now` is left out of the keys on purpose
  const live = useMemo(() => (store ? digest(store.data, now) : null), [store, revision]);
  if (status === 'error') return { flashcards: 'progress cannot be saved', progress: 'not available' };
  // a digest is right from its moment on; a clock set back makes a new one
  const d: HomeDigest | null = live && live.asOf > now.getTime() ? digest(store!.data, now) : (live ?? early);
  if (!d) return { flashcards: 'loading…', progress: 'loading…' };
  const f = homeFigures(library.cards, d, now);
  return {
    flashcards: `${f.dueNow} due now · ${f.newToday} new today`,
    progress: `${f.reviewedToday} reviewed today · ${f.streakDays === 0 ? 'no streak yet' : `${f.streakDays}-day streak`}`,
  };
}

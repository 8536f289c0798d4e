/** The quiz store of an app context: made when the quiz screen first needs it (not before the first frame). */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createQuizStore, type QuizState } from '../../../state/quizStore.js';
import { useAppContext, type AppContextValue } from '../../context.js';

const stores = new WeakMap<AppContextValue, StoreApi<QuizState>>();

export function quizStoreOf(ctx: AppContextValue): StoreApi<QuizState> {
  let store = stores.get(ctx);
  if (!store) {
    const made = createQuizStore(quizDeps(ctx));
    stores.set(ctx, made);
    // an exam in progress makes q ask before quitting
    ctx.unsaved.push(() => made.getState().atStake());
    store = made;
  }
  return store;
}

/** The quiz store's dependencies from the app context: its clock and its progress store. */
export function quizDeps(ctx: Pick<AppContextValue, 'library' | 'progress' | 'clock'>) {
  return {
    cards: ctx.library.cards,
    now: () => ctx.clock().getTime(),
    progress: () => ctx.progress.getState().store,
    onSaved: () => ctx.progress.getState().touch(),
  };
}

export function useQuizStore(): StoreApi<QuizState> {
  return quizStoreOf(useAppContext());
}

/** Ticks the quiz clock while a quiz runs (the domain reads the time only through the store's clock). */
export function useQuizClock(store: StoreApi<QuizState>): void {
  const running = useStore(store, (s) => s.phase === 'running');
  const exam = useStore(store, (s) => s.session?.config.mode === 'exam');
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => store.getState().tick(), exam ? 250 : 1000);
    return () => clearInterval(id);
  }, [running, exam, store]);
}

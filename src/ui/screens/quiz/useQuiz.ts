/** The quiz store of an app context: made when the quiz screen first needs it (not before the first frame). */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { COUNTS, createQuizStore, SECONDS, type QuizState } from '../../../state/quizStore.js';
import { keptFile } from '../../../progress/kept.js';
import { checkExam, checkSetup, EXAM_FILE, QUIZ_SETUP_FILE } from '../../../study/keptQuiz.js';
import { useAppContext, type AppContextValue } from '../../context.js';

const stores = new WeakMap<AppContextValue, StoreApi<QuizState>>();

export function quizStoreOf(ctx: AppContextValue): StoreApi<QuizState> {
  let store = stores.get(ctx);
  if (!store) {
    const made = createQuizStore({ ...quizDeps(ctx), ...(ctx.home !== undefined ? { keep: quizKeep(ctx, ctx.home) } : {}) });
    stores.set(ctx, made);
    // an exam in progress makes q ask before quitting, and is kept with the time it has left
    ctx.unsaved.push(() => made.getState().atStake());
    ctx.onQuit.push(() => made.getState().keepNow());
    store = made;
  }
  return store;
}

/** The files in GATEPREP_HOME that keep the quiz setup and an unfinished exam between runs. */
export function quizKeep(ctx: Pick<AppContextValue, 'library' | 'app'>, home: string) {
  const tell = (m: string) => ctx.app.setState((s) => ({ notices: [...s.notices, m] }));
  return {
    setup: keptFile(home, QUIZ_SETUP_FILE, (v) => checkSetup(v, ctx.library.cards, COUNTS, SECONDS), tell),
    exam: keptFile(home, EXAM_FILE, checkExam, tell),
  };
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

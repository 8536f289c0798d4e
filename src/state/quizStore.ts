/**
 * The quiz screen's store: the setup form, the session in progress, and results. Time comes from
 * `deps.now` (a fake clock in tests); the screen calls `tick()` from an interval. Business rules
 * live in src/study/quiz.ts; this store calls them and saves to the progress store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Card } from '../content/types.js';
import type { ProgressStore } from '../progress/store.js';
import { createScheduler } from '../study/scheduler.js';
import * as quiz from '../study/quiz.js';
import type { QuizMode, QuizSession } from '../study/quiz.js';

export type QuizPhase = 'setup' | 'running' | 'results';
/** What the running screen shows: the question, the list of questions, or the submit confirmation. */
export type QuizPanel = 'question' | 'list' | 'confirm';

export interface QuizSetup {
  /** Empty = all topics. */
  topics: string[];
  count: number;
  mode: QuizMode;
  secondsPerQuestion: number;
}

export const COUNTS = [5, 10, 15, 20, 30, 50, 65] as const;
export const SECONDS = [30, 60, 90, 120, 180] as const;

export interface QuizState {
  phase: QuizPhase;
  setup: QuizSetup;
  session: QuizSession | null;
  panel: QuizPanel;
  /** The clock at the last tick (the timer shown derives from it). */
  now: number;
  /** A one-line message for the user ("choose exactly two", "saved", an error). */
  message: string | null;
  setSetup: (patch: Partial<QuizSetup>) => void;
  toggleTopic: (topic: string) => void;
  start: () => void;
  /** Chooses choice `index` (0 = a) of the current question. */
  choose: (index: number) => void;
  /** Practice: check the answer (feedback shows; counts toward the schedule when the setting is on). */
  check: () => void;
  /** Practice after feedback: the next question, or the results after the last. */
  advance: () => void;
  next: () => void;
  prev: () => void;
  goTo: (index: number) => void;
  toggleFlag: () => void;
  setPanel: (panel: QuizPanel) => void;
  /** Exam: submits, or asks first when questions are unanswered. */
  requestSubmit: () => void;
  confirmSubmit: (yes: boolean) => void;
  tick: () => void;
  retakeMissed: () => void;
  /** Back to setup (a new quiz). */
  reset: () => void;
  setCountsTowardSchedule: (on: boolean) => void;
  /** An exam is running: quitting would lose it. */
  inProgress: () => boolean;
}

export interface QuizDeps {
  cards: readonly Card[];
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** The progress store, opened on first use (null when there is none, e.g. it cannot be opened). */
  progress?: () => ProgressStore | null;
  /** Seed for each new quiz (default: from the clock). */
  seed?: () => number;
  initial?: Partial<QuizSetup>;
  /** Told after the quiz wrote to the progress store (the app's progress store picks up the revision). */
  onSaved?: () => void;
}

export function createQuizStore(deps: QuizDeps): StoreApi<QuizState> {
  const now = deps.now ?? (() => Date.now());
  const seed = deps.seed ?? (() => now() >>> 0);
  const progress = () => {
    try {
      return deps.progress?.() ?? null;
    } catch {
      return null;
    }
  };

  return createStore<QuizState>()((set, get) => {
    /** Saves an ended quiz's result; a failed save is said, not thrown. */
    const save = (s: QuizSession): string | null => {
      const store = progress();
      if (!store) return null;
      try {
        store.addQuizResult(quiz.toQuizResult(s, now()));
        deps.onSaved?.();
        return null;
      } catch (e) {
        return `Could not save the result: ${(e as Error).message}`;
      }
    };
    const end = (s: QuizSession, endedBy: 'submit' | 'timeout') => {
      const done = quiz.finish(s, now(), endedBy);
      const error = save(done);
      set({ session: done, phase: 'results', panel: 'question', now: now(), message: error ?? (endedBy === 'timeout' ? 'Time is up: the exam was submitted.' : null) });
    };
    const update = (s: QuizSession, message: string | null = null) => set({ session: s, message });

    return {
      phase: 'setup',
      setup: { topics: [], count: 10, mode: 'practice', secondsPerQuestion: quiz.DEFAULT_SECONDS_PER_QUESTION, ...deps.initial },
      session: null,
      panel: 'question',
      now: now(),
      message: null,
      setSetup: (patch) => set((st) => ({ setup: { ...st.setup, ...patch } })),
      toggleTopic: (topic) =>
        set((st) => {
          const has = st.setup.topics.includes(topic);
          return { setup: { ...st.setup, topics: has ? st.setup.topics.filter((t) => t !== topic) : [...st.setup.topics, topic] } };
        }),
      start: () => {
        const { setup } = get();
        const t = now();
        const session = quiz.buildQuiz(deps.cards, { ...setup, seed: seed() }, t);
        if (session.questions.length === 0) return set({ message: 'No questions with choices in these topics.' });
        set({ session, phase: 'running', panel: 'question', now: t, message: null });
      },
      choose: (index) => {
        const s = get().session;
        if (!s) return;
        const r = quiz.choose(s, index);
        const q = s.questions[s.current]!;
        if (r.outcome === 'too-many') return set({ message: `Choose exactly ${q.select}: press a chosen letter again to un-choose it.` });
        if (r.outcome === 'ok') update(r.session);
      },
      check: () => {
        const s = get().session;
        if (!s) return;
        const q = s.questions[s.current]!;
        const a = s.answers[s.current]!;
        if (!quiz.isComplete(q, a)) return set({ message: q.select > 1 ? `Choose ${q.select} answers first.` : 'Choose an answer first (a-e).' });
        const checked = quiz.check(s);
        let message: string | null = null;
        const rating = quiz.scheduleRating(checked, checked.current);
        const store = progress();
        if (rating && store && store.data.settings.quizCountsTowardSchedule) {
          try {
            const at = new Date(now());
            const scheduler = createScheduler({ desiredRetention: store.data.settings.desiredRetention, ...(store.data.settings.fsrsParameters ? { parameters: store.data.settings.fsrsParameters } : {}) });
            store.recordReview(scheduler.rate(rating.cardId, store.data.cards[rating.cardId], rating.rating, at, 'quiz'));
            deps.onSaved?.();
          } catch (e) {
            message = `Could not save to the schedule: ${(e as Error).message}`;
          }
        }
        update(checked, message);
      },
      advance: () => {
        const s = get().session;
        if (!s || !s.answers[s.current]?.checked) return;
        if (s.current < s.questions.length - 1) return update(quiz.next(s));
        end(s, 'submit');
      },
      next: () => {
        const s = get().session;
        if (s) set({ session: quiz.next(s), message: null, panel: 'question' });
      },
      prev: () => {
        const s = get().session;
        if (s) set({ session: quiz.prev(s), message: null, panel: 'question' });
      },
      goTo: (index) => {
        const s = get().session;
        if (s) set({ session: quiz.goTo(s, index), message: null, panel: 'question' });
      },
      toggleFlag: () => {
        const s = get().session;
        if (s) update(quiz.toggleFlag(s));
      },
      setPanel: (panel) => set({ panel, message: null }),
      requestSubmit: () => {
        const s = get().session;
        if (!s || s.finishedAt !== null) return;
        if (quiz.overview(s).unanswered.length > 0) return set({ panel: 'confirm' });
        end(s, 'submit');
      },
      confirmSubmit: (yes) => {
        const s = get().session;
        if (!s) return;
        if (yes) end(s, 'submit');
        else set({ panel: 'question' });
      },
      tick: () => {
        const t = now();
        const s = get().session;
        if (s && get().phase === 'running') {
          const after = quiz.tick(s, t);
          if (after.finishedAt !== null) return end(s, 'timeout');
        }
        set({ now: t });
      },
      retakeMissed: () => {
        const s = get().session;
        if (!s) return;
        const t = now();
        const again = quiz.retakeMissed(s, t, seed());
        if (!again) return set({ message: 'Nothing missed: there is nothing to retake.' });
        set({ session: again, phase: 'running', panel: 'question', now: t, message: null });
      },
      reset: () => set({ phase: 'setup', session: null, panel: 'question', message: null }),
      setCountsTowardSchedule: (on) => {
        const store = progress();
        if (!store) return set({ message: 'Progress is not available: the setting cannot be saved.' });
        try {
          store.setSettings({ quizCountsTowardSchedule: on });
          deps.onSaved?.();
          set({ message: null });
        } catch (e) {
          set({ message: `Could not save the setting: ${(e as Error).message}` });
        }
      },
      inProgress: () => {
        const st = get();
        return st.phase === 'running' && st.session?.config.mode === 'exam' && st.session.finishedAt === null;
      },
    };
  });
}

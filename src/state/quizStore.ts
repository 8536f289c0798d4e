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
import type { Kept } from '../progress/kept.js';
import { describeExam, keepExam, resumeExam, type KeptExam, type KeptSetup } from '../study/keptQuiz.js';

/** resume: an exam kept from an earlier run waits for "resume or discard". */
export type QuizPhase = 'resume' | 'setup' | 'running' | 'results';
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
  /** The exam kept from an earlier run, while the user decides (phase 'resume'). */
  kept: KeptExam | null;
  resumeKept: () => void;
  discardKept: () => void;
  /** Writes the running exam to disk with the time it has left now (on quit). */
  keepNow: () => void;
  session: QuizSession | null;
  panel: QuizPanel;
  /** The clock at the last tick (the timer shown derives from it). */
  now: number;
  /** A one-line message for the user ("choose exactly two", "saved", an error). */
  message: string | null;
  setSetup: (patch: Partial<QuizSetup>) => void;
  /** "All topics" was unchecked: no topic is chosen yet (the next one checked is the only one). */
  noTopics: boolean;
  toggleTopic: (topic: string) => void;
  /** All topics on, or all off (then one can be picked alone). */
  toggleAll: () => void;
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
  /** What quitting now would leave unfinished ("an exam with 12 of 30 answered"), or undefined. */
  atStake: () => string | undefined;
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
  /** Where the setup and an unfinished exam are kept between runs (none: nothing is kept). */
  keep?: { setup: Kept<KeptSetup>; exam: Kept<KeptExam> };
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
      const error = save(done) ?? keepExamOf(null);
      set({ session: done, phase: 'results', panel: 'question', now: now(), message: error ?? (endedBy === 'timeout' ? 'Time is up: the exam was submitted.' : null) });
    };
    /** Keeps a running exam on disk (every answer, flag and move), or forgets it once it ended. */
    const keepExamOf = (s: QuizSession | null): string | null => {
      if (!deps.keep) return null;
      try {
        if (s && s.config.mode === 'exam' && s.finishedAt === null) deps.keep.exam.write(keepExam(s, now()));
        else deps.keep.exam.clear();
        return null;
      } catch (e) {
        return `The exam could not be kept on disk: ${(e as Error).message}`;
      }
    };
    const update = (s: QuizSession, message: string | null = null) => {
      set({ session: s, message: keepExamOf(s) ?? message });
    };
    const remember = () => {
      try {
        deps.keep?.setup.write(get().setup);
      } catch (e) {
        set({ message: `The setup could not be remembered: ${(e as Error).message}` });
      }
    };
    const kept = deps.keep?.exam.read() ?? null;
    const keptSetup = deps.keep?.setup.read() ?? null;

    return {
      phase: kept ? 'resume' : 'setup',
      kept,
      resumeKept: () => {
        const k = get().kept;
        if (!k) return;
        const t = now();
        const session = resumeExam(k, t);
        set({ kept: null, session, phase: 'running', panel: 'question', now: t, message: keepExamOf(session) });
      },
      discardKept: () => set({ kept: null, phase: 'setup', message: keepExamOf(null) }),
      keepNow: () => {
        const { session, phase } = get();
        if (phase === 'running') keepExamOf(session);
      },
      setup: { topics: [], count: 10, mode: 'practice', secondsPerQuestion: quiz.DEFAULT_SECONDS_PER_QUESTION, ...keptSetup, ...deps.initial },
      session: null,
      panel: 'question',
      now: now(),
      message: null,
      setSetup: (patch) => {
        set((st) => ({ setup: { ...st.setup, ...patch } }));
        remember();
      },
      noTopics: false,
      toggleAll: () => {
        set((st) => (st.setup.topics.length === 0 && !st.noTopics ? { noTopics: true, message: null } : { noTopics: false, setup: { ...st.setup, topics: [] }, message: null }));
        remember();
      },
      toggleTopic: (topic) => {
        set((st) => {
          if (st.noTopics) return { noTopics: false, setup: { ...st.setup, topics: [topic] }, message: null };
          // no topics chosen means all of them (each shows checked): unchecking one keeps the others
          const every = quiz.quizTopics(deps.cards).map((t) => t.topic);
          const chosen = st.setup.topics.length === 0 ? every : st.setup.topics;
          const next = chosen.includes(topic) ? chosen.filter((t) => t !== topic) : [...chosen, topic];
          if (next.length === 0) return { message: 'Choose at least one topic.' };
          const all = every.every((t) => next.includes(t));
          return { setup: { ...st.setup, topics: all ? [] : every.filter((t) => next.includes(t)) }, message: null };
        });
        remember();
      },
      start: () => {
        const { setup } = get();
        if (get().noTopics) return set({ message: 'Choose at least one topic.' });
        const t = now();
        const session = quiz.buildQuiz(deps.cards, { ...setup, seed: seed() }, t);
        if (session.questions.length === 0) return set({ message: 'No questions with choices in these topics.' });
        set({ session, phase: 'running', panel: 'question', now: t, message: keepExamOf(session) });
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
        if (s) set({ session: quiz.next(s), message: keepExamOf(quiz.next(s)), panel: 'question' });
      },
      prev: () => {
        const s = get().session;
        if (s) set({ session: quiz.prev(s), message: keepExamOf(quiz.prev(s)), panel: 'question' });
      },
      goTo: (index) => {
        const s = get().session;
        if (s) set({ session: quiz.goTo(s, index), message: keepExamOf(quiz.goTo(s, index)), panel: 'question' });
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
        set({ session: again, phase: 'running', panel: 'question', now: t, message: keepExamOf(again) });
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
      atStake: () => {
        const st = get();
        const s = st.session;
        if (st.phase !== 'running' || !s || s.finishedAt !== null) return undefined;
        const answered = quiz.overview(s).answered.length;
        if (s.config.mode === 'exam') {
          if (!deps.keep) return `An exam with ${answered} of ${s.questions.length} answered would be lost.`;
          return `An exam with ${describeExam(s, quiz.remainingMs(s, now()) ?? 0)} is kept: the next start offers to resume it.`;
        }
        const checked = s.answers.filter((a) => a.checked).length;
        return checked > 0 ? `A practice quiz with ${checked} of ${s.questions.length} answered would end without a result.` : undefined;
      },
      inProgress: () => {
        const st = get();
        return st.phase === 'running' && st.session?.config.mode === 'exam' && st.session.finishedAt === null;
      },
    };
  });
}

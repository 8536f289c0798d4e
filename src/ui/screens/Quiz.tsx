/** Quizzes: setup, then a practice or exam run, then results. The phase lives in the quiz store. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import { QuizResultsView } from './quiz/Results.js';
import { QuizRun } from './quiz/Run.js';
import { QuizSetupView } from './quiz/Setup.js';
import { QuizResume } from './quiz/Resume.js';
import { useQuizClock, useQuizStore } from './quiz/useQuiz.js';

export function Quiz() {
  const { progress } = useAppContext();
  const store = useQuizStore();
  // results and practice answers are saved in the progress store: open it if nothing has yet
  useEffect(() => {
    if (progress.getState().status === 'idle') void progress.getState().open();
  }, [progress]);
  const phase = useStore(store, (s) => s.phase);
  useQuizClock(store);
  switch (phase) {
    case 'resume':
      return <QuizResume store={store} />;
    case 'setup':
      return <QuizSetupView store={store} />;
    case 'running':
      return <QuizRun store={store} />;
    case 'results':
      return <QuizResultsView store={store} />;
  }
}

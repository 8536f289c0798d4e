/** A quiz in progress: the current question (practice feedback or exam navigation), the question list, the submit confirmation. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { QuizState } from '../../../state/quizStore.js';
import { formatDuration, isComplete, overview, remainingMs } from '../../../study/quiz.js';
import { Frame } from '../../components/Frame.js';
import { Lines } from '../../components/Lines.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { CommandName, Handlers } from '../../keys.js';
import { QuizList } from './List.js';
import { questionLines } from './quizLines.js';

const CHOICE_KEYS: CommandName[] = ['choiceA', 'choiceB', 'choiceC', 'choiceD', 'choiceE'];

/** "question 3 of 10 · ⏱ 12:04 left · ⚑ 2" */
export function useRunStatus(store: StoreApi<QuizState>): string {
  const session = useStore(store, (s) => s.session)!;
  const now = useStore(store, (s) => s.now);
  const left = remainingMs(session, now);
  const flagged = session.answers.filter((a) => a.flagged).length;
  const parts = [`question ${session.current + 1} of ${session.questions.length}`];
  parts.push(left === null ? `time ${formatDuration(now - session.startedAt)}` : `⏱ ${formatDuration(left)} left`);
  if (flagged) parts.push(`⚑ ${flagged}`);
  return parts.join(' · ');
}

export function QuizRun({ store }: { store: StoreApi<QuizState> }) {
  const panel = useStore(store, (s) => s.panel);
  if (panel === 'list') return <QuizList store={store} />;
  if (panel === 'confirm') return <ConfirmSubmit store={store} />;
  return <QuestionPanel store={store} />;
}

function QuestionPanel({ store }: { store: StoreApi<QuizState> }) {
  const { app } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const session = useStore(store, (s) => s.session)!;
  const message = useStore(store, (s) => s.message);
  const status = useRunStatus(store);
  const st = store.getState();
  const { columns, rows } = useTerminalSize();
  const [scroll, setScroll] = useState({ at: -1, offset: 0 });
  const q = session.questions[session.current]!;
  const a = session.answers[session.current]!;
  const exam = session.config.mode === 'exam';
  const feedback = !exam && a.checked;
  const width = columns - 2;
  const lines = questionLines(q, a, width, feedback);
  const height = Math.max(3, rows - 6 - (message ? 1 : 0));
  const maxOffset = Math.max(0, lines.length - height);
  // the scroll position belongs to one question and one view of it: a new one starts at the top
  const viewKey = session.current * 2 + (feedback ? 1 : 0);
  const offset = scroll.at === viewKey ? Math.min(scroll.offset, maxOffset) : 0;
  const move = (d: number) => setScroll({ at: viewKey, offset: Math.min(maxOffset, Math.max(0, offset + d)) });

  const handlers: Handlers = {};
  if (!feedback) q.choices.forEach((_, i) => (handlers[CHOICE_KEYS[i]!] = () => st.choose(i)));
  if (maxOffset > 0) Object.assign(handlers, { up: () => move(-1), down: () => move(1) });
  if (!exam) {
    if (!a.checked && isComplete(q, a)) handlers.checkAnswer = st.check;
    if (a.checked) handlers.proceed = st.advance;
    // esc leaves the quiz running (it resumes here); x ends it, back to the setup
    handlers.endQuiz = st.reset;
    handlers.back = back;
  } else {
    if (session.current < session.questions.length - 1) handlers.nextQuestion = st.next;
    if (session.current > 0) handlers.prevQuestion = st.prev;
    handlers.flag = st.toggleFlag;
    handlers.list = () => st.setPanel('list');
    handlers.submit = st.requestSubmit;
  }
  const keys = useScreenKeys(handlers);
  const more = lines.length - offset - height;
  return (
    <Frame title={`Quiz · ${exam ? 'exam' : 'practice'}${a.flagged ? ' · ⚑ flagged' : ''}`} keys={keys} status={status}>
      <Box flexDirection="column" paddingX={1}>
        <Lines lines={lines.slice(offset, offset + height)} />
        {more > 0 ? <Text dimColor>↓ {more} more line{more === 1 ? '' : 's'} (j/↓)</Text> : null}
        {message ? <Text bold>{message}</Text> : null}
      </Box>
    </Frame>
  );
}

function ConfirmSubmit({ store }: { store: StoreApi<QuizState> }) {
  const session = useStore(store, (s) => s.session)!;
  const status = useRunStatus(store);
  const { confirmSubmit } = store.getState();
  const o = overview(session);
  const keys = useScreenKeys({ yes: () => confirmSubmit(true), no: () => confirmSubmit(false) });
  return (
    <Frame title="Quiz · submit?" keys={keys} status={status}>
      <Box borderStyle="round" paddingX={1} flexDirection="column">
        <Text bold>
          {o.unanswered.length} question{o.unanswered.length === 1 ? ' is' : 's are'} unanswered
          {o.partial.length > 0 ? ` (${o.partial.length} partly answered)` : ''}. Submit anyway?
        </Text>
        <Text>Unanswered and partly answered questions count as wrong.{o.flagged.length ? ` ${o.flagged.length} flagged for review.` : ''}</Text>
      </Box>
    </Frame>
  );
}

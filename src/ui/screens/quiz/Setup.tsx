/** Quiz setup: mode, number of questions, time per question (exam) or the schedule setting (practice), topics. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StoreApi } from 'zustand/vanilla';
import { SIM_TOPIC } from '../../../gateway/questions.js';
import { COUNTS, SECONDS, type QuizState } from '../../../state/quizStore.js';
import { available, formatDuration, quizTopics } from '../../../study/quiz.js';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex, type ListItem } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { Handlers } from '../../keys.js';

type Row = ListItem & { kind: 'mode' | 'count' | 'time' | 'counts' | 'all' | 'topic'; topic?: string };

/** The neighbour of x in xs, stopping at the ends ("less" at the smallest stays there). */
const stepIn = <T,>(xs: readonly T[], x: T, d: number): T => xs[Math.min(xs.length - 1, Math.max(0, Math.max(0, xs.indexOf(x)) + d))]!;

export function QuizSetupView({ store }: { store: StoreApi<QuizState> }) {
  const { app, library, progress } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const setup = useStore(store, useShallow((s) => s.setup));
  // read from the progress store at render (its revision changes when the setting is saved)
  const counts = useStore(progress, (s) => s.revision >= 0 && (s.store?.data.settings.quizCountsTowardSchedule ?? true));
  const message = useStore(store, (s) => s.message);
  const noTopics = useStore(store, (s) => s.noTopics);
  const { setSetup, toggleTopic, toggleAll, start, setCountsTowardSchedule } = store.getState();
  const { columns, rows } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const topics = quizTopics(library.cards);
  const check = (on: boolean) => (on ? '[x]' : '[ ]');
  const items: Row[] = [
    { key: 'mode', kind: 'mode', label: `Mode: ${setup.mode === 'practice' ? 'practice (feedback after each answer)' : 'exam (timed, feedback at the end)'}` },
    { key: 'count', kind: 'count', label: `Questions: ${setup.count}` },
    setup.mode === 'exam'
      ? { key: 'time', kind: 'time', label: `Time per question: ${setup.secondsPerQuestion} s`, detail: `${formatDuration(setup.secondsPerQuestion * setup.count * 1000)} in all` }
      : { key: 'counts', kind: 'counts', label: `${check(counts)} Practice answers count toward the flashcard schedule` },
    { key: 'all', kind: 'all', label: `${check(setup.topics.length === 0 && !noTopics)} All topics` },
    ...topics.map((t): Row => ({
      key: `t:${t.topic}`,
      kind: 'topic',
      topic: t.topic,
      label: `${check(!noTopics && (setup.topics.length === 0 || setup.topics.includes(t.topic)))} ${t.topic}`,
      detail: t.topic === SIM_TOPIC ? 'generated' : `${t.count}`,
    })),
  ];
  const i = clampIndex(index, items.length);
  const row = items[i]!;
  const change = (d: number) => {
    if (row.kind === 'mode') setSetup({ mode: setup.mode === 'practice' ? 'exam' : 'practice' });
    if (row.kind === 'count') setSetup({ count: stepIn(COUNTS, setup.count, d) });
    if (row.kind === 'time') setSetup({ secondsPerQuestion: stepIn(SECONDS, setup.secondsPerQuestion, d) });
  };
  const handlers: Handlers = {
    up: () => setIndex(clampIndex(i - 1, items.length)),
    down: () => setIndex(clampIndex(i + 1, items.length)),
  };
  if (row.kind === 'mode' || row.kind === 'count' || row.kind === 'time') Object.assign(handlers, { decrease: () => change(-1), increase: () => change(1) });
  // space toggles what has two states; numbers change with ←→ only
  if (row.kind !== 'count' && row.kind !== 'time') {
    handlers.toggle = () => {
      if (row.kind === 'topic') toggleTopic(row.topic!);
      else if (row.kind === 'all') toggleAll();
      else if (row.kind === 'counts') setCountsTowardSchedule(!counts);
      else change(1);
    };
  }
  handlers.start = start;
  handlers.back = back;
  const keys = useScreenKeys(handlers);
  const have = available(library.cards, setup.topics);
  const short = have < setup.count;
  return (
    <Frame title="Quiz" keys={keys} status={`${topics.reduce((n, t) => n + (Number.isFinite(t.count) ? t.count : 0), 0)} card questions + simulator`}>
      <Text>Set up a quiz, then press enter to start.</Text>
      <Box marginTop={1} flexDirection="column">
        <SelectList items={items} index={i} height={Math.max(3, rows - 10)} width={Math.min(columns, 76)} />
      </Box>
      <Box marginTop={1}>
        <Text dimColor wrap="truncate-end">
          {message ??
            (short
              ? `Only ${have} question${have === 1 ? '' : 's'} in the chosen topics: the quiz will have ${have}.`
              : noTopics
                ? 'No topic chosen: check one or more.'
                : `${setup.count} questions from ${setup.topics.length === 0 ? 'all topics' : setup.topics.join(', ')}.`)}
        </Text>
      </Box>
    </Frame>
  );
}

/** Results: score, time, per-topic (weakest first), every question to review, retake missed. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { QuizState } from '../../../state/quizStore.js';
import { formatDuration, results, type QuizResults } from '../../../study/quiz.js';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex, type ListItem } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { Handlers } from '../../keys.js';
import { ReviewDetail } from './Review.js';

const VERDICT = { right: '✓', wrong: '✗', partial: '◐', unanswered: '–' } as const;

export function QuizResultsView({ store }: { store: StoreApi<QuizState> }) {
  const session = useStore(store, (s) => s.session)!;
  const now = useStore(store, (s) => s.now);
  const [open, setOpen] = useState<number | null>(null);
  const res = results(session, now);
  if (open !== null) return <ReviewDetail store={store} res={res} index={open} setIndex={setOpen} />;
  return <Summary store={store} res={res} onOpen={setOpen} />;
}

function Summary({ store, res, onOpen }: { store: StoreApi<QuizState>; res: QuizResults; onOpen: (i: number) => void }) {
  const { noColor } = useAppContext();
  const message = useStore(store, (s) => s.message);
  const mode = useStore(store, (s) => s.session!.config.mode);
  const { retakeMissed, reset } = store.getState();
  const { columns, rows } = useTerminalSize();
  const [index, setIndex] = useState(0);
  // four topics, or all five: "and 1 more topic" would take the line the fifth needs
  const topics = res.byTopic.slice(0, res.byTopic.length === 5 ? 5 : 4);
  const items: ListItem[] = res.review.map((r) => ({
    key: String(r.index),
    label: `${VERDICT[r.verdict]} ${String(r.index + 1).padStart(2)}. ${r.question.title}`,
    detail: r.question.topic,
  }));
  const i = clampIndex(index, items.length);
  const handlers: Handlers = {
    up: () => setIndex(clampIndex(i - 1, items.length)),
    down: () => setIndex(clampIndex(i + 1, items.length)),
    select: () => onOpen(i),
  };
  if (res.missed.length > 0) handlers.retake = retakeMissed;
  handlers.back = reset;
  const keys = useScreenKeys(handlers);
  const good = res.percent >= 70;
  const partly = res.review.filter((r) => r.verdict === 'partial').length;
  const listHeight = Math.max(3, rows - 11 - topics.length - (message ? 1 : 0) - (res.byTopic.length > topics.length ? 1 : 0));
  return (
    <Frame title={`Quiz · results (${mode})`} keys={keys} status={`${res.missed.length} missed`}>
      {message ? <Text bold>{message}</Text> : null}
      <Text>
        Score <Text bold color={noColor ? undefined : good ? 'green' : 'yellow'}>{res.correct}/{res.total} ({res.percent}%)</Text>
        {' · '}time {formatDuration(res.timeTakenMs)}
        {res.endedBy === 'timeout' ? ' · time ran out' : ''}
        {partly > 0 ? ` · ${partly} partly answered (counted wrong)` : ''}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>By topic, weakest first</Text>
        {topics.map((t) => (
          <Text key={t.topic} wrap="truncate-end">
            {'  '}
            {t.topic}: {t.correct}/{t.total} ({Math.round((t.correct / t.total) * 100)}%)
          </Text>
        ))}
        {res.byTopic.length > topics.length ? <Text dimColor>  and {res.byTopic.length - topics.length} more topics</Text> : null}
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text bold>
          Review (✓ right · ✗ wrong{res.review.some((r) => r.verdict === 'partial') ? ' · ◐ partly' : ''} · – unanswered): enter opens one
        </Text>
        <SelectList items={items} index={i} height={listHeight} width={columns - 2} />
      </Box>
    </Frame>
  );
}

/** One reviewed question: the user's answer, the correct one, the explanation and source; "open in simulator" for generated ones. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { QuizState } from '../../../state/quizStore.js';
import type { QuizResults } from '../../../study/quiz.js';
import { Frame } from '../../components/Frame.js';
import { Lines } from '../../components/Lines.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { Handlers } from '../../keys.js';
import { reviewLines } from './quizLines.js';

export function ReviewDetail(props: { store: StoreApi<QuizState>; res: QuizResults; index: number; setIndex: (i: number | null) => void }) {
  const { res, index, setIndex } = props;
  const { app } = useAppContext();
  const go = useStore(app, (s) => s.go);
  const { columns, rows } = useTerminalSize();
  const [scroll, setScroll] = useState({ at: -1, offset: 0 });
  const item = res.review[index]!;
  const lines = reviewLines(item, columns - 2);
  const height = Math.max(3, rows - 6);
  const maxOffset = Math.max(0, lines.length - height);
  const offset = scroll.at === index ? Math.min(scroll.offset, maxOffset) : 0;
  const move = (d: number) => setScroll({ at: index, offset: Math.min(maxOffset, Math.max(0, offset + d)) });
  const handlers: Handlers = {};
  if (maxOffset > 0) Object.assign(handlers, { up: () => move(-1), down: () => move(1) });
  if (index < res.review.length - 1) handlers.nextQuestion = () => setIndex(index + 1);
  if (index > 0) handlers.prevQuestion = () => setIndex(index - 1);
  const { scenarioJson, engineJson } = item.question;
  if (scenarioJson) handlers.openSim = () => go({ name: 'sim', scenarioJson });
  else if (engineJson) handlers.openSim = () => go({ name: 'apis', scenarioJson: engineJson });
  handlers.back = () => setIndex(null);
  const keys = useScreenKeys(handlers);
  const more = lines.length - offset - height;
  return (
    <Frame title="Quiz · review" keys={keys} status={`question ${index + 1} of ${res.review.length}`}>
      <Box flexDirection="column" paddingX={1}>
        <Lines lines={lines.slice(offset, offset + height)} />
        {more > 0 ? <Text dimColor>↓ {more} more line{more === 1 ? '' : 's'} (j/↓)</Text> : null}
      </Box>
    </Frame>
  );
}

/** Progress, in tabs that each fit 80x24: Overview (today, states, true retention, leeches),
 * Topics (mastery weakest first; enter studies one), Forecast (30 days), Calendar (six months),
 * and Quizzes & simulator. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { useAppContext } from '../context.js';
import { useListCursor } from '../hooks/useListCursor.js';
import { useProgress } from '../hooks/useProgress.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Handlers } from '../keys.js';
import { topicMastery } from '../../progress/mastery.js';
import { Calendar, Forecast } from './progress/Charts.js';
import { Overview } from './progress/Overview.js';
import { Practice } from './progress/Practice.js';
import { Topics } from './progress/Topics.js';

export const PROGRESS_TABS = ['Overview', 'Topics', 'Forecast', 'Calendar', 'Quizzes & simulator'] as const;

export function Progress() {
  const { app, library, clock, noColor } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const go = useStore(app, (s) => s.go);
  const { status, error, store } = useProgress();
  const { columns, rows } = useTerminalSize();
  const tab = useListCursor(PROGRESS_TABS.length, PROGRESS_TABS.length, 0, 'progress:tab');
  const now = clock();
  // title, gap, tab bar, gap, two footer lines
  const height = Math.max(4, rows - 6);
  const topics = store && tab.index === 1 ? topicMastery(library.cards, store.data, now) : [];
  const cursor = useListCursor(topics.length, Math.max(1, height - 4), 0, 'progress:topics');
  const handlers: Handlers = {
    nextView: () => tab.set((tab.index + 1) % PROGRESS_TABS.length),
    prevView: () => tab.set((tab.index + PROGRESS_TABS.length - 1) % PROGRESS_TABS.length),
  };
  const topic = topics[cursor.index];
  if (store && tab.index === 1 && topic) {
    Object.assign(handlers, cursor.keys);
    handlers.studyTopic = () => go({ name: 'study', topic: topic.topic });
  } else if (store) handlers.studyNow = () => go({ name: 'study' });
  handlers.back = back;
  const keys = useScreenKeys(handlers);
  const name = PROGRESS_TABS[tab.index]!;
  return (
    <Frame title="Progress" keys={keys}>
      <Text wrap="truncate-end">
        {PROGRESS_TABS.map((t) => (
          <Text key={t} bold={t === name} inverse={t === name && !noColor}>
            {t === name && noColor ? `[${t}]` : ` ${t} `}
          </Text>
        ))}
      </Text>
      <Box flexDirection="column" marginTop={1} height={height} overflowY="hidden">
        {status === 'error' ? (
          <>
            <Text bold>Progress cannot be saved or read.</Text>
            <Text>{error}</Text>
          </>
        ) : !store ? (
          <Text>Loading your progress…</Text>
        ) : name === 'Overview' ? (
          <Overview cards={library.cards} data={store.data} now={now} />
        ) : name === 'Topics' ? (
          <Topics topics={topics} index={cursor.index} height={height} width={columns - 2} />
        ) : name === 'Forecast' ? (
          <Forecast cards={library.cards} data={store.data} now={now} height={height} />
        ) : name === 'Calendar' ? (
          <Calendar data={store.data} now={now} />
        ) : (
          <Practice data={store.data} />
        )}
      </Box>
    </Frame>
  );
}

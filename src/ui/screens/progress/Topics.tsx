/** Progress > Topics: mastery per topic, weakest first, with a cursor; enter studies that topic. */
import { Box, Text } from 'ink';
import { SelectList } from '../../components/SelectList.js';
import type { TopicMastery } from '../../../progress/mastery.js';
import { MIN_RETENTION_REVIEWS } from '../../../progress/charts.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** "3 of 4 passed" below the threshold, "83% of 12" above it. */
function measured(t: TopicMastery): string {
  if (t.reviews === 0) return 'no reviews yet';
  if (t.reviews < MIN_RETENTION_REVIEWS) return `${t.passed} of ${t.reviews} passed`;
  return `${pct(t.passed / t.reviews)} of ${t.reviews}`;
}

export function Topics({ topics, index, height, width }: { topics: TopicMastery[]; index: number; height: number; width: number }) {
  // rows keyed by position: Ink garbles rows whose keyed order changes between frames
  const items = topics.map((t, i) => ({
    key: String(i),
    label: t.topic,
    detail: `${pct(t.mastery).padStart(4)}  ${`${t.studied}/${t.cards}`.padStart(7)}  ${measured(t).padStart(16)}`,
  }));
  return (
    <Box flexDirection="column">
      <Text dimColor>
        {`${'Topic, weakest first'.padEnd(width - 33)}${'known'.padStart(4)}  ${'studied'.padStart(7)}  ${'retention 30d'.padStart(16)}`}
      </Text>
      {items.length === 0 ? <Text>No topics: no decks are loaded.</Text> : <SelectList items={items} index={index} height={height - 3} width={width} />}
      <Text dimColor>known: the chance of recalling the topic's cards now (never studied counts as 0)</Text>
    </Box>
  );
}

/** Home: the parts of gateprep, each with the figures behind it. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import { Frame } from '../components/Frame.js';
import { SelectList, type ListItem } from '../components/SelectList.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useListCursor } from '../hooks/useListCursor.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Screen } from '../../state/appStore.js';
import { contentDir, homeDir } from '../../paths.js';
import { presetCount } from '../../sim/presetCount.js';
import { useStudyFigures } from '../hooks/useStudyFigures.js';
import { cardQuestionCount } from '../../study/quizzable.js';
import { brokenDecks } from '../../content/brokenDecks.js';

interface Entry extends ListItem { screen: Screen; about: string }

export function Home() {
  const { app, library } = useAppContext();
  const go = useStore(app, (s) => s.go);
  const { columns } = useTerminalSize();
  const topics = new Set(library.cards.map((c) => c.topic)).size;
  const figures = useStudyFigures();
  const entries: Entry[] = [
    {
      key: 'library',
      label: 'Library',
      detail: `${library.cards.length} cards · ${topics} topics`,
      screen: { name: 'library' },
      about: 'Browse the questions by topic and read the answers.',
    },
    {
      key: 'search',
      label: 'Search',
      detail: 'titles, questions, tags, answers',
      screen: { name: 'search' },
      about: 'Find a card by what you remember of it; small typos are fine.',
    },
    {
      key: 'study',
      label: 'Flashcards',
      detail: figures.flashcards,
      screen: { name: 'study' },
      about: 'Spaced repetition (FSRS): due reviews first, then new cards up to the daily limit.',
    },
    {
      key: 'quiz',
      label: 'Quiz',
      detail: `${cardQuestionCount(library.cards)} questions + simulator-generated`,
      screen: { name: 'quiz' },
      about: 'Practice with feedback after each answer, or a timed exam; questions from the cards and from the simulator.',
    },
    {
      key: 'progress',
      label: 'Progress',
      detail: figures.progress,
      screen: { name: 'progress' },
      about: 'Due today, reviewed today, streak, retention, per topic, and leeches.',
    },
    {
      key: 'sim',
      label: 'Simulator',
      detail: `${presetCount(contentDir(), homeDir())} scenario presets`,
      screen: { name: 'sim' },
      about: 'Step a request through the gateway, change its settings, and see what changes and why.',
    },
    {
      key: 'apis',
      label: 'HTTP & WebSocket APIs',
      detail: 'REST vs HTTP side by side · WebSocket timelines',
      screen: { name: 'apis' },
      about: 'The same request through a REST and an HTTP API, and a WebSocket connection from $connect to an @connections push.',
    },
  ];
  // coming back with esc finds the part one left highlighted
  const cursor = useListCursor(entries.length, entries.length, 0, 'home');
  const { index } = cursor;
  const keys = useScreenKeys({
    ...cursor.keys,
    select: () => go(entries[index]!.screen),
    search: () => go({ name: 'search' }),
  });
  const broken = brokenDecks(library.decks);
  return (
    <Frame title="Home" keys={keys} status={`${library.decks.length} decks`}>
      <Text>Learn Amazon API Gateway for interviews.</Text>
      <Box marginTop={1} flexDirection="column">
        <SelectList items={entries} index={index} height={entries.length} width={Math.min(columns, 72)} />
      </Box>
      <Box marginTop={1}>
        <Text dimColor>{entries[index]!.about}</Text>
      </Box>
      {broken ? (
        <Box marginTop={1} flexDirection="column">
          <Text>
            {broken.files.length} deck{broken.files.length === 1 ? ' has' : 's have'} errors (the cards that parsed are loaded): {broken.files.join(', ')}.
          </Text>
          <Text>
            Run <Text bold>{broken.command}</Text> for details.
          </Text>
        </Box>
      ) : null}
    </Frame>
  );
}

/** Chooses what to study: all cards, one topic or one deck, with what each has due and new. */
import { Text } from 'ink';
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex, type ListItem } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useProgress } from '../../hooks/useProgress.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { buildQueue } from '../../../study/flashcards.js';
import type { StudySessionState } from '../../../state/studySession.js';
import { filterLabel, filterOf, type StudyProps } from './filters.js';

interface Choice extends ListItem { filter: StudyProps }

export function FilterChooser(props: StudyProps & { session: StoreApi<StudySessionState> }) {
  const { app, library, clock } = useAppContext();
  const replace = useStore(app, (s) => s.replace);
  const { store } = useProgress();
  const { columns, rows } = useTerminalSize();
  const cram = props.cram === true;
  const now = clock();
  const topics = [...new Set(library.cards.map((c) => c.topic))].sort((a, b) => a.localeCompare(b));
  const decks = [...new Set(library.cards.map((c) => c.deck))].sort((a, b) => a.localeCompare(b));
  const filters: StudyProps[] = [{}, ...topics.map((topic) => ({ topic })), ...decks.map((deck) => ({ deck }))];
  const choices: Choice[] = filters.map((f) => {
    const q = buildQueue({ cards: library.cards, progress: store!.data, now, filter: filterOf(f) });
    const size = library.cards.filter((c) => (!f.topic || c.topic === f.topic) && (!f.deck || c.deck === f.deck)).length;
    const label = f.topic ? `Topic: ${f.topic}` : f.deck ? `Deck: ${f.deck}` : 'All cards';
    return { key: filterLabel(f) + (f.deck ? '#deck' : ''), label, detail: `${q.counts.learning + q.counts.review} due · ${q.counts.new} new · ${size} cards`, filter: f };
  });
  const current = choices.findIndex((c) => c.filter.topic === props.topic && c.filter.deck === props.deck);
  const [index, setIndex] = useState(Math.max(0, current));
  const page = Math.max(1, rows - 9);
  const move = (d: number) => setIndex((i) => clampIndex(i + d, choices.length));
  const keys = useScreenKeys({
    up: () => move(-1),
    down: () => move(1),
    pageUp: () => move(-page),
    pageDown: () => move(page),
    select: () => {
      const f = choices[index]!.filter;
      // the same filter keeps this session; another one starts a fresh session
      if (f.topic === props.topic && f.deck === props.deck) props.session.getState().setView('cards');
      else replace({ name: 'study', ...f, ...(cram ? { cram } : {}) });
    },
    cram: () => replace({ name: 'study', ...choices[index]!.filter, cram: !cram }),
    back: () => props.session.getState().setView('cards'),
  });
  return (
    <Frame title="Study · choose a filter" keys={keys} status={cram ? 'CRAM: schedules unchanged' : 'study'}>
      <Text dimColor>{cram ? 'Cram mode: any filter, right now; no schedule changes.' : 'Due reviews first, then new cards up to the daily limit.'}</Text>
      <SelectList items={choices} index={index} height={page} width={columns} />
    </Frame>
  );
}

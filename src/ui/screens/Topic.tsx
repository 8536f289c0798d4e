/** The cards of one topic. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { SelectList, clampIndex } from '../components/SelectList.js';
import { useAppContext } from '../context.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { cardsOfTopic } from '../../content/topics.js';

export function Topic({ topic }: { topic: string }) {
  const { app, library } = useAppContext();
  const go = useStore(app, (s) => s.go);
  const back = useStore(app, (s) => s.back);
  const { columns, rows } = useTerminalSize();
  const cards = cardsOfTopic(library.cards, topic);
  const [index, setIndex] = useState(0);
  const page = Math.max(1, rows - 6);
  const move = (d: number) => setIndex((i) => clampIndex(i + d, cards.length));
  const keys = useScreenKeys({
    up: () => move(-1),
    down: () => move(1),
    pageUp: () => move(-page),
    pageDown: () => move(page),
    select: () => cards.length > 0 && go({ name: 'card', ids: cards.map((c) => c.id), index }),
    search: () => go({ name: 'search' }),
    back,
  });
  const items = cards.map((c) => ({ key: c.id, label: c.title, detail: c.difficulty }));
  return (
    <Frame title={topic} keys={keys} status={`${cards.length} cards`}>
      <SelectList items={items} index={index} height={page} width={columns} />
    </Frame>
  );
}

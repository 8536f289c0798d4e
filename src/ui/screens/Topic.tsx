/** The cards of one topic. */
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { SelectList } from '../components/SelectList.js';
import { useListCursor } from '../hooks/useListCursor.js';
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
  const page = Math.max(1, rows - 6);
  const cursor = useListCursor(cards.length, page, 0, `topic:${topic}`);
  const { index } = cursor;
  const keys = useScreenKeys({
    ...cursor.keys,
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

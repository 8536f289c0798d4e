/** Library: topics with their card counts. */
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { SelectList } from '../components/SelectList.js';
import { useListCursor } from '../hooks/useListCursor.js';
import { useAppContext } from '../context.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { topicsOf } from '../../content/topics.js';

export function Library() {
  const { app, library } = useAppContext();
  const go = useStore(app, (s) => s.go);
  const back = useStore(app, (s) => s.back);
  const { columns, rows } = useTerminalSize();
  const topics = topicsOf(library.cards);
  const page = Math.max(1, rows - 6);
  const cursor = useListCursor(topics.length, page, 0, 'library');
  const { index } = cursor;
  const keys = useScreenKeys({
    ...cursor.keys,
    select: () => topics[index] && go({ name: 'topic', topic: topics[index].topic }),
    search: () => go({ name: 'search' }),
    back,
  });
  const items = topics.map((t) => ({ key: t.topic, label: t.topic, detail: `${t.count} card${t.count === 1 ? '' : 's'}` }));
  return (
    <Frame title="Library" keys={keys} status={`${library.cards.length} cards · ${topics.length} topics`}>
      <SelectList items={items} index={index} height={page} width={columns} />
    </Frame>
  );
}

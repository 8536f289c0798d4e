/** Cards lapsed 8 times or more (leeches): worth rewriting or splitting. Enter opens one; x unmarks. */
import { Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useProgress } from '../../hooks/useProgress.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import type { Handlers } from '../../keys.js';
import { leechCards } from '../../../study/flashcards.js';

export function LeechList({ onBack }: { onBack: () => void }) {
  const { app, library, progress } = useAppContext();
  const go = useStore(app, (s) => s.go);
  const touch = useStore(progress, (s) => s.touch);
  const { store } = useProgress();
  const { columns, rows } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const data = store!.data;
  const cards = leechCards(library.cards, data);
  const at = clampIndex(index, cards.length);
  const page = Math.max(1, rows - 9);
  const move = (d: number) => setIndex(clampIndex(at + d, cards.length));
  const handlers: Handlers = {};
  if (cards.length > 0) {
    Object.assign(handlers, {
      up: () => move(-1),
      down: () => move(1),
      select: () => go({ name: 'card', ids: cards.map((c) => c.id), index: at }),
      unmarkLeech: () => {
        const card = cards[at]!;
        try {
          store!.clearLeech(card.id);
          setMessage(`"${card.title}" is no longer marked as a leech.`);
        } catch (e) {
          setMessage(e instanceof Error ? e.message : String(e));
        }
        touch();
      },
    });
  }
  handlers.back = onBack;
  const keys = useScreenKeys(handlers);
  const items = cards.map((c) => ({ key: c.id, label: `▲ ${c.title}`, detail: `${c.topic} · lapsed ${data.leeches[c.id]!.lapses}x` }));
  return (
    <Frame title="Leeches" keys={keys} status={`${cards.length} leech${cards.length === 1 ? '' : 'es'}`}>
      <Text dimColor>Cards forgotten 8 times or more: rewrite, split or read them again in the library.</Text>
      {cards.length > 0 ? <SelectList items={items} index={at} height={page} width={columns} /> : <Text>No leeches. Good.</Text>}
      {message ? <Text>{message}</Text> : null}
    </Frame>
  );
}

/** One card: the question first, the answer on space/enter, then explanation and sources. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { Lines } from '../components/Lines.js';
import { useAppContext } from '../context.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { cardLines } from '../cardLines.js';
import type { Handlers } from '../keys.js';

export function CardView({ ids, index }: { ids: string[]; index: number }) {
  const { app, library } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const replace = useStore(app, (s) => s.replace);
  const go = useStore(app, (s) => s.go);
  const query = useStore(app, (s) => s.search.query);
  const { columns, rows } = useTerminalSize();
  const [revealed, setRevealed] = useState(false);
  const [offset, setOffset] = useState(0);
  const card = library.cards.find((c) => c.id === ids[index]);
  const width = columns - 2;
  const lines = card ? cardLines(card, width, revealed, query) : [];
  const height = Math.max(1, rows - 5);
  const maxOffset = Math.max(0, lines.length - height);
  const scroll = (d: number) => setOffset((o) => Math.min(maxOffset, Math.max(0, o + d)));
  const handlers: Handlers = {};
  if (!revealed) handlers.reveal = () => setRevealed(true);
  if (maxOffset > 0) {
    Object.assign(handlers, {
      up: () => scroll(-1),
      down: () => scroll(1),
      pageUp: () => scroll(-height),
      pageDown: () => scroll(height),
      top: () => setOffset(0),
      bottom: () => setOffset(maxOffset),
    });
  }
  if (index < ids.length - 1) handlers.next = () => replace({ name: 'card', ids, index: index + 1 });
  if (index > 0) handlers.prev = () => replace({ name: 'card', ids, index: index - 1 });
  handlers.search = () => go({ name: 'search' });
  handlers.back = back;
  const keys = useScreenKeys(handlers);
  if (!card) {
    return (
      <Frame title="Card" keys={keys}>
        <Text>This card is no longer in the library.</Text>
      </Frame>
    );
  }
  const more = lines.length - offset - height;
  return (
    <Frame title={card.topic} keys={keys} status={`card ${index + 1} of ${ids.length}`}>
      <Box flexDirection="column" paddingX={1}>
        <Lines lines={lines.slice(offset, offset + height)} />
        {more > 0 ? <Text dimColor>↓ {more} more line{more === 1 ? '' : 's'}</Text> : null}
      </Box>
    </Frame>
  );
}

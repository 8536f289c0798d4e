/** Progress: what `gateprep stats` shows (due, reviewed today, streak, retention, states, per
 * topic), then the leeches; scrolls when it does not fit. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { useAppContext } from '../context.js';
import { useProgress } from '../hooks/useProgress.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Handlers } from '../keys.js';
import { computeStats, formatStats } from '../../progress/stats.js';
import { leechCards } from '../../study/flashcards.js';

export function Progress() {
  const { app, library, clock } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const go = useStore(app, (s) => s.go);
  const { status, error, store } = useProgress();
  const { rows } = useTerminalSize();
  const [offset, setOffset] = useState(0);
  const lines = store ? progressLines(library.cards, store.data, clock()) : [];
  const height = Math.max(3, rows - 5);
  const maxOffset = Math.max(0, lines.length - height);
  const top = Math.min(offset, maxOffset);
  const scroll = (d: number) => setOffset(Math.min(maxOffset, Math.max(0, top + d)));
  const handlers: Handlers = {};
  if (maxOffset > 0) {
    Object.assign(handlers, { up: () => scroll(-1), down: () => scroll(1), pageUp: () => scroll(-height), pageDown: () => scroll(height) });
  }
  if (store) handlers.select = () => go({ name: 'study' });
  handlers.back = back;
  const keys = useScreenKeys(handlers);
  const more = lines.length - top - height;
  return (
    <Frame title="Progress" keys={keys} status={store ? 'enter: study' : undefined}>
      {status === 'error' ? (
        <>
          <Text bold>Progress cannot be saved or read.</Text>
          <Text>{error}</Text>
        </>
      ) : !store ? (
        <Text>Loading your progress…</Text>
      ) : (
        <Box flexDirection="column">
          {lines.slice(top, top + height).map((l, i) => (
            <Text key={i} wrap="truncate-end" bold={l.startsWith('Topic ') || l.startsWith('Leeches')}>
              {l || ' '}
            </Text>
          ))}
          {more > 0 ? <Text dimColor>↓ {more} more line{more === 1 ? '' : 's'}</Text> : null}
        </Box>
      )}
    </Frame>
  );
}

function progressLines(cards: Parameters<typeof computeStats>[0], data: Parameters<typeof computeStats>[1], now: Date): string[] {
  const lines = formatStats(computeStats(cards, data, now)).split('\n');
  const leeches = leechCards(cards, data);
  lines.push('', `Leeches (lapsed 8 times or more): ${leeches.length === 0 ? 'none' : leeches.length}`);
  for (const c of leeches) lines.push(`  ▲ ${c.title} (${c.topic}, lapsed ${data.leeches[c.id]!.lapses}x)`);
  return lines;
}

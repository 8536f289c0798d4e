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
import { STAGE_LABELS } from '../../sim/format.js';
import type { StageName } from '../../gateway/model.js';

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
  if (store) handlers.studyNow = () => go({ name: 'study' });
  handlers.back = back;
  const keys = useScreenKeys(handlers);
  const more = lines.length - top - height;
  return (
    <Frame title="Progress" keys={keys}>
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
  // after the summary, before the per-topic table (which usually needs scrolling)
  const table = lines.findIndex((l) => l.startsWith('Topic '));
  lines.splice(table < 0 ? lines.length : Math.max(0, table - 1), 0, ...quizAndPredictionLines(data));
  lines.push('', `Leeches (lapsed 8 times or more): ${leeches.length === 0 ? 'none' : leeches.length}`);
  for (const c of leeches) lines.push(`  ▲ ${c.title} (${c.topic}, lapsed ${data.leeches[c.id]!.lapses}x)`);
  return lines;
}

const pct = (correct: number, total: number) => `${total === 0 ? 0 : Math.round((correct / total) * 100)}%`;

/** The quizzes taken and the simulator predictions: both are saved, and this is where one sees them. */
export function quizAndPredictionLines(data: Parameters<typeof computeStats>[1]): string[] {
  const quizzes = data.quizResults;
  const last = quizzes[quizzes.length - 1];
  const best = quizzes.reduce((b, q) => Math.max(b, q.total === 0 ? 0 : q.correct / q.total), 0);
  const quizLine = last
    ? `Quizzes:        ${quizzes.length} taken · last ${last.correct}/${last.total} (${pct(last.correct, last.total)}, ${last.quiz}) · best ${Math.round(best * 100)}%`
    : 'Quizzes:        none taken yet';
  const stages = Object.entries(data.simulator).filter(([, r]) => r.attempts > 0);
  const attempts = stages.reduce((n, [, r]) => n + r.attempts, 0);
  const correct = stages.reduce((n, [, r]) => n + r.correct, 0);
  const name = (stage: string) => (stage === 'none' ? 'requests that reach the backend' : (STAGE_LABELS[stage as StageName] ?? stage));
  const weakest = stages.filter(([, r]) => r.correct < r.attempts).sort(([, a], [, b]) => a.correct / a.attempts - b.correct / b.attempts)[0];
  const predictLine =
    attempts === 0
      ? 'Predictions:    none yet (simulator, p)'
      : `Predictions:    ${correct} of ${attempts} right (${pct(correct, attempts)})${weakest ? ` · weakest: ${name(weakest[0])} ${weakest[1].correct}/${weakest[1].attempts}` : ''}`;
  return [quizLine, predictLine];
}

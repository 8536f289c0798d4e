/** Small parts of the study screen: the card's header line, the rating buttons, "done for today". */
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { useAppContext } from '../../context.js';
import type { Queue, QueueItem } from '../../../study/flashcards.js';
import type { Outcome } from '../../../study/scheduler.js';
import { formatInterval } from '../../../study/interval.js';
import { startOfLocalDay } from '../../../progress/day.js';

const KIND: Record<QueueItem['kind'], string> = { new: 'new', learning: 'learning', review: 'review', cram: 'cram' };

/** `now` given: a review card not yet due says how early it is (the interview session). */
export function CardHeader({ item, leech, now }: { item: QueueItem; leech: number | null; now?: Date }) {
  const { noColor } = useAppContext();
  const early = now && item.kind === 'review' && item.state && startOfLocalDay(item.state.due) > now ? item.state.due - now.getTime() : 0;
  return (
    <Box justifyContent="space-between">
      <Text dimColor wrap="truncate-end">
        {item.card.topic} · {KIND[item.kind]}
        {early > 0 ? ` · early: due in ${formatInterval(early)}` : ''}
      </Text>
      {leech !== null ? (
        <Text bold color={noColor ? undefined : 'red'}>
          ▲ LEECH: lapsed {leech} times
        </Text>
      ) : null}
    </Box>
  );
}

const PLAIN: Outcome[] = (['Again', 'Hard', 'Good', 'Easy'] as const).map((label, i) => ({ rating: (i + 1) as Outcome['rating'], label, interval: '', next: undefined as never }));

/** 1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 3d (cram: no intervals, nothing is scheduled). */
export function Buttons({ revealed, outcomes }: { revealed: boolean; outcomes: Outcome[] | null }) {
  const { noColor } = useAppContext();
  if (!revealed) return <Text> </Text>;
  const colors = ['red', 'yellow', 'green', 'cyan'];
  return (
    <Box columnGap={3}>
      {(outcomes ?? PLAIN).map((o, i) => (
        <Text key={o.rating}>
          <Text bold inverse={!noColor} color={noColor ? undefined : colors[i]}>
            {` ${o.rating} `}
          </Text>{' '}
          {o.label}
          {o.interval ? <Text bold> {o.interval}</Text> : null}
        </Text>
      ))}
      {outcomes ? null : <Text dimColor>(cram: not scheduled)</Text>}
    </Box>
  );
}

function when(at: number, now: Date): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const sameDay = d.toDateString() === now.toDateString();
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toDateString() === d.toDateString();
  return sameDay ? `today at ${time}` : tomorrow ? `tomorrow at ${time}` : `${d.toDateString()} at ${time}`;
}

function inWords(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return `${min} minute${min === 1 ? '' : 's'}`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'}`;
  const d = Math.round(h / 24);
  return `${d} days`;
}

/** Redraws when a learning card comes due within the hour. */
function useRedrawWhenDue(queue: Queue, now: Date): void {
  const [, setTick] = useState(0);
  const wait = queue.nextDue === null ? null : queue.nextDue - now.getTime();
  useEffect(() => {
    if (wait === null || wait > 3_600_000) return;
    const t = setTimeout(() => setTick((n) => n + 1), Math.max(0, wait) + 50);
    return () => clearTimeout(t);
  }, [wait]);
}

export function DoneForToday({ queue, now, cram, seen }: { queue: Queue; now: Date; cram: boolean; seen: number }) {
  useRedrawWhenDue(queue, now);
  if (cram) {
    return (
      <Box flexDirection="column">
        <Text bold>Cram finished: {seen} card{seen === 1 ? '' : 's'} seen.</Text>
        <Text>No schedule was changed. Press c to leave cram mode.</Text>
      </Box>
    );
  }
  const waiting = queue.newToday >= queue.newLimit;
  return (
    <Box flexDirection="column">
      <Text bold>✓ Done for today.</Text>
      {queue.nextDue !== null ? (
        <Text>
          The next card is due in {inWords(queue.nextDue - now.getTime())} ({when(queue.nextDue, now)}).
        </Text>
      ) : (
        <Text>No card is scheduled in this filter.</Text>
      )}
      <Text dimColor>
        New cards today: {queue.newToday} of {queue.newLimit}
        {waiting ? ' (the daily limit; s changes it)' : ''}. c crams any filter without changing schedules.
      </Text>
    </Box>
  );
}

/** The interview session has nothing left for now: what still is not solid waits for tomorrow. */
export function InterviewDone({ queue, day, now }: { queue: Queue & { waiting: number }; day: string; now: Date }) {
  useRedrawWhenDue(queue, now);
  return (
    <Box flexDirection="column">
      <Text bold>✓ Nothing left to review early for the interview on {day}, for now.</Text>
      {queue.waiting > 0 ? (
        <Text>
          {queue.waiting} card{queue.waiting === 1 ? ' you reviewed today is' : 's you reviewed today are'} still not solid by then: a second review
          today gains little, so {queue.waiting === 1 ? 'it comes' : 'they come'} back tomorrow.
        </Text>
      ) : null}
      {queue.nextDue !== null ? <Text>A card in its learning steps is due in {inWords(queue.nextDue - now.getTime())} ({when(queue.nextDue, now)}).</Text> : null}
      <Text dimColor>Every rating here was a normal FSRS review at the real time: the schedule after it is FSRS's own. i goes back to the usual session.</Text>
    </Box>
  );
}

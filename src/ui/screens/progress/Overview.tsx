/** Progress > Overview: today, the streak, card states, desired retention and the true retention
 * table (requested vs measured, with its counts), and the leeches. */
import { Box, Text } from 'ink';
import { MIN_RETENTION_REVIEWS, retentionText } from '../../../progress/charts.js';
import type { ProgressData } from '../../../progress/schema.js';
import type { InterviewCount } from '../../../study/interview.js';
import type { Figures } from './figures.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Interview on 2026-12-20 (18 days): 42 of 170 cards not solid by then · press i to prepare",
 * without the last part when that does not fit `width`. */
export function interviewLine(c: InterviewCount | null, width = 78): string {
  if (!c) return 'No interview date · d sets one; i then reviews what you would forget by then';
  if (c.days < 0) return `The interview on ${c.day} has passed · d sets a new date`;
  const when = c.days === 0 ? 'today' : plural(c.days, 'day');
  if (c.notSolid === 0) return `Interview on ${c.day} (${when}): all ${c.total} cards solid by then · d changes the date`;
  const full = `Interview on ${c.day} (${when}): ${c.notSolid} of ${c.total} cards not solid by then · press i to prepare`;
  // at 80 columns the footer's "i interview prep" says the key
  return full.length <= width ? full : full.slice(0, full.indexOf(' · '));
}

export function Overview({ fig, data, width }: { fig: Figures; data: Readonly<ProgressData>; width: number }) {
  const s = fig('stats');
  const rows = fig('retention');
  const requested = Math.round(data.settings.desiredRetention * 100);
  const leeches = fig('leeches');
  return (
    <Box flexDirection="column">
      <Text>
        Due today <Text bold>{s.dueToday}</Text> · reviewed today <Text bold>{s.reviewedToday}</Text> · streak{' '}
        <Text bold>{s.streakDays === 0 ? 'none yet' : plural(s.streakDays, 'day')}</Text>
      </Text>
      <Text>
        Cards: {s.states.new} new · {s.states.learning} learning · {s.states.review} review · {s.states.relearning} relearning
      </Text>
      <Text>
        Reviews in all: {data.reviews.length} · desired retention {requested}%{data.settings.desiredRetention > 0.97 ? ' (high: many more reviews)' : ''} · FSRS{' '}
        {data.settings.fsrsParameters ? 'fitted to you' : 'defaults (o fits yours)'}
      </Text>
      <Text wrap="truncate-end">{interviewLine(fig('interview'), width)}</Text>
      <Box flexDirection="column" marginTop={1}>
        <Text bold>True retention (reviews of cards in review, not rated Again)</Text>
        <Text>{`${'period'.padEnd(12)}${'requested'.padStart(10)}${'measured'.padStart(20)}${'passed'.padStart(16)}`}</Text>
        {rows.map((r) => (
          <Text key={r.label}>
            {`${r.label.padEnd(12)}${`${requested}%`.padStart(10)}${retentionText(r).padStart(20)}${`${r.passed} of ${r.reviews}`.padStart(16)}`}
          </Text>
        ))}
        <Text dimColor>A figure needs at least {MIN_RETENTION_REVIEWS} reviews; below that only the counts are shown.</Text>
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text bold>Leeches (lapsed 8 times or more): {leeches.length === 0 ? 'none' : leeches.length}</Text>
        {leeches.slice(0, 3).map((c) => (
          <Text key={c.id} wrap="truncate-end">
            {'  '}▲ {c.title} ({c.topic}, lapsed {data.leeches[c.id]!.lapses}x)
          </Text>
        ))}
        {leeches.length > 3 ? <Text dimColor>  and {leeches.length - 3} more (Study, l lists them)</Text> : null}
      </Box>
    </Box>
  );
}

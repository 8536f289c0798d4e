/** Progress > Forecast (cards due on each of the next 30 days) and > Calendar (reviews per day over
 * the last six months). */
import { Box, Text } from 'ink';
import { barChart, calendarLines } from './chartLines.js';
import type { Figures } from './figures.js';

export function Forecast({ fig, height }: { fig: Figures; height: number }) {
  const days = fig('forecast');
  const sum = (n: number) => days.slice(0, n).reduce((a, b) => a + b, 0);
  const chart = barChart(days, Math.max(3, Math.min(12, height - 4)));
  return (
    <Box flexDirection="column">
      <Text>
        Due in 30 days: <Text bold>{sum(30)}</Text> · today (with overdue) {days[0]} · tomorrow {days[1]} · 7 days {sum(7)}
      </Text>
      <Text dimColor>Cards due per day; the bottom row counts days from today.</Text>
      {chart.map((l, i) => (
        <Text key={i}>{l}</Text>
      ))}
    </Box>
  );
}

export function Calendar({ fig }: { fig: Figures }) {
  const calendar = fig('calendar');
  const days = calendar.flat().filter((d) => !d.future);
  const active = days.filter((d) => d.reviews > 0);
  const total = active.reduce((n, d) => n + d.reviews, 0);
  const streak = fig('streak');
  return (
    <Box flexDirection="column">
      <Text>
        Last 6 months: <Text bold>{total}</Text> reviews on {active.length} of {days.length} days · streak {streak === 0 ? 'none yet' : `${streak} day${streak === 1 ? '' : 's'}`}
      </Text>
      <Text> </Text>
      {calendarLines(calendar).map((l, i) => (
        <Text key={i}>{l}</Text>
      ))}
    </Box>
  );
}

/** The footer: every key that works on this screen, generated from its handlers; wraps rather than hides. */
import { Box, Text } from 'ink';
import { hintsFor, type Handlers } from '../keys.js';

export function KeyHints({ keys, width }: { keys: Handlers; width: number }) {
  const hints = hintsFor(keys);
  return (
    <Box flexWrap="wrap" width={width} columnGap={2}>
      {hints.map((h) => (
        <Text key={h.keys + h.label} wrap="truncate-end">
          <Text bold>{h.keys}</Text>
          <Text dimColor> {h.label}</Text>
        </Text>
      ))}
    </Box>
  );
}

/** How many rows the footer takes at `width` columns (the flex wrap above, item by item). */
export function hintRows(keys: Handlers, width: number): number {
  let rows = 0;
  let used = 0;
  for (const h of hintsFor(keys)) {
    const w = Math.min(width, [...h.keys].length + 1 + [...h.label].length);
    if (rows === 0 || used + 2 + w > width) {
      rows++;
      used = w;
    } else used += 2 + w;
  }
  return rows;
}

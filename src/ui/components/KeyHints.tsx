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

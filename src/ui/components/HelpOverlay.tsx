/** `?`: every key of the current screen with what it does. */
import { Box, Text } from 'ink';
import { hintsFor, type Handlers } from '../keys.js';

export function HelpOverlay({ keys, title }: { keys: Handlers; title: string }) {
  const hints = hintsFor(keys);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys on {title}</Text>
      {hints.map((h) => (
        <Text key={h.keys + h.label}>
          <Text bold>{h.keys.padEnd(14)}</Text>
          {h.label}
        </Text>
      ))}
      <Text dimColor>ctrl+c quits like q (asking first when work is unfinished) · ctrl+z suspends, fg resumes</Text>
      <Text dimColor>esc or ? closes this</Text>
    </Box>
  );
}

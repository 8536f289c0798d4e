/** `?`: every key of the current screen with what it does. */
import { Box, Text } from 'ink';
import { hintsFor, type Handlers } from '../keys.js';

/** `about`: lines that explain the screen beyond its keys (what each rating means). */
export function HelpOverlay({ keys, title, about = [] }: { keys: Handlers; title: string; about?: string[] }) {
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
      {about.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          {about.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Box>
      ) : null}
      <Text dimColor>ctrl+c quits like q (asking first when work is unfinished) · ctrl+z suspends, fg resumes</Text>
      <Text dimColor>esc or ? closes this</Text>
    </Box>
  );
}

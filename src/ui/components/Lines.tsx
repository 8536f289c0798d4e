/** Draws pre-wrapped lines of styled spans (from markdown.ts). */
import { Box, Text } from 'ink';
import type { Line } from '../markdown.js';
import { useAppContext } from '../context.js';

export function Lines({ lines }: { lines: Line[] }) {
  const { noColor } = useAppContext();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((s, j) => (
                <Text
                  key={j}
                  bold={s.bold || s.mark}
                  italic={s.italic}
                  underline={s.mark && noColor}
                  color={noColor ? undefined : s.mark ? 'yellow' : s.code ? 'green' : undefined}
                >
                  {s.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}

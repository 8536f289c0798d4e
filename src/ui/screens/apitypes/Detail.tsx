/** One trace entry of the HTTP or WebSocket pipeline: its reason, the documentation's silence, and its numbers. */
import { Box, Text } from 'ink';
import { sanitize } from '../../../content/sanitize.js';

interface Entry {
  stage: string;
  outcome: string;
  reason: string;
  data: Record<string, unknown>;
  note?: string;
}

function dataLines(data: Record<string, unknown>, width: number): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    const text = `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`;
    for (let i = 0; i < text.length && out.length < 40; i += width) out.push(text.slice(i, i + width));
  }
  return out;
}

export function Detail({ entry, width, height }: { entry: Entry | undefined; width: number; height: number }) {
  if (!entry) return <Text dimColor>Press n to step through the stages.</Text>;
  const lines = dataLines(entry.data, Math.max(20, width - 2));
  const room = Math.max(0, height - 4);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>
        {entry.stage}: {entry.outcome}
      </Text>
      <Text wrap="wrap">{sanitize(entry.reason)}</Text>
      {entry.note ? (
        <Text dimColor wrap="wrap">
          note: {sanitize(entry.note)}
        </Text>
      ) : null}
      {lines.slice(0, room).map((l, i) => (
        <Text key={i} dimColor>
          {sanitize(l)}
        </Text>
      ))}
      {lines.length > room ? <Text dimColor>… {lines.length - room} more lines</Text> : null}
    </Box>
  );
}

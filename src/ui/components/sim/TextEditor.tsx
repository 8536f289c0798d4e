/** The built-in multi-line editor: line numbers, the caret, and the question esc asks when the text changed. */
import { Box, Text } from 'ink';
import { sanitize } from '../../../content/sanitize.js';
import type { SimState } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';

export function TextEditor({ editor, width, height }: { editor: NonNullable<SimState['textEditor']>; width: number; height: number }) {
  const { noColor } = useAppContext();
  const { lines, line, col } = editor;
  const room = Math.max(1, height - 2);
  const start = Math.min(Math.max(0, line - Math.floor(room / 2)), Math.max(0, lines.length - room));
  const pad = String(lines.length).length;
  const textWidth = Math.max(8, width - pad - 2);
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold>{sanitize(editor.title)}</Text>
        <Text dimColor>
          {'  '}line {line + 1}/{lines.length}, column {col + 1}
        </Text>
      </Text>
      {lines.slice(start, start + room).map((raw, i) => {
        const n = start + i;
        const chars = [...sanitize(raw)];
        // the caret's line scrolls sideways so the caret stays in view
        const from = n === line ? Math.max(0, col - textWidth + 1) : 0;
        const shown = chars.slice(from, from + textWidth);
        const at = col - from;
        return (
          <Text key={n} wrap="truncate-end">
            <Text dimColor>{String(n + 1).padStart(pad)} </Text>
            {n === line ? (
              <>
                {shown.slice(0, at).join('')}
                <Text inverse={!noColor} underline={noColor}>
                  {shown[at] ?? ' '}
                </Text>
                {shown.slice(at + 1).join('')}
              </>
            ) : (
              shown.join('')
            )}
          </Text>
        );
      })}
      {editor.asking ? (
        <Text bold color={noColor ? undefined : 'yellow'}>
          Discard your changes to this template? y discards · n keeps editing
        </Text>
      ) : (
        <Text dimColor>ctrl+s saves and re-runs the request · esc cancels</Text>
      )}
    </Box>
  );
}

/** Editable rows (settings, request): label, value, the highlighted row, the text field while typing. */
import { Box, Text } from 'ink';
import type { Doc } from '../../../sim/session.js';
import type { Row, RowContext } from '../../../sim/settings.js';
import { useAppContext } from '../../context.js';
import { sanitize } from '../../../content/sanitize.js';

export function RowList({ rows, doc, ctx, index, editing, height, width }: {
  rows: Row[];
  doc: Doc;
  ctx: RowContext;
  index: number;
  editing: { row: string; text: string } | null;
  height: number;
  width: number;
}) {
  const { noColor } = useAppContext();
  const visible = Math.max(1, Math.min(rows.length, height - (rows.length > height ? 1 : 0)));
  const labelWidth = 24;
  const start = Math.min(Math.max(0, index - Math.floor(visible / 2)), Math.max(0, rows.length - visible));
  return (
    <Box flexDirection="column" width={width}>
      {rows.slice(start, start + visible).map((row, i) => {
        const sel = start + i === index;
        const isEditing = sel && editing?.row === row.id;
        return (
          <Text key={row.id} wrap="truncate-end">
            <Text bold={sel} color={sel && !noColor ? 'cyan' : undefined}>
              {sel ? '› ' : '  '}
              {row.label.padEnd(labelWidth)}
            </Text>
            {isEditing ? (
              <Text inverse={!noColor} underline={noColor}>
                {/* the end of a long value, where the caret is, stays in view */}
                {[...sanitize(editing!.text)].slice(-Math.max(8, width - labelWidth - 3)).join('')}█
              </Text>
            ) : (
              <Text bold={sel}>
                {row.step && sel ? '‹ ' : ''}
                {sanitize(row.value(doc, ctx))}
                {row.step && sel ? ' ›' : ''}
              </Text>
            )}
          </Text>
        );
      })}
      {rows.length > visible ? (
        <Text dimColor>
          {start + 1}-{start + visible} of {rows.length}
        </Text>
      ) : null}
    </Box>
  );
}

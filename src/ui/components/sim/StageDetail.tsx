/** The selected stage: its outcome, the reason in plain words and the numbers that decided it. */
import { Box, Text } from 'ink';
import { STAGES, type TraceEntry } from '../../../gateway/model.js';
import { dataLines, STAGE_LABELS, wrapText } from '../../../sim/format.js';
import type { Changed } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';
import type { Mark } from './Pipeline.js';

const WORD: Record<Mark, string> = {
  pass: 'passed',
  stop: 'stopped here',
  skip: 'skipped (does not apply)',
  pending: 'not reached yet: press n to step',
  unreached: 'not reached: the request stopped earlier',
  hidden: 'hidden until you lock a prediction',
};

export function StageDetail({ entry, selected, mark, changed, width, height }: { entry: TraceEntry | undefined; selected: number; mark: Mark; changed: Changed; width: number; height: number }) {
  const { noColor } = useAppContext();
  const stage = STAGES[selected]!;
  const shown = entry !== undefined && mark !== 'pending' && mark !== 'hidden';
  const lines: string[] = [];
  if (shown) {
    lines.push(...wrapText(entry.reason, width));
    // where the evidence is thin (documentation silent, sources disagree), in plain words
    if (entry.note) lines.push(...wrapText(`note: ${entry.note}`, width));
    for (const d of dataLines(entry.data)) lines.push(...wrapText(d, width));
  }
  const cards = shown ? entry.cards.length : 0;
  // title, then the lines; the "more" and "learn more" notes take their own rows
  const fit = height - 1 - (cards > 0 ? 1 : 0);
  const room = Math.max(1, lines.length > fit ? fit - 1 : fit);
  return (
    <Box flexDirection="column" width={width} marginLeft={1}>
      <Text wrap="truncate-end">
        <Text bold>{STAGE_LABELS[stage]}</Text>
        <Text color={noColor ? undefined : mark === 'stop' ? 'red' : mark === 'pass' ? 'green' : undefined}> · {WORD[mark]}</Text>
        {changed[stage] !== undefined ? <Text color={noColor ? undefined : 'yellow'}> (changed)</Text> : null}
      </Text>
      {lines.slice(0, room).map((l, i) => (
        <Text key={i} wrap="truncate-end" dimColor={i >= wrapText(entry!.reason, width).length}>
          {l || ' '}
        </Text>
      ))}
      {lines.length > room ? <Text dimColor>… {lines.length - room} more lines</Text> : null}
      {cards > 0 ? <Text dimColor>enter: learn more ({cards} card{cards === 1 ? '' : 's'})</Text> : null}
    </Box>
  );
}

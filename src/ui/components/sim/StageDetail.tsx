/** The selected stage: its outcome, the reason in plain words, the numbers that decided it and, for
 * the stages that transform, the value before and after with the template; scrolls when long. */
import { Box, Text } from 'ink';
import { STAGES } from '../../../gateway/model.js';
import { STAGE_LABELS } from '../../../sim/format.js';
import type { Segment, Tone } from '../../../sim/stageDetail.js';
import type { Changed } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';
import type { DetailPane } from '../../screens/sim/detailPane.js';
import type { Mark } from './Pipeline.js';

const WORD: Record<Mark, string> = {
  pass: 'passed',
  stop: 'stopped here',
  skip: 'skipped (does not apply)',
  pending: 'not reached yet: press n to step',
  unreached: 'not reached: the request stopped earlier',
  hidden: 'hidden until you lock a prediction',
};

const COLOR: Partial<Record<Tone, string>> = { head: 'cyan', added: 'green', failed: 'red' };

function Part({ s, noColor }: { s: Segment; noColor: boolean }) {
  return (
    <Text dimColor={s.tone === 'dim'} bold={s.tone === 'head' || s.tone === 'failed'} underline={noColor && s.tone === 'failed'} color={noColor ? undefined : COLOR[s.tone]}>
      {s.text}
    </Text>
  );
}

export function StageDetail({ pane, selected, changed, focus }: { pane: DetailPane; selected: number; changed: Changed; focus: boolean }) {
  const { noColor } = useAppContext();
  const { entry, mark, lines, width, room, offset } = pane;
  const stage = STAGES[selected]!;
  const shown = entry !== undefined && mark !== 'pending' && mark !== 'hidden';
  const cards = shown ? entry.cards.length : 0;
  const more = lines.length > room;
  return (
    <Box flexDirection="column" width={width} height={pane.height} marginLeft={1}>
      <Text wrap="truncate-end">
        <Text bold>{STAGE_LABELS[stage]}</Text>
        <Text color={noColor ? undefined : mark === 'stop' ? 'red' : mark === 'pass' ? 'green' : undefined}> · {WORD[mark]}</Text>
        {changed[stage] !== undefined ? <Text color={noColor ? undefined : 'yellow'}> (changed)</Text> : null}
      </Text>
      {lines.slice(offset, offset + room).map((l, i) => (
        <Text key={offset + i} wrap="truncate-end">
          {l.length === 0 ? ' ' : l.map((s, j) => <Part key={j} s={s} noColor={noColor} />)}
        </Text>
      ))}
      {more ? (
        <Text dimColor wrap="truncate-end">
          lines {offset + 1}-{Math.min(lines.length, offset + room)} of {lines.length} · {focus ? '↑↓ pgup/pgdn scroll, d back to stages' : 'd or pgdn to scroll'}
        </Text>
      ) : null}
      {cards > 0 ? <Text dimColor>enter: learn more ({cards} card{cards === 1 ? '' : 's'})</Text> : null}
    </Box>
  );
}

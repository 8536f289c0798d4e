/** The request lifecycle drawn as a pipeline: each stage marked passed, stopped, skipped, not reached or hidden. */
import { Box, Text } from 'ink';
import { STAGES, type Outcome, type StageName, type TraceEntry } from '../../../gateway/model.js';
import { STAGE_LABELS, STAGE_SHORT } from '../../../sim/format.js';
import type { Changed } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';

export type Mark = Outcome | 'pending' | 'unreached' | 'hidden';

export const SYMBOL: Record<Mark, string> = { pass: '✓', stop: '✗', skip: '–', pending: '·', unreached: ' ', hidden: '?' };
const COLOR: Partial<Record<Mark, string>> = { pass: 'green', stop: 'red', skip: 'gray', hidden: 'magenta' };

/** The mark of every stage, given the trace and how many of its entries are shown. */
export function marks(trace: TraceEntry[], revealed: number, hidden: boolean): Record<StageName, Mark> {
  const out = {} as Record<StageName, Mark>;
  const shown = new Map(trace.slice(0, revealed).map((t) => [t.stage, t.outcome]));
  const done = revealed >= trace.length;
  for (const s of STAGES) out[s] = shown.get(s) ?? (hidden ? 'hidden' : done ? 'unreached' : 'pending');
  return out;
}

const was = (c: Outcome | 'not reached') => (c === 'not reached' ? 'was –' : `was ${SYMBOL[c]}`);

/** `recall`: the learner's retention of each stage's cards, shown after its name (see useStageRecall). */
export function Pipeline({ marks: m, selected, changed, client, width, recall = {} }: { marks: Record<StageName, Mark>; selected: number; changed: Changed; client: string; width: number; recall?: Partial<Record<StageName, string>> }) {
  const { noColor } = useAppContext();
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text wrap="truncate-end">
        {'  '}
        <Text bold>→</Text> client <Text dimColor>{client}</Text>
      </Text>
      {STAGES.map((s, i) => {
        const mark = m[s];
        const ch = changed[s];
        const sel = i === selected;
        return (
          <Text key={s} wrap="truncate-end">
            <Text bold={sel} color={sel && !noColor ? 'cyan' : undefined}>{sel ? '› ' : '  '}</Text>
            <Text color={noColor ? undefined : COLOR[mark]} bold={mark === 'stop'}>
              {SYMBOL[mark]}
            </Text>{' '}
            <Text bold={sel || mark === 'stop'} dimColor={mark === 'unreached' || mark === 'pending'} inverse={ch !== undefined && !noColor}>
              {STAGE_LABELS[s]}
            </Text>
            {recall[s] ? <Text dimColor>{' '.repeat(Math.max(1, 16 - STAGE_LABELS[s].length))}{recall[s]!.padStart(4)}</Text> : null}
            {ch !== undefined ? <Text color={noColor ? undefined : 'yellow'} bold>{` * ${was(ch)}`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}

/** The pipeline on one line, for views where the rows need the space. */
export function PipelineLine({ marks: m, changed }: { marks: Record<StageName, Mark>; changed: Changed }) {
  const { noColor } = useAppContext();
  return (
    <Text wrap="truncate-end">
      {STAGES.map((s, i) => {
        const mark = m[s];
        const ch = changed[s] !== undefined;
        return (
          <Text key={s}>
            {i > 0 ? ' ' : ''}
            <Text color={noColor ? undefined : COLOR[mark]} bold={mark === 'stop' || ch}>
              {SYMBOL[mark]}
            </Text>
            <Text inverse={ch && !noColor} bold={ch} dimColor={mark === 'unreached' || mark === 'pending'}>
              {ch && noColor ? '*' : ''}
              {STAGE_SHORT[s]}
            </Text>
          </Text>
        );
      })}
    </Text>
  );
}

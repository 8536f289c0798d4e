/** Predict mode: choose the status code and the stopping stage, lock it, then step to see. */
import { Box, Text } from 'ink';
import { STAGE_LABELS, statusText } from '../../../sim/format.js';
import type { PredictStage, Prediction } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';

const stageName = (s: PredictStage) => (s === 'none' ? 'none (reaches the backend and back)' : STAGE_LABELS[s]);

export function PredictPanel({ p, done, actual }: { p: Prediction; done: boolean; actual: { status: number; stage: PredictStage } }) {
  const { noColor } = useAppContext();
  const field = (i: 0 | 1, label: string, value: string) => (
    <Text wrap="truncate-end">
      <Text bold={!p.locked && p.field === i} color={!p.locked && p.field === i && !noColor ? 'cyan' : undefined}>
        {!p.locked && p.field === i ? '› ' : '  '}
        {label.padEnd(10)}
      </Text>
      {p.locked ? value : `‹ ${value} ›`}
    </Text>
  );
  const verdict = (right: boolean | undefined) => (
    <Text bold color={noColor ? undefined : right ? 'green' : 'red'}>
      {right ? '✓ right' : '✗ wrong'}
    </Text>
  );
  return (
    <Box flexDirection="column" marginLeft={1}>
      <Text bold>Predict: what does the client get, and which stage stops it?</Text>
      {field(0, 'status', statusText(p.status))}
      {field(1, 'stops at', stageName(p.stage))}
      {!p.locked ? <Text dimColor>↑↓ field · ←→ change · enter lock it in</Text> : null}
      {p.locked && !done ? <Text dimColor>Locked. Step with n (or r) to see.</Text> : null}
      {p.locked && done ? (
        <>
          <Text>
            status {statusText(actual.status)} {verdict(p.statusRight)}
          </Text>
          <Text>
            stops at {stageName(actual.stage)} {verdict(p.stageRight)}
          </Text>
          <Text dimColor>Saved to your progress. [ ] for another request, p to leave predict mode.</Text>
        </>
      ) : null}
    </Box>
  );
}

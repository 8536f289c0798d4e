/** Progress > Quizzes & simulator: the quiz score trend and the last quizzes; simulator predictions
 * per lifecycle stage, in pipeline order. */
import { Box, Text } from 'ink';
import { STAGES, type StageName } from '../../../gateway/model.js';
import type { ProgressData } from '../../../progress/schema.js';
import { STAGE_LABELS } from '../../../sim/format.js';
import { sparkline } from './chartLines.js';

const pct = (correct: number, total: number) => (total === 0 ? '-' : `${Math.round((correct / total) * 100)}%`);
const TREND = 40;

export function Practice({ data }: { data: Readonly<ProgressData> }) {
  const quizzes = data.quizResults;
  const recent = quizzes.slice(-TREND);
  const stages = [...STAGES, 'none'] as const;
  const rows = stages.map((s) => ({ s, r: data.simulator[s] })).filter((x) => x.r && x.r.attempts > 0);
  const name = (s: StageName | 'none') => (s === 'none' ? 'reaches the backend' : STAGE_LABELS[s]);
  return (
    <Box flexDirection="column">
      <Text bold>Quizzes: {quizzes.length === 0 ? 'none taken yet' : `${quizzes.length} taken`}</Text>
      {recent.length > 0 ? (
        <>
          <Text>
            Score trend (last {recent.length}, oldest first): {sparkline(recent.map((q) => (q.total === 0 ? 0 : q.correct / q.total)))}
          </Text>
          {quizzes
            .slice(-4)
            .reverse()
            .map((q) => (
              <Text key={q.id} wrap="truncate-end">
                {'  '}
                {new Date(q.at).toDateString()} · {q.correct}/{q.total} ({pct(q.correct, q.total)}) · {q.quiz}
              </Text>
            ))}
        </>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        <Text bold>Simulator predictions, by lifecycle stage where the request stopped</Text>
        {rows.length === 0 ? <Text>None yet: in the simulator, p turns on predict-the-outcome.</Text> : null}
        {rows.map(({ s, r }) => (
          <Text key={s}>
            {'  '}
            {name(s).padEnd(22)}
            {`${r!.correct} of ${r!.attempts} right`.padStart(16)}
            {pct(r!.correct, r!.attempts).padStart(6)}
          </Text>
        ))}
      </Box>
    </Box>
  );
}

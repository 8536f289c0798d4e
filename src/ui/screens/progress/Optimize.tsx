/** Progress > o: fit FSRS parameters to the review history, show old and new figures side by side,
 * and save the new ones only when the user says yes. */
import { Box, Text } from 'ink';
import type { OptimizeResult } from '../../../study/optimize.js';

export type OptimizeState = { phase: 'running'; reviews: number } | { phase: 'result'; result: OptimizeResult } | { phase: 'saved' | 'kept' };

const GRADES = ['Again', 'Hard', 'Good', 'Easy'];
const f3 = (n: number) => n.toFixed(3);
const days = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)}d`;

export function Optimize({ state }: { state: OptimizeState }) {
  if (state.phase === 'running') return <Text>Fitting FSRS parameters to {state.reviews} reviews…</Text>;
  if (state.phase !== 'result') {
    return <Text>{state.phase === 'saved' ? 'Saved: the scheduler now uses the parameters fitted to your reviews.' : 'Kept the parameters in use; nothing changed.'}</Text>;
  }
  const { result } = state;
  if (!result.ok) return <Text>{result.message}</Text>;
  const { old, fitted, reviews } = result.proposal;
  const row = (label: string, a: string, b: string) => `${label.padEnd(30)}${a.padStart(12)}${b.padStart(12)}`;
  return (
    <Box flexDirection="column">
      <Text bold>FSRS parameters fitted to {reviews} of your reviews</Text>
      <Text>{row('', 'in use', 'fitted')}</Text>
      <Text>{row('log loss (lower is better)', f3(old.logLoss), f3(fitted.logLoss))}</Text>
      <Text>{row('RMSE of recall (lower is better)', `${(old.rmse * 100).toFixed(1)}%`, `${(fitted.rmse * 100).toFixed(1)}%`)}</Text>
      {GRADES.map((g, i) => (
        <Text key={g}>{row(`first stability after ${g}`, days(old.parameters[i]!), days(fitted.parameters[i]!))}</Text>
      ))}
      <Text dimColor wrap="truncate-end">fitted: {fitted.parameters.map((p) => p.toFixed(3)).join(' ')}</Text>
      <Box marginTop={1}>
        <Text bold>Use the fitted parameters? y saves them, n keeps the ones in use.</Text>
      </Box>
    </Box>
  );
}

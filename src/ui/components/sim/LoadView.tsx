/** Load mode: the pattern, then per-second sparklines of the last run beside the previous one. */
import { Box, Text } from 'ink';
import { bin, sparkline, timeAxis } from '../../../sim/format.js';
import type { LoadRun } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';

const SERIES = [
  ['accepted', 'accepted', 'green'],
  ['throttled', '429 throttle', 'red'],
  ['quotaLimited', '429 quota', 'magenta'],
  ['cacheHits', 'cache hits', 'cyan'],
] as const;

function RunColumn({ run, title, width }: { run: LoadRun; title: string; width: number }) {
  const { noColor } = useAppContext();
  const sparkWidth = Math.max(5, width - 21);
  const all = SERIES.map(([k]) => bin(run.result.series[k], sparkWidth));
  const max = Math.max(1, ...all.flat());
  const t = run.result.totals;
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text bold wrap="truncate-end">
        {title}: {run.pattern.rps} rps × {run.pattern.seconds}s{run.pattern.burst > 0 ? ` + ${run.pattern.burst} at t+0` : ''}
      </Text>
      <Text dimColor wrap="truncate-end">
        {run.limits}
      </Text>
      {SERIES.map(([k, label, color], i) => (
        <Text key={k} wrap="truncate-end">
          {label.padEnd(12)} <Text color={noColor ? undefined : color}>{sparkline(all[i]!, max).padEnd(sparkWidth)}</Text> {String(t[k]).padStart(6)}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">
        {''.padEnd(13)}
        {timeAxis(run.result.seconds, Math.min(sparkWidth, bin(run.result.series.accepted, sparkWidth).length))}
      </Text>
      <Text dimColor wrap="truncate-end">
        total {t.requests} · backend calls {t.integrationCalls}
      </Text>
      <Text dimColor wrap="truncate-end">
        other errors {t.otherErrors}
      </Text>
    </Box>
  );
}

export function LoadRuns({ last, previous, width }: { last: LoadRun | null; previous: LoadRun | null; width: number }) {
  if (!last) return <Text dimColor>Press r to send the pattern through the current settings.</Text>;
  const col = Math.floor((width - 2) / 2);
  return (
    <Box>
      <RunColumn run={last} title="this run" width={col} />
      {/* the hint gets a column of its own: unbounded, it squeezed this run's counts off the screen */}
      <Box marginLeft={2} width={col} flexShrink={0}>
        {previous ? <RunColumn run={previous} title="previous" width={col} /> : <Text dimColor>Change rate or burst, then r again to compare.</Text>}
      </Box>
    </Box>
  );
}

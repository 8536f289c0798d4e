/** An HTTP API request stepped through its own stages: the pipeline, the selected stage, and the answer. */
import { Box, Text } from 'ink';
import { HTTP_STAGES } from '../../../gateway/http/model.js';
import type { ApiView } from '../../../state/apiTypesStore.js';
import { useAppContext } from '../../context.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { Detail } from './Detail.js';

const LEFT = 26;
const MARK = { pass: '✓', stop: '✗', skip: '·' } as const;

export function HttpView({ view }: { view: Extract<ApiView, { kind: 'HTTP' }> }) {
  const { noColor } = useAppContext();
  const { columns, rows } = useTerminalSize();
  const r = view.results[view.request]!;
  const shown = r.trace.slice(0, view.revealed);
  const entry = shown[view.selected];
  const done = view.revealed >= r.trace.length;
  const colour = (o: string) => (noColor ? undefined : o === 'pass' ? 'green' : o === 'stop' ? 'red' : 'gray');
  return (
    <Box flexDirection="column">
      <Text>
        request {view.request + 1}/{view.results.length}: <Text bold>{r.method} {r.path}</Text>
        {r.routeKey ? <Text dimColor> → route {r.routeKey}</Text> : null}
      </Text>
      <Box marginTop={1}>
        <Box flexDirection="column" width={LEFT} flexShrink={0}>
          {HTTP_STAGES.map((stage) => {
            const i = shown.findIndex((t) => t.stage === stage);
            const t = i >= 0 ? shown[i] : undefined;
            const selected = t !== undefined && i === view.selected;
            return (
              <Text key={stage} bold={selected} inverse={selected && !noColor} color={t ? colour(t.outcome) : undefined} dimColor={!t}>
                {selected ? '›' : ' '} {t ? MARK[t.outcome] : ' '} {stage}
              </Text>
            );
          })}
        </Box>
        <Detail entry={entry} width={columns - LEFT - 2} height={Math.max(6, rows - 16)} />
      </Box>
      {done ? (
        <Box flexDirection="column" marginTop={1}>
          <Text wrap="truncate-end">
            <Text bold>{r.status}</Text> {r.body.length > 60 ? `${r.body.slice(0, 60)}…` : r.body}
            {r.stoppedAt ? <Text dimColor> (answered by the gateway at {r.stoppedAt})</Text> : <Text dimColor> (from the integration)</Text>}
          </Text>
          {r.cors ? <Text wrap="truncate-end">browser: {r.cors.allowed ? 'allowed' : 'blocked'}, {r.cors.reason}</Text> : null}
        </Box>
      ) : (
        // "of" counts every stage: the trace's own length would tell where the request stops
        <Text dimColor>{view.revealed} of {HTTP_STAGES.length} stages shown: n steps, r runs to the end</Text>
      )}
    </Box>
  );
}

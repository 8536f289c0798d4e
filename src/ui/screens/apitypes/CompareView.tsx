/** The same requests through a REST API and an HTTP API: a row each, the differences marked, and why. */
import { Box, Text } from 'ink';
import { sanitize } from '../../../content/sanitize.js';
import type { ApiView } from '../../../state/apiTypesStore.js';
import { useAppContext } from '../../context.js';

const cell = (status: number, stoppedAt: string | null, called: boolean) => `${status} ${stoppedAt ? `at ${stoppedAt}` : called ? 'backend' : 'cache'}`.padEnd(18);

export function CompareView({ view }: { view: Extract<ApiView, { kind: 'COMPARE' }> }) {
  const { noColor } = useAppContext();
  const rows = view.comparison.rows;
  const sel = rows[view.row];
  const differing = rows.filter((r) => r.differs).length;
  return (
    <Box flexDirection="column">
      <Text wrap="wrap" dimColor>
        {sanitize(view.comparison.description)}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>{'   #  request'.padEnd(30)}{'REST API'.padEnd(18)}HTTP API</Text>
        {rows.map((r, i) => (
          <Text key={i} inverse={i === view.row && !noColor} bold={i === view.row} color={r.differs && !noColor ? 'yellow' : undefined} wrap="truncate-end">
            {i === view.row ? '›' : ' '}
            {r.differs ? '≠' : '='} {String(i + 1).padStart(2)}  {`${r.method} ${r.path}`.slice(0, 22).padEnd(24)}
            {cell(r.rest.status, r.rest.stoppedAt, r.rest.integrationCalled)}
            {cell(r.http.status, r.http.stoppedAt, r.http.integrationCalled)}
          </Text>
        ))}
        <Text dimColor>
          {differing} of {rows.length} request{rows.length === 1 ? '' : 's'} differ (≠)
        </Text>
      </Box>
      {sel ? (
        <Box marginTop={1} flexDirection="column">
          <Text wrap="wrap">
            <Text bold>REST</Text> {sanitize(sel.rest.reason)}
          </Text>
          <Text wrap="wrap">
            <Text bold>HTTP</Text> {sanitize(sel.http.reason)}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}

/** What the client gets, as the trace's response and the Mapping view show it: the body on one
 * line and what a browser does with the response (CORS). Both come from the scenario: sanitized. */
import { Box, Text } from 'ink';
import { sanitize } from '../../../content/sanitize.js';
import type { SimulateResult } from '../../../gateway/model.js';
import { useAppContext } from '../../context.js';

export function ClientView({ result }: { result: SimulateResult }) {
  const { noColor } = useAppContext();
  const body = result.response.body;
  return (
    <Box flexDirection="column">
      {/* a template's multi-line body on one line: the layout keeps its rows */}
      <Text wrap="truncate-end">body {body === '' ? '(empty)' : sanitize(body).replace(/\s*\n\s*/g, ' ')}</Text>
      {result.cors ? (
        <Text wrap="truncate-end" color={noColor ? undefined : result.cors.allowed ? 'green' : 'red'}>
          browser: {result.cors.allowed ? 'allowed' : 'blocked'}, {sanitize(result.cors.reason)}
          {result.cors.fix ? `; fix: ${sanitize(result.cors.fix)}` : ''}
        </Text>
      ) : null}
    </Box>
  );
}

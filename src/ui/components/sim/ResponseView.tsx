/** The final response: status, x-amzn-ErrorType, the headers that matter and the body. */
import { Box, Text } from 'ink';
import type { SimulateResult } from '../../../gateway/model.js';
import { sanitize } from '../../../content/sanitize.js';
import { servedFrom, statusText } from '../../../sim/format.js';
import { useAppContext } from '../../context.js';
import { ClientView } from './ClientView.js';

export function ResponseView({ result, previousStatus }: { result: SimulateResult; previousStatus: number | null }) {
  const { noColor } = useAppContext();
  const r = result.response;
  const ok = r.status < 400;
  const errorType = r.headers['x-amzn-ErrorType'];
  const others = Object.entries(r.headers).filter(([k]) => k !== 'x-amzn-ErrorType');
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>← </Text>
        <Text bold color={noColor ? undefined : ok ? 'green' : 'red'}>
          {statusText(r.status)}
        </Text>
        {errorType ? <Text>  x-amzn-ErrorType: {sanitize(errorType)}</Text> : null}
        {previousStatus !== null && previousStatus !== r.status ? <Text color={noColor ? undefined : 'yellow'}> (was {previousStatus})</Text> : null}
        <Text dimColor>
          {'  '}
          {result.stoppedAt ? `stopped at ${result.stoppedAt}` : servedFrom(result)}
        </Text>
      </Text>
      <Text wrap="truncate-end" dimColor>
        {others.length ? sanitize(others.map(([k, v]) => `${k}: ${v}`).join('  ')) : 'no headers'} · cache {result.cache} · integration {result.integrationCalled ? 'called' : 'not called'}
      </Text>
      <ClientView result={result} />
    </Box>
  );
}

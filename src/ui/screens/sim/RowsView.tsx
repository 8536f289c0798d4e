/** Settings and Request views: the pipeline on one line, the outcome, and the editable rows. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { servedFrom, statusText } from '../../../sim/format.js';
import { editedRoute, type SimState } from '../../../state/simStore.js';
import { marks, PipelineLine } from '../../components/sim/Pipeline.js';
import { RowList } from '../../components/sim/RowList.js';
import { useAppContext } from '../../context.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { REQUEST_ROWS, SETTING_ROWS } from './rows.js';

export function RowsView({ store, kind }: { store: StoreApi<SimState>; kind: 'settings' | 'request' }) {
  const { noColor } = useAppContext();
  const { columns, rows: height } = useTerminalSize();
  const result = useStore(store, (s) => s.result);
  const changed = useStore(store, (s) => s.changed);
  const previousStatus = useStore(store, (s) => s.previousStatus);
  const predict = useStore(store, (s) => s.predict);
  const doc = useStore(store, (s) => s.session.doc);
  const cursor = useStore(store, (s) => s.session.cursor);
  const routeIdx = useStore(store, editedRoute);
  const index = useStore(store, (s) => s.rows[kind]);
  const editing = useStore(store, (s) => s.editing);
  const hidden = predict !== null;
  const rows = kind === 'settings' ? SETTING_ROWS : REQUEST_ROWS;
  return (
    <Box flexDirection="column">
      <PipelineLine marks={marks(result.trace, hidden ? 0 : result.trace.length, hidden)} changed={hidden ? {} : changed} />
      <Text wrap="truncate-end">
        {hidden ? (
          <Text dimColor>outcome hidden (predict mode)</Text>
        ) : (
          <>
            <Text bold color={noColor ? undefined : result.response.status < 400 ? 'green' : 'red'}>
              {statusText(result.response.status)}
            </Text>
            {result.errorType ? ` ${result.errorType}` : ''}
            {result.stoppedAt ? ` at ${result.stoppedAt}` : ` ${servedFrom(result)}`}
            {previousStatus !== null && previousStatus !== result.response.status ? (
              <Text color={noColor ? undefined : 'yellow'}> (was {previousStatus})</Text>
            ) : null}
          </>
        )}
      </Text>
      <Box marginTop={1}>
        <RowList rows={rows} doc={doc} ctx={{ route: routeIdx, cursor }} index={index} editing={editing} height={Math.max(4, height - 10)} width={columns} />
      </Box>
    </Box>
  );
}

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
import { mappingRows } from '../../../sim/mappingRows.js';
import { TextEditor } from '../../components/sim/TextEditor.js';
import { ClientView } from '../../components/sim/ClientView.js';

export function RowsView({ store, kind }: { store: StoreApi<SimState>; kind: 'settings' | 'mapping' | 'request' }) {
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
  const textEditor = useStore(store, (s) => s.textEditor);
  const hidden = predict !== null;
  const ctx = { route: routeIdx, cursor };
  const rows = kind === 'settings' ? SETTING_ROWS : kind === 'mapping' ? mappingRows(doc, ctx) : REQUEST_ROWS;
  // the Mapping view also shows what the client and its browser get: the body and the CORS verdict
  const extra = kind === 'mapping' && !hidden ? 1 + (result.cors ? 1 : 0) : 0;
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
      {extra > 0 ? <ClientView result={result} /> : null}
      <Box marginTop={1}>
        {textEditor ? (
          <TextEditor editor={textEditor} width={columns} height={Math.max(4, height - 9 - extra)} />
        ) : (
          <RowList rows={rows} doc={doc} ctx={ctx} index={index} editing={editing} height={Math.max(4, height - 10 - extra)} width={columns} />
        )}
      </Box>
    </Box>
  );
}

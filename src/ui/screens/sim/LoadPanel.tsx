/** Load mode: the pattern and limits as rows, r to run, the last two runs side by side. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { cacheShareNote } from '../../../gateway/load.js';
import { resolvedOf } from '../../../sim/session.js';
import { routeRowText } from '../../../sim/settings.js';
import { editedRoute, type SimState } from '../../../state/simStore.js';
import { LoadRuns } from '../../components/sim/LoadView.js';
import { useAppContext } from '../../context.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { LOAD_ROWS } from './rows.js';

export function LoadPanel({ store }: { store: StoreApi<SimState> }) {
  const { noColor } = useAppContext();
  const { columns } = useTerminalSize();
  const pattern = useStore(store, (s) => s.pattern);
  const doc = useStore(store, (s) => s.session.doc);
  const cursor = useStore(store, (s) => s.session.cursor);
  const routeIdx = useStore(store, editedRoute);
  const index = useStore(store, (s) => s.rows.load);
  const editing = useStore(store, (s) => s.editing);
  const last = useStore(store, (s) => s.lastRun);
  const previous = useStore(store, (s) => s.previousRun);
  // the share only splits cached GET routes from the others: when it cannot, the screen says why
  const cacheNote = useStore(store, (s) => cacheShareNote(resolvedOf(s.session.doc).config));
  const half = Math.ceil(LOAD_ROWS.length / 2);
  const cell = (i: number) => {
    const lr = LOAD_ROWS[i]!;
    const sel = i === index;
    const id = lr.kind === 'pattern' ? `pattern:${lr.row.id}` : lr.row.id;
    const shown = lr.kind === 'pattern' ? `${pattern[lr.row.id]}${lr.row.id === 'cacheablePct' && cacheNote ? ' (n/a)' : ''}` : lr.row.value(doc, { route: routeIdx, cursor });
    const value = editing?.row === id ? `${editing.text}█` : shown;
    return (
      <Text key={id} wrap="truncate-end" bold={sel} color={sel && !noColor ? 'cyan' : undefined}>
        {sel ? '› ' : '  '}
        {lr.row.label.padEnd(24)}
        {sel ? `‹ ${value} ›` : value}
      </Text>
    );
  };
  const col = Math.floor(columns / 2);
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexDirection="column" width={col}>
          {LOAD_ROWS.slice(0, half).map((_, i) => cell(i))}
        </Box>
        <Box flexDirection="column" width={columns - col}>
          {LOAD_ROWS.slice(half).map((_, i) => cell(half + i))}
        </Box>
      </Box>
      {doc.api.routes.length > 1 ? (
        <Text dimColor wrap="truncate-end">
          Method throttle rows edit {routeRowText(doc, { route: routeIdx, cursor })}.
        </Text>
      ) : null}
      {cacheNote ? (
        <Text dimColor>
          Cacheable GETs % does not apply: {cacheNote}.
        </Text>
      ) : null}
      <Box marginTop={1}>
        <LoadRuns last={last} previous={previous} width={columns} />
      </Box>
    </Box>
  );
}

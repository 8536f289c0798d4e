/** A WebSocket connection timeline: events down the screen with the clock beside them, and the actions a learner can take. */
import { Box, Text } from 'ink';
import { sanitize } from '../../../content/sanitize.js';
import type { ApiView } from '../../../state/apiTypesStore.js';
import { clients, isOpen, messageTemplates } from '../../../sim/wsSession.js';
import { useAppContext } from '../../context.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { Detail } from './Detail.js';

/** Virtual time as an offset from the scenario start: 0:00, 10:05, 2:00:00. */
export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function WsView({ view }: { view: Extract<ApiView, { kind: 'WEBSOCKET' }> }) {
  const { noColor } = useAppContext();
  const { columns, rows } = useTerminalSize();
  const s = view.session;
  const names = clients(s);
  const client = names[view.client] ?? 'client-1';
  const template = messageTemplates(s)[view.template]!;
  const height = Math.max(4, rows - 17);
  const start = Math.min(Math.max(0, view.cursor - Math.floor(height / 2)), Math.max(0, s.results.length - height));
  const sel = s.results[view.cursor];
  const line = (r: (typeof s.results)[number]) => {
    const what = r.closed ? `closed ${r.closed.code}` : r.status !== null ? String(r.status) : r.toClient.length ? `→ ${r.toClient[0]}` : r.stoppedAt ? `stopped at ${r.stoppedAt}` : '';
    return `${clock(r.atMs).padStart(8)}  ${r.event.padEnd(10)} ${(r.connection ?? '').padEnd(9)} ${(r.routeKey ?? '').padEnd(12)} ${what}`;
  };
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        clock <Text bold>{clock(s.now)}</Text> · client <Text bold>{client}</Text> ({isOpen(s, client) ? 'connected' : 'not connected'}) · message{' '}
        <Text bold>{sanitize(template)}</Text>
      </Text>
      <Box marginTop={1} flexDirection="column">
        {s.results.slice(start, start + height).map((r, i) => {
          const selected = start + i === view.cursor;
          const bad = r.closed !== null || (r.status !== null && r.status >= 400) || r.stoppedAt !== null;
          return (
            <Text key={r.index} inverse={selected && !noColor} bold={selected} color={bad && !noColor ? 'red' : undefined} wrap="truncate-end">
              {selected ? '›' : ' '}
              {sanitize(line(r))}
            </Text>
          );
        })}
        <Text dimColor>
          event {view.cursor + 1} of {s.results.length}
        </Text>
      </Box>
      <Box marginTop={1}>
        <Detail entry={sel?.trace[sel.trace.length - 1]} width={columns - 2} height={6} />
      </Box>
    </Box>
  );
}

/** The simulator: a request stepped through the gateway pipeline, with live settings, load and predict modes. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { Tabs } from '../components/sim/Tabs.js';
import { useAppContext } from '../context.js';
import { simStoreFor, type SimOpen } from '../simStoreFor.js';
import { formatClock } from '../../sim/session.js';
import { sanitize } from '../../content/sanitize.js';
import { TraceView } from './sim/TraceView.js';
import { RowsView } from './sim/RowsView.js';
import { LoadPanel } from './sim/LoadPanel.js';
import { PresetsView } from './sim/PresetsView.js';
import { useSimKeys } from './sim/useSimKeys.js';

export function Simulator(open: SimOpen) {
  const ctx = useAppContext();
  const store = simStoreFor(ctx, open);
  const keys = useSimKeys(store);
  const view = useStore(store, (s) => s.view);
  const name = useStore(store, (s) => s.session.source.name);
  const cursor = useStore(store, (s) => s.session.cursor);
  const count = useStore(store, (s) => s.session.doc.requests.length);
  const at = useStore(store, (s) => s.session.doc.requests[s.session.cursor]?.atMs ?? 0);
  const message = useStore(store, (s) => s.message);
  const predicting = useStore(store, (s) => s.predict !== null);
  const offer = useStore(store, (s) => s.draftOffer);
  if (offer) {
    return (
      <Frame title="Simulator · unsaved changes" keys={keys}>
        <Box borderStyle="round" paddingX={1} flexDirection="column">
          <Text bold>
            Changes to {sanitize(offer.name)} from {new Date(offer.keptAt).toLocaleString()} were not saved.
          </Text>
          <Text>They were kept as a draft when gateprep closed.</Text>
          <Text>
            <Text bold>y</Text> restore them · <Text bold>n</Text> discard them
          </Text>
        </Box>
      </Frame>
    );
  }
  return (
    <Frame title={`Simulator${predicting ? ' · predict' : ''}`} keys={keys} status={name}>
      <Tabs view={view} right={`request ${cursor + 1}/${count} · t=${formatClock(at)}`} />
      <StatusMessage message={message} />
      <Box flexDirection="column" flexGrow={1}>
        {view === 'trace' ? <TraceView store={store} keys={keys.active} /> : null}
        {view === 'settings' || view === 'mapping' || view === 'request' ? <RowsView store={store} kind={view} /> : null}
        {view === 'load' ? <LoadPanel store={store} /> : null}
        {view === 'presets' ? <PresetsView store={store} /> : null}
      </Box>
    </Frame>
  );
}

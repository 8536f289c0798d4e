/** The simulator: a request stepped through the gateway pipeline, with live settings, load and predict modes. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SimState, SimView } from '../../state/simStore.js';
import type { Handlers } from '../keys.js';
import { Frame } from '../components/Frame.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { Tabs } from '../components/sim/Tabs.js';
import { useAppContext } from '../context.js';
import { simStoreFor, type SimOpen } from '../simStoreFor.js';
import { offsetText } from '../../gateway/clock.js';
import { sanitize } from '../../content/sanitize.js';
import { TraceView } from './sim/TraceView.js';
import { RowsView } from './sim/RowsView.js';
import { LoadPanel } from './sim/LoadPanel.js';
import { PresetsView } from './sim/PresetsView.js';
import { useSimKeys } from './sim/useSimKeys.js';
import { Question, SavePrompt, SimQuestionBox } from './sim/Questions.js';

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
  const saving = useStore(store, (s) => s.saving !== null);
  const asking = useStore(store, (s) => s.question !== null);
  if (offer) {
    return (
      <Frame title="Simulator · unsaved changes" keys={keys}>
        <Question
          title={`Changes to ${sanitize(offer.name)} from ${new Date(offer.keptAt).toLocaleString()} were not saved.`}
          lines={['They were kept as a draft when gateprep closed.']}
          yes="restore them"
          no="discard them"
        />
      </Frame>
    );
  }
  return (
    <Frame title={`Simulator${predicting ? ' · predict' : ''}`} keys={keys} status={name}>
      <Tabs view={view} right={`request ${cursor + 1}/${count} · ${offsetText(at)}`} />
      {saving ? <SavePrompt store={store} /> : null}
      <StatusMessage message={message} />
      <Box flexDirection="column" flexGrow={1}>
        {asking ? <SimQuestionBox store={store} /> : <ViewBody store={store} view={view} keys={keys.active} />}
      </Box>
    </Frame>
  );
}

function ViewBody({ store, view, keys }: { store: StoreApi<SimState>; view: SimView; keys: Handlers }) {
  if (view === 'trace') return <TraceView store={store} keys={keys} />;
  if (view === 'settings' || view === 'mapping' || view === 'request') return <RowsView store={store} kind={view} />;
  if (view === 'load') return <LoadPanel store={store} />;
  return <PresetsView store={store} />;
}

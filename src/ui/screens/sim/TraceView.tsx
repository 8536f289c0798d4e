/** The trace view: the pipeline, the selected stage's reason and numbers, and the response once reached. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { STAGES } from '../../../gateway/model.js';
import type { SimState } from '../../../state/simStore.js';
import { marks, Pipeline } from '../../components/sim/Pipeline.js';
import { PredictPanel } from '../../components/sim/PredictPanel.js';
import { ResponseView } from '../../components/sim/ResponseView.js';
import { StageDetail } from '../../components/sim/StageDetail.js';
import { useStageRecall } from '../../hooks/useStageRecall.js';
import type { Handlers } from '../../keys.js';
import { LEFT, useDetailPane } from './detailPane.js';

/** `keys`: the handlers the footer lists now (the pane takes the rows the footer leaves). */
export function TraceView({ store, keys }: { store: StoreApi<SimState>; keys: Handlers }) {
  const pane = useDetailPane(store, keys);
  const focus = useStore(store, (s) => s.detail.focus);
  const result = useStore(store, (s) => s.result);
  const revealed = useStore(store, (s) => s.revealed);
  const selected = useStore(store, (s) => s.selected);
  const changed = useStore(store, (s) => s.changed);
  const previousStatus = useStore(store, (s) => s.previousStatus);
  const predict = useStore(store, (s) => s.predict);
  const request = useStore(store, (s) => s.session.doc.requests[s.session.cursor]!);
  const recall = useStageRecall();
  const hidden = predict !== null && !predict.locked;
  const m = marks(result.trace, hidden ? 0 : revealed, hidden);
  const done = !hidden && revealed >= result.trace.length;
  const client = `${request.method} ${request.path}${Object.keys(request.query).length ? '?' + new URLSearchParams(request.query).toString() : ''}`;
  return (
    <Box flexDirection="column">
      <Box>
        <Pipeline marks={m} selected={selected} changed={hidden ? {} : changed} client={client} width={LEFT} recall={recall} />
        {predict && (!predict.locked || done) ? (
          <PredictPanel p={predict} done={done} actual={{ status: result.response.status, stage: result.stoppedAt ?? 'none' }} />
        ) : (
          <StageDetail pane={pane} selected={selected} changed={changed} focus={focus} />
        )}
      </Box>
      {/* "of" counts every stage: the trace's own length would tell where the request stops */}
      {done ? <ResponseView result={result} previousStatus={previousStatus} /> : <Text dimColor>{hidden ? '' : `${revealed} of ${STAGES.length} stages shown: n steps, r runs to the end`}</Text>}
    </Box>
  );
}

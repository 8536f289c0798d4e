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
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

const LEFT = 31;

export function TraceView({ store }: { store: StoreApi<SimState> }) {
  const { columns } = useTerminalSize();
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
  const stage = STAGES[selected]!;
  const client = `${request.method} ${request.path}${Object.keys(request.query).length ? '?' + new URLSearchParams(request.query).toString() : ''}`;
  return (
    <Box flexDirection="column">
      <Box>
        <Pipeline marks={m} selected={selected} changed={hidden ? {} : changed} client={client} width={LEFT} recall={recall} />
        {predict && (!predict.locked || done) ? (
          <PredictPanel p={predict} done={done} actual={{ status: result.response.status, stage: result.stoppedAt ?? 'none' }} />
        ) : (
          <StageDetail entry={result.trace.find((t) => t.stage === stage)} selected={selected} mark={m[stage]} changed={changed} width={columns - LEFT - 2} height={STAGES.length + 1} />
        )}
      </Box>
      {/* "of" counts every stage: the trace's own length would tell where the request stops */}
      {done ? <ResponseView result={result} previousStatus={previousStatus} /> : <Text dimColor>{hidden ? '' : `${revealed} of ${STAGES.length} stages shown: n steps, r runs to the end`}</Text>}
    </Box>
  );
}

/** An exam kept from an earlier run: resume it with the time it had left, or discard it. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { QuizState } from '../../../state/quizStore.js';
import { describeExam } from '../../../study/keptQuiz.js';
import { Frame } from '../../components/Frame.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';

export function QuizResume({ store }: { store: StoreApi<QuizState> }) {
  const kept = useStore(store, (s) => s.kept)!;
  const { resumeKept, discardKept } = store.getState();
  const keys = useScreenKeys({ yes: resumeKept, no: discardKept });
  return (
    <Frame title="Quiz · unfinished exam" keys={keys}>
      <Box borderStyle="round" paddingX={1} flexDirection="column">
        <Text bold>An exam from {new Date(kept.keptAt).toLocaleString()} was not finished.</Text>
        <Text>{describeExam(kept.session, kept.remainingMs)}: its clock stopped when gateprep closed.</Text>
        <Text>
          <Text bold>y</Text> resume it · <Text bold>n</Text> discard it and set up a new quiz
        </Text>
      </Box>
    </Frame>
  );
}

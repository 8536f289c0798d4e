/** Exam: the list of questions, answered / unanswered / flagged; enter jumps to one. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { QuizState } from '../../../state/quizStore.js';
import { overview, status as statusOf } from '../../../study/quiz.js';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex, type ListItem } from '../../components/SelectList.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useRunStatus } from './Run.js';

export function QuizList({ store }: { store: StoreApi<QuizState> }) {
  const session = useStore(store, (s) => s.session)!;
  const status = useRunStatus(store);
  const { goTo, setPanel, requestSubmit } = store.getState();
  const { columns, rows } = useTerminalSize();
  const [index, setIndex] = useState(session.current);
  const o = overview(session);
  const items: ListItem[] = session.questions.map((q, i) => {
    const a = session.answers[i]!;
    const st = statusOf(q, a);
    const mark = st === 'answered' ? '●' : st === 'partial' ? '◐' : '○';
    const said = st === 'partial' ? `partly answered, ${a.selected.length} of ${q.select}` : st;
    return {
      key: String(i),
      label: `${String(i + 1).padStart(2)}. ${mark} ${a.flagged ? '⚑' : ' '} ${q.title}`,
      detail: `${said}${a.flagged ? ', flagged' : ''}`,
    };
  });
  const i = clampIndex(index, items.length);
  const keys = useScreenKeys({
    up: () => setIndex(clampIndex(i - 1, items.length)),
    down: () => setIndex(clampIndex(i + 1, items.length)),
    select: () => goTo(i),
    submit: requestSubmit,
    back: () => setPanel('question'),
  });
  return (
    <Frame title="Quiz · questions" keys={keys} status={status}>
      <Text>
        <Text bold>{o.answered.length}</Text> answered (●) · <Text bold>{o.unanswered.length}</Text> unanswered (○{o.partial.length > 0 ? `, ${o.partial.length} partly ◐` : ''}) · <Text bold>{o.flagged.length}</Text> flagged (⚑)
      </Text>
      <Box marginTop={1}>
        <SelectList items={items} index={i} height={Math.max(3, rows - 8)} width={columns - 2} />
      </Box>
    </Frame>
  );
}

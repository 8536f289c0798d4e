/** The interview date, typed as YYYY-MM-DD (a day in local time): enter saves it, an empty field
 * removes it, a day in the past or not on the calendar is refused with the reason. Opened from
 * Progress (d, or i when no date is set) and from the study settings. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { FieldLine } from '../../components/FieldLine.js';
import { Frame } from '../../components/Frame.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTextField } from '../../hooks/useTextField.js';
import { localDayKey } from '../../../progress/day.js';
import type { ProgressStore } from '../../../progress/store.js';
import { checkInterviewDate } from '../../../study/interview.js';

/** `onDone` gets what was saved, for the screen to say (null: cancelled). */
export function InterviewDate({ store, onDone }: { store: ProgressStore; onDone: (said: string | null) => void }) {
  const { progress, clock } = useAppContext();
  const touch = useStore(progress, (s) => s.touch);
  const current = store.data.settings.interviewDate;
  const { text, field } = useTextField(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = (day: string | null, said: string) => {
    try {
      store.setSettings({ interviewDate: day });
    } catch (e) {
      return setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
    touch();
    onDone(said);
  };
  const commit = () => {
    if (field.read().trim() === '') return save(null, current ? `Removed the interview date (${current}).` : 'No interview date set.');
    const checked = checkInterviewDate(field.read(), clock());
    if (!checked.ok) return setError(checked.message);
    save(checked.day, `Saved: interview on ${checked.day}.`);
  };
  const keys = useScreenKeys({ commitEdit: commit, cancelEdit: () => onDone(null) }, { globals: false, field });
  return (
    <Frame title="Progress · interview date" keys={keys}>
      <Text>When is your interview? The count of cards not solid by then, and a session that reviews them</Text>
      <Text>early, come from it.</Text>
      <FieldLine label="date" text={text} />
      <Text dimColor>YYYY-MM-DD, a day in your local time (today is {localDayKey(clock())}). Empty: no date.</Text>
      <Box marginTop={1}>{error ? <Text bold>{error}</Text> : null}</Box>
    </Frame>
  );
}

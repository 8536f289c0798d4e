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
import { checkInterviewDate, daysUntil, localDayStart } from '../../../study/interview.js';

/** "Sunday 20 December 2026, in 18 days": the day typed, as the local calendar has it. */
export function dayInWords(day: string, now: Date): string | null {
  const start = localDayStart(day);
  if (!start || !checkInterviewDate(day, now).ok) return null;
  const n = daysUntil(day, now);
  const words = start.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', '');
  return `${words}, ${n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`}`;
}

/** `onDone` gets what was saved, for the screen to say (null: cancelled). */
export function InterviewDate({ store, onDone }: { store: ProgressStore; onDone: (said: string | null) => void }) {
  const { progress, clock } = useAppContext();
  const touch = useStore(progress, (s) => s.touch);
  const current = store.data.settings.interviewDate;
  const { text, field } = useTextField(current ?? '');
  /** Why the text was refused; shown until the text changes. */
  const [refused, setRefused] = useState<{ text: string; message: string } | null>(null);
  const setError = (message: string) => setRefused({ text: field.read(), message });
  const error = refused && refused.text === text ? refused.message : null;
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
      {/* two lines of their own: each fits 80 columns, so neither wraps into an orphan */}
      <Text>When is your interview? Progress counts the cards not solid by that day,</Text>
      <Text>and the interview session reviews them early.</Text>
      <FieldLine label="date" text={text} />
      <Text dimColor>YYYY-MM-DD, a day in your local time (today is {localDayKey(clock())}). Empty: no date.</Text>
      <Box marginTop={1}>{error ? <Text bold>{error}</Text> : <Text>{dayInWords(text.trim(), clock()) ?? ' '}</Text>}</Box>
    </Frame>
  );
}

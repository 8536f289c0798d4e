/** Study settings: new cards per day and desired retention, saved as soon as they change, and the
 * interview date (enter types it). */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../../components/Frame.js';
import { SelectList, clampIndex } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useProgress } from '../../hooks/useProgress.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import type { Settings } from '../../../progress/schema.js';
import { InterviewDate } from '../progress/InterviewDate.js';

interface Field {
  key: 'dailyNewLimit' | 'desiredRetention';
  label: string;
  about: string;
  show: (s: Settings) => string;
  step: (s: Settings, d: -1 | 1) => Partial<Settings>;
}

const FIELDS: Field[] = [
  {
    key: 'dailyNewLimit',
    label: 'New cards per day',
    about: 'How many cards you have never studied are introduced each day (0 to 9999).',
    show: (s) => String(s.dailyNewLimit),
    step: (s, d) => ({ dailyNewLimit: Math.min(9999, Math.max(0, s.dailyNewLimit + d * ((d < 0 ? s.dailyNewLimit <= 10 : s.dailyNewLimit < 10) ? 1 : 5))) }),
  },
  {
    key: 'desiredRetention',
    label: 'Desired retention',
    about: 'The chance of remembering a card when it comes due (70% to 99%). Higher means more reviews.',
    show: (s) => `${Math.round(s.desiredRetention * 100)}%`,
    step: (s, d) => ({ desiredRetention: Math.min(0.99, Math.max(0.7, Math.round((s.desiredRetention + d * 0.01) * 100) / 100)) }),
  },
];

export function StudySettings({ onBack }: { onBack: () => void }) {
  const { progress } = useAppContext();
  const touch = useStore(progress, (s) => s.touch);
  const { store } = useProgress();
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const settings = store!.data.settings;
  const rows = FIELDS.length + 1;
  const field = FIELDS[index];
  const change = (d: -1 | 1) => {
    if (!field) return;
    const patch = field.step(settings, d);
    try {
      store!.setSettings(patch);
      setMessage(`Saved: ${field.label.toLowerCase()} ${field.show({ ...settings, ...patch })}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    touch();
  };
  const keys = useScreenKeys(
    {
      up: () => setIndex((i) => clampIndex(i - 1, rows)),
      down: () => setIndex((i) => clampIndex(i + 1, rows)),
      ...(field ? { decrease: () => change(-1), increase: () => change(1) } : { edit: () => setEditing(true) }),
      back: onBack,
    },
    { active: !editing },
  );
  if (editing) {
    return (
      <InterviewDate
        store={store!}
        onDone={(said) => {
          setEditing(false);
          setMessage(said);
        }}
      />
    );
  }
  const items = [
    ...FIELDS.map((f) => ({ key: f.key, label: f.label, detail: `‹ ${f.show(settings)} ›` })),
    { key: 'interviewDate', label: 'Interview date', detail: settings.interviewDate ?? 'none (enter sets one)' },
  ];
  return (
    <Frame title="Study settings" keys={keys}>
      <SelectList items={items} index={index} height={items.length} width={50} />
      <Box marginTop={1} flexDirection="column">
        <Text dimColor>{field ? field.about : 'The day of your interview: i in a session then reviews early what would not be solid by then.'}</Text>
        <Text dimColor>{field ? "Saved at once; the next card's intervals use it." : 'Enter types it (YYYY-MM-DD, your local time).'}</Text>
        {settings.desiredRetention > 0.97 ? (
          <Text bold>
            ! Above 97% the workload climbs steeply: at 99% intervals are about 14 times shorter than at 90%.
          </Text>
        ) : null}
        {message ? <Text>{message}</Text> : null}
      </Box>
    </Frame>
  );
}

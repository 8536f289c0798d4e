/** Progress > Data: export a JSON backup, Anki text or an .apkg to a path, or import a file (a JSON
 * backup, Anki text, a deck), with the functions `gateprep export` and `import` use. The path is
 * typed in a field (prefilled with ~/gateprep-export-DATE.json and so on); the outcome shows here. */
import { Box, Text } from 'ink';
import { useState } from 'react';
import { FieldLine } from '../../components/FieldLine.js';
import { Frame } from '../../components/Frame.js';
import { SelectList } from '../../components/SelectList.js';
import { useAppContext } from '../../context.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTextField } from '../../hooks/useTextField.js';
import { localDayKey } from '../../../progress/day.js';
import type { DataAction, DataOutcome } from '../../../progress/dataActions.js';
import type { ProgressStore } from '../../../progress/store.js';
import { contentDir } from '../../../paths.js';

export const DATA_ACTIONS: Array<{ action: DataAction; label: string; about: string }> = [
  { action: 'json', label: 'Export a JSON backup', about: 'everything: reviews, settings, quizzes, predictions, scenarios' },
  { action: 'anki', label: 'Export the cards as Anki text', about: 'notes for File > Import in Anki' },
  { action: 'apkg', label: 'Export an Anki package (.apkg)', about: 'cards with their schedule and review history' },
  { action: 'import', label: 'Import a file', about: 'a JSON backup (merged), Anki text (.txt/.tsv/.csv) or a deck (.md)' },
];

const EXTENSION: Record<Exclude<DataAction, 'import'>, string> = { json: 'json', anki: 'txt', apkg: 'apkg' };

/** The prefilled path, as the user would type it (dataOut.ts defaultExportPath, with ~). */
function prefill(action: DataAction, now: Date): string {
  return action === 'import' ? '~/' : `~/gateprep-export-${localDayKey(now)}.${EXTENSION[action]}`;
}

export function DataTab({ index, outcome, width }: { index: number; outcome: DataOutcome | null; width: number }) {
  const items = DATA_ACTIONS.map((a) => ({ key: a.action, label: a.label }));
  return (
    <Box flexDirection="column">
      <Text bold>Your data in and out (the same as gateprep export / import)</Text>
      <SelectList items={items} index={index} height={items.length} width={width} />
      <Text dimColor wrap="truncate-end">
        {'  '}
        {DATA_ACTIONS[index]!.about}
      </Text>
      {outcome ? (
        <Box flexDirection="column" marginTop={1}>
          {outcome.lines.map((line, i) => (
            <Text key={i} bold={i === 0 && !outcome.ok}>
              {line}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

/** The path field for one action; enter runs it (sql.js and fflate load only for an .apkg). */
export function DataPath({ action, store, onDone }: { action: DataAction; store: ProgressStore; onDone: (outcome: DataOutcome | null) => void }) {
  const { clock, library } = useAppContext();
  const { text, field } = useTextField(prefill(action, clock()));
  const [running, setRunning] = useState(false);
  /** Why the path was refused or the action failed; shown until the text changes. The form stays
   * open with the path as typed, for another try. */
  const [refused, setRefused] = useState<{ text: string; lines: string[] } | null>(null);
  const refusal = refused && refused.text === text ? refused.lines : null;
  /** An export over a file that is there asks first. */
  const [asking, setAsking] = useState(false);
  const { label } = DATA_ACTIONS.find((a) => a.action === action)!;
  const run = (replace: boolean) => {
    setRunning(true);
    setAsking(false);
    void import('../../../progress/dataActions.js')
      .then((m): Promise<DataOutcome | 'ask'> | 'ask' =>
        action !== 'import' && !replace && m.exportWouldReplace(field.read()) ? 'ask' : m.runDataAction(action, field.read(), { cards: library.cards, store, contentDir: contentDir(), now: clock() }),
      )
      .catch((e: unknown): DataOutcome | 'ask' => ({ ok: false, lines: [`Failed: ${e instanceof Error ? e.message : String(e)}`] }))
      .then((outcome) => {
        setRunning(false);
        if (outcome === 'ask') return setAsking(true);
        if (!outcome.ok) return setRefused({ text: field.read(), lines: outcome.lines });
        onDone(outcome);
      });
  };
  const go = action === 'import' ? { importThis: () => run(false) } : { exportHere: () => run(false) };
  const handlers = running ? {} : asking ? { yes: () => run(true), no: () => setAsking(false) } : { ...go, cancelEdit: () => onDone(null) };
  const keys = useScreenKeys(handlers, { globals: false, ...(running || asking ? {} : { field }) });
  return (
    <Frame title={`Progress · ${label}`} keys={keys}>
      <Text>{action === 'import' ? 'The file to import:' : 'Write it to:'}</Text>
      <FieldLine label="file" text={text} />
      <Text dimColor>~ is your home folder. {action === 'import' ? 'Nothing changes unless the whole file is good.' : 'The file is complete or not written at all.'}</Text>
      <Box marginTop={1} flexDirection="column">
        {running ? <Text>{action === 'import' ? 'Importing…' : 'Exporting…'}</Text> : null}
        {!running && asking ? <Text bold>A file is there already: y replaces it, n keeps it (change the path).</Text> : null}
        {!running && !asking && refusal
          ? refusal.map((line, i) => (
              <Text key={i} bold={i === 0}>
                {line}
              </Text>
            ))
          : null}
      </Box>
    </Frame>
  );
}

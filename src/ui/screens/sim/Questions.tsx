/**
 * What the simulator asks before it writes or discards anything: the name `s` saves under (one
 * line, where the status message goes), and the y/n questions (replace a file, load a preset over
 * unsaved edits, restore a kept draft) in a box of their own. Names from files are sanitized.
 */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { sanitize } from '../../../content/sanitize.js';
import type { SimState } from '../../../state/simStore.js';

/** The name prompt, with where enter would write. */
export function SavePrompt({ store }: { store: StoreApi<SimState> }) {
  const saving = useStore(store, (s) => s.saving);
  if (!saving) return null;
  const { text, target: t } = saving;
  const where =
    t.base === '' ? 'type a name'
    : t.own ? `saves over your ${t.base}.json`
    : t.taken ? `${t.base}.json exists: enter asks to replace it`
    : `new file ${t.base}.json${t.builtIn ? '; a built-in preset has this name too' : ''}`;
  return (
    <Text wrap="truncate-end">
      <Text bold>Save as: </Text>
      {sanitize(text)}█<Text dimColor>  {where}</Text>
    </Text>
  );
}

export function Question({ title, lines, yes, no }: { title: string; lines: string[]; yes: string; no: string }) {
  return (
    <Box borderStyle="round" paddingX={1} flexDirection="column">
      <Text bold>{title}</Text>
      {lines.map((l, i) => (
        <Text key={i}>{l}</Text>
      ))}
      <Text>
        <Text bold>y</Text> {yes} · <Text bold>n</Text> {no}
      </Text>
    </Box>
  );
}

/** The pending y/n question of the simulator, if any. */
export function SimQuestionBox({ store }: { store: StoreApi<SimState> }) {
  const q = useStore(store, (s) => s.question);
  if (!q) return null;
  if (q.kind === 'replace')
    return <Question title={`${sanitize(q.path)} already exists.`} lines={['Saving under this name replaces that file.']} yes="replace it" no="pick another name" />;
  return (
    <Question
      title={`Load ${sanitize(q.preset.name)}?`}
      lines={[`Your changes to ${sanitize(q.from)} are not saved and would be lost:`, sanitize(q.lost)]}
      yes={`load ${sanitize(q.preset.name)}`}
      no="keep my changes (s saves them)"
    />
  );
}

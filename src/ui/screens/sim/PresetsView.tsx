/** Presets: the built-in scenarios and the user's own (GATEPREP_HOME/scenarios); enter loads one.
 * The highlighted preset's description says what it shows, so a name like cache-demo is not all one has. */
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { presetDescription } from '../../../sim/files.js';
import type { SimState } from '../../../state/simStore.js';
import { Lines } from '../../components/Lines.js';
import { SelectList } from '../../components/SelectList.js';
import { wrap } from '../../markdown.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

const ABOUT_LINES = 5;

export function PresetsView({ store }: { store: StoreApi<SimState> }) {
  const { columns, rows } = useTerminalSize();
  const presets = useStore(store, (s) => s.presets);
  const index = useStore(store, (s) => s.rows.presets);
  const selected = presets[Math.min(index, presets.length - 1)];
  const about = useMemo(() => (selected ? presetDescription(selected.path) : null), [selected]);
  if (presets.length === 0) return <Text>No scenario presets found.</Text>;
  const items = presets.map((p) => ({ key: p.path, label: p.name, detail: p.home ? 'yours' : 'built-in' }));
  return (
    <Box flexDirection="column">
      <Text dimColor>Built-in presets, then yours (saved with s). Enter loads one.</Text>
      <SelectList items={items} index={Math.min(index, items.length - 1)} height={Math.max(3, rows - 10 - ABOUT_LINES)} width={Math.min(columns, 72)} />
      <Box marginTop={1} flexDirection="column">
        <Lines lines={wrap([{ text: about ?? 'No description.' }], columns - 2).slice(0, ABOUT_LINES)} />
      </Box>
    </Box>
  );
}

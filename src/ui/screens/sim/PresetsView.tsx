/** Presets: the built-in scenarios and the user's own (GATEPREP_HOME/scenarios); enter loads one. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SimState } from '../../../state/simStore.js';
import { SelectList } from '../../components/SelectList.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

export function PresetsView({ store }: { store: StoreApi<SimState> }) {
  const { columns, rows } = useTerminalSize();
  const presets = useStore(store, (s) => s.presets);
  const index = useStore(store, (s) => s.rows.presets);
  if (presets.length === 0) return <Text>No scenario presets found.</Text>;
  const items = presets.map((p) => ({ key: p.path, label: p.name, detail: p.home ? 'yours' : 'built-in' }));
  return (
    <Box flexDirection="column">
      <Text dimColor>Built-in presets, then yours (saved with s). Enter loads one.</Text>
      <SelectList items={items} index={Math.min(index, items.length - 1)} height={Math.max(3, rows - 10)} width={Math.min(columns, 72)} />
    </Box>
  );
}

/** The simulator's views as a tab bar, with the scenario and the request position. */
import { Box, Text } from 'ink';
import { SIM_VIEWS, type SimView } from '../../../state/simStore.js';
import { useAppContext } from '../../context.js';

const LABEL: Record<SimView, string> = { trace: 'Trace', settings: 'Settings', mapping: 'Mapping', request: 'Request', load: 'Load', presets: 'Presets' };

export function Tabs({ view, right }: { view: SimView; right: string }) {
  const { noColor } = useAppContext();
  return (
    <Box justifyContent="space-between">
      <Text>
        {SIM_VIEWS.map((v) => (
          <Text key={v} bold={v === view} inverse={v === view && !noColor} underline={v === view && noColor}>
            {v === view && noColor ? `[${LABEL[v]}]` : ` ${LABEL[v]} `}
          </Text>
        ))}
      </Text>
      <Text dimColor wrap="truncate-start">
        {right}
      </Text>
    </Box>
  );
}

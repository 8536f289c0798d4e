/** One text field on screen: its label, the text typed so far and the cursor at its end. */
import { Box, Text } from 'ink';
import { useAppContext } from '../context.js';

export function FieldLine({ label, text }: { label: string; text: string }) {
  const { noColor } = useAppContext();
  return (
    <Box borderStyle="single" paddingX={1}>
      <Text wrap="truncate-start">
        <Text dimColor>{label} </Text>
        {text}
        <Text inverse={!noColor}>{noColor ? '_' : ' '}</Text>
      </Text>
    </Box>
  );
}

/** A screen's one-line message: what the last action did (green), or what went wrong (red, "! "). */
import { Text } from 'ink';
import { useAppContext } from '../context.js';

export function StatusMessage({ message }: { message: { text: string; error: boolean } | null }) {
  const { noColor } = useAppContext();
  if (!message) return null;
  return (
    <Text wrap="truncate-end" color={noColor ? undefined : message.error ? 'red' : 'green'}>
      {message.error ? '! ' : ''}
      {message.text}
    </Text>
  );
}

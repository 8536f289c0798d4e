/** A controlled, scrolling list. The screen owns the highlighted index and the keys. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useAppContext } from '../context.js';

export interface ListItem {
  key: string;
  label: ReactNode;
  /** Shown right-aligned, dimmed (counts, due figures). */
  detail?: string;
}

export function SelectList({ items, index, height, width }: { items: ListItem[]; index: number; height: number; width: number }) {
  const { noColor } = useAppContext();
  const visible = Math.max(1, height);
  const start = Math.min(Math.max(0, index - Math.floor(visible / 2)), Math.max(0, items.length - visible));
  const shown = items.slice(start, start + visible);
  return (
    <Box flexDirection="column">
      {shown.map((item, i) => {
        const selected = start + i === index;
        return (
          <Box key={item.key} width={width}>
            <Box flexGrow={1} flexShrink={1} overflow="hidden">
              <Text wrap="truncate-end" bold={selected} color={selected && !noColor ? 'cyan' : undefined}>
                {selected ? '› ' : '  '}
                {item.label}
              </Text>
            </Box>
            {item.detail ? (
              <Box flexShrink={0} marginLeft={1}>
                <Text dimColor>{item.detail}</Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
      {items.length > visible ? (
        <Text dimColor>
          {start + 1}-{Math.min(items.length, start + visible)} of {items.length}
        </Text>
      ) : null}
    </Box>
  );
}

/** Keeps an index inside a list of n items. */
export function clampIndex(i: number, n: number): number {
  return n === 0 ? 0 : Math.min(n - 1, Math.max(0, i));
}

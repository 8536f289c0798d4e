/** Every screen's layout: a title bar, the body (or the help overlay), and the key footer. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import type { ScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { HelpOverlay } from './HelpOverlay.js';
import { KeyHints } from './KeyHints.js';

export function Frame({ title, keys, children, status, help }: { title: string; keys: ScreenKeys; children: ReactNode; status?: string; help?: string[] }) {
  const { app, noColor } = useAppContext();
  const helpOpen = useStore(app, (s) => s.helpOpen);
  const notice = useStore(app, (s) => s.notices[0]);
  const { columns, rows } = useTerminalSize();
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Box justifyContent="space-between">
        <Text>
          <Text bold color={noColor ? undefined : 'cyan'}>gateprep</Text>
          <Text dimColor> › </Text>
          <Text bold>{title}</Text>
        </Text>
        {status ? <Text dimColor>{status}</Text> : null}
      </Box>
      {notice ? (
        <Text color={noColor ? undefined : 'yellow'} wrap="truncate-end">
          {noColor ? '! ' : ''}
          {notice}
        </Text>
      ) : null}
      <Box flexDirection="column" flexGrow={1} flexShrink={1} overflowY="hidden" marginTop={1}>
        {helpOpen ? <HelpOverlay keys={keys.all} title={title} {...(help ? { about: help } : {})} /> : children}
      </Box>
      <KeyHints keys={keys.active} width={columns} />
    </Box>
  );
}

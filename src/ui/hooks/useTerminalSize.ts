/** The terminal's size, redrawn on resize. */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size { columns: number; rows: number }

export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

/** Below 80x24 the app is not drawn (the screen stays mounted, hidden) and its screens take no keys. */
export const tooSmall = (columns: number, rows: number): boolean => columns < MIN_COLUMNS || rows < MIN_ROWS;

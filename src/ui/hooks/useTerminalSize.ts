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

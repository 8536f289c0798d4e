/**
 * The same-run baseline for every pty row: minimal Ink apps bundled exactly like gateprep
 * (scripts/bundle.mjs). `ready` renders one line; `keys` reacts to the keys the app's rows
 * press: j/k move a › marker in a 20-line list, → and ← flip a value, 1 advances a clock,
 * any other character is appended to a query line (backspace removes one). Each key redraws one frame, as in the app.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/bundle.mjs';

const READY = `import { render, Text, useInput, useApp } from 'ink';
function App() { const { exit } = useApp(); useInput((i) => { if (i === 'q') exit(); }); return <Text>minimal ink app ready</Text>; }
render(<App />);
`;

const KEYS = `import { useState } from 'react';
import { render, Box, Text, useInput } from 'ink';
const items = Array.from({ length: 20 }, (_, i) => 'item number ' + (i + 1));
function App() {
  const [at, setAt] = useState(0);
  const [value, setValue] = useState(5);
  const [clock, setClock] = useState(0);
  const [query, setQuery] = useState('');
  useInput((input, key) => {
    if (input === 'j') setAt((a) => (a + 1) % items.length);
    else if (input === 'k') setAt((a) => (a + items.length - 1) % items.length);
    else if (key.rightArrow) setValue(6);
    else if (key.leftArrow) setValue(5);
    else if (input === '1') setClock((c) => c + 1);
    else if (key.backspace || key.delete) setQuery((q) => q.slice(0, -1));
    else if (input) setQuery((q) => q + input);
  });
  return (
    <Box flexDirection="column">
      <Text>minimal ink keys ready · value ‹ {value} › · clock {clock} · query {query} </Text>
      {items.map((it, i) => <Text key={it}>{i === at ? '› ' : '  '}{it}</Text>)}
    </Box>
  );
}
render(<App />);
`;

export async function buildMinimal(kind: 'ready' | 'keys'): Promise<string> {
  const dir = join(process.cwd(), 'bench', '.minimal');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, `${kind}.tsx`);
  writeFileSync(src, kind === 'ready' ? READY : KEYS);
  const out = join(dir, `${kind}.js`);
  await build({ ...nodeBundle, entryPoints: [src], outfile: out, logLevel: 'error' });
  return out;
}

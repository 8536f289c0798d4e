/** Runs a subcommand in-process against a home folder, capturing what it prints. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command, CommandContext } from '../../src/commands/types.js';
import { ROOT } from '../cli/run.js';

export const tempHome = () => mkdtempSync(join(tmpdir(), 'gateprep-cmd-'));

export async function runIn(command: Command, home: string, args: string[], flags: Partial<CommandContext['flags']> = {}) {
  let out = '';
  let err = '';
  const code = await command({
    args,
    flags: { json: false, decks: [], ...flags },
    contentDir: join(ROOT, 'content'),
    homeDir: home,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  });
  return { code, out, err };
}

/** Runs the built CLI as a child process, without a TTY, the way CI and scripts do. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface RunResult { code: number; stdout: string; stderr: string }

export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT): RunResult {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-cli-'));
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GATEPREP_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

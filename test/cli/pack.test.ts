/** The published package: npm pack gives a tarball that installs globally and runs with its content. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run.js';

describe('npm pack and a global install', () => {
  it('installs the tarball globally and runs gateprep with its decks and scenarios', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-pack-'));
    // dist/ is already built by npm test; --ignore-scripts keeps pack from rebuilding it
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const prefix = join(dir, 'global');
    execFileSync('npm', ['install', '-g', '--ignore-scripts', '--prefix', prefix, join(dir, tarball)], { cwd: dir, stdio: 'pipe' });
    const bin = join(prefix, 'bin', 'gateprep');
    const run = (...args: string[]) =>
      spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GATEPREP_HOME: join(dir, 'home') } });
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const search = JSON.parse(run('search', 'usage plan quota', '--json').stdout) as { results: Array<{ id: string }> };
    expect(search.results.length).toBeGreaterThan(0);
    const trace = JSON.parse(run('trace', 'quota-demo', '--json').stdout) as { results: Array<{ status: number }> };
    expect(trace.results.map((r) => r.status)).toEqual([403, 200, 200, 429]);
    const noTty = run();
    expect(noTty.status).toBe(2);
  });
});

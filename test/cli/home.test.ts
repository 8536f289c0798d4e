/** The data folder: $XDG_CONFIG_HOME/gateprep (GATEPREP_HOME overrides); the folder of older
 * versions (gateprep-nodejs) is moved over once, losing nothing. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { runCli } from './run.js';

describe.skipIf(process.platform !== 'linux')('the data folder', () => {
  it('moves ~/.config/gateprep-nodejs to ~/.config/gateprep once, with every review and file', () => {
    const user = mkdtempSync(join(tmpdir(), 'gateprep-user-'));
    const config = join(user, 'cfg');
    const legacy = join(config, 'gateprep-nodejs');
    const store = openProgress({ home: legacy });
    const sch = createScheduler();
    for (let i = 0; i < 3; i++) store.review(`caching#c${i}`, (s) => sch.rate(`caching#c${i}`, s, 3, new Date(Date.now() - 1000 * i)));
    mkdirSync(join(legacy, 'scenarios'));
    writeFileSync(join(legacy, 'scenarios', 'mine.json'), '{}');
    const env = { GATEPREP_HOME: '', HOME: user, XDG_CONFIG_HOME: config };
    const first = runCli(['stats', '--json'], env);
    const home = join(config, 'gateprep');
    expect(first.stderr).toBe(`gateprep: Your data folder moved from ${legacy} to ${home}.\n`);
    expect(JSON.parse(first.stdout).reviewedToday).toBe(3);
    expect(existsSync(legacy)).toBe(false);
    expect(readdirSync(join(home, 'scenarios'))).toEqual(['mine.json']);
    expect(openProgress({ home }).data.reviews).toHaveLength(3);
    const second = runCli(['stats', '--json'], env);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout).reviewedToday).toBe(3);
  });

  it('leaves both alone when the new folder exists already, and GATEPREP_HOME wins', () => {
    const user = mkdtempSync(join(tmpdir(), 'gateprep-user-'));
    const config = join(user, 'cfg');
    const sch = createScheduler();
    const put = (home: string, n: number) => {
      const s = openProgress({ home });
      for (let i = 0; i < n; i++) s.review(`caching#c${i}`, (st) => sch.rate(`caching#c${i}`, st, 3, new Date(Date.now() - 1000 * i)));
    };
    put(join(config, 'gateprep-nodejs'), 2);
    put(join(config, 'gateprep'), 1);
    const env = { GATEPREP_HOME: '', HOME: user, XDG_CONFIG_HOME: config };
    const r = runCli(['stats', '--json'], env);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).reviewedToday).toBe(1);
    expect(openProgress({ home: join(config, 'gateprep-nodejs') }).data.reviews).toHaveLength(2);
    const own = runCli(['stats', '--json'], { ...env, GATEPREP_HOME: join(user, 'own') });
    expect(JSON.parse(own.stdout).reviewedToday).toBe(0);
  });
});

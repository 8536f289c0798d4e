/** Saving a scenario: two windows at once each get their own file; a full disk keeps the old file. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/paths.js';
import { loadScenarioFile, saveSession } from '../../src/sim/files.js';
import { mountTmpfs, skipReason } from '../faults/tmpfs.js';

const saver = fileURLToPath(new URL('./fixtures/saver.ts', import.meta.url));
const content = contentDir();

function startSaver(home: string, tag: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', saver, content, home, tag], { stdio: 'pipe' });
  let out = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    }),
  );
  const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.replace('ready\n', '').trim())));
  return { child, ready, done };
}

describe('saving a scenario', () => {
  it('two processes saving the same new name at once both succeed, into two files', async () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-save-'));
    const a = startSaver(home, 'A');
    const b = startSaver(home, 'B');
    await Promise.all([a.ready, b.ready]);
    a.child.stdin.write('go\n');
    b.child.stdin.write('go\n');
    const outs = (await Promise.all([a.done, b.done])).sort();
    const dir = join(home, 'scenarios');
    expect(readdirSync(dir).sort()).toEqual(['my-setup-2.json', 'my-setup.json']);
    expect(outs).toEqual([`saved ${join(dir, 'my-setup-2.json')}`, `saved ${join(dir, 'my-setup.json')}`]);
    const by = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).description).sort();
    expect(by).toEqual(['saved by A', 'saved by B']);
  }, 20_000);

  it.skipIf(skipReason !== null)(`on a full disk the save fails, says so, and the old file stays whole${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    const fs = mountTmpfs();
    try {
      const home = join(fs.dir, 'home');
      const loaded = loadScenarioFile(join(content, 'scenarios', 'cache-control-fail-403.json'), false);
      if (!loaded.ok) throw new Error('preset did not load');
      const first = saveSession({ ...loaded.session, source: { name: 'mine', home: false } }, home);
      const before = readFileSync(first.path, 'utf8');
      const bigger = { ...first.session, doc: { ...first.session.doc, description: 'x'.repeat(20_000) } };
      fs.fill(1);
      expect(() => saveSession(bigger, home)).toThrow(/only 4096 of \d+ bytes could be written to .*mine\.json: the disk is full|ENOSPC/);
      expect(readFileSync(first.path, 'utf8')).toBe(before);
      expect(readdirSync(join(home, 'scenarios'))).toEqual(['mine.json']);
      expect(() => saveSession({ ...bigger, source: { name: 'other', home: false } }, home)).toThrow(/disk is full|ENOSPC/);
      expect(readdirSync(join(home, 'scenarios'))).toEqual(['mine.json']);
    } finally {
      fs.unmount();
    }
  });
});

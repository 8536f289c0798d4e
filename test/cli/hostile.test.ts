/** The built CLI fed hostile files: the bytes it writes to the terminal carry no escape sequence. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('gateprep sim FILE with a hostile file', () => {
  it('names the problems without letting an OSC 52 or a CSI through, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-sim-evil-'));
    const file = join(dir, 'evil\u001b]52;c;aGk=\u0007.json');
    writeFileSync(file, JSON.stringify({ name: 'x\u001b]52;c;aGk=\u0007', api: { routes: [] }, requests: [{ method: 'GET', path: '/\u009b2J', 'k\u001b[31m': 1 }] }));
    const r = runCli(['sim', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(CONTROL);
    const shown = join(dir, 'evil.json');
    expect(r.stderr).toBe(
      [`${shown}: api.routes: Too small: expected array to have >=1 items`, `${shown}: requests[0].k: unknown key`, ''].join('\n'),
    );
  });

  it('a scenario that is not JSON is reported with line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-sim-bad-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "name": "x",\n  "api": {\n}}}\n');
    const r = runCli(['sim', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}: (file): not valid JSON at line 4, column 3: unexpected "}"\n`);
  });
});

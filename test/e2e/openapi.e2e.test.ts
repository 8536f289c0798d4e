import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, start, tempHome } from './harness.js';

describe('an OpenAPI definition in the simulator (80x24)', () => {
  it('gateprep sim pet-store: the status line counts what was assumed and left out; its first stopped request; saved, it traces the same', async () => {
    const home = tempHome();
    const s = start(['sim', 'pet-store'], { env: { GATEPREP_HOME: home } });
    const opened = await s.waitFor('Swagger 2.0 + ');
    expect(opened).toContain('request 1/8');
    // the whole line fits 80 columns: nothing to list, so no command to list it with
    expect(opened).toMatch(/Swagger 2\.0 \+ pet-store\.gateprep\.json: 0 defaults assumed, 0 not modelled\n/);
    await s.press('R');
    const stopped = await s.waitFor(/✗ API key/);
    expect(stopped).toContain('request 2/8');
    expect(stopped).toContain('403 Forbidden');
    await s.press('s');
    const asking = await s.waitFor('Save as: PetStore');
    // the prompt takes a row of its own: the stage detail gives it up (it once drew over the tabs)
    expect(asking).toMatch(/ Trace {2}Settings {2}Mapping {2}Request {2}Load {2}Presets +request 2\/8[^\n]*\nSave as: PetStore/);
    await s.press('enter');
    await s.waitFor(/saved \S+/);
    const files = readdirSync(join(home, 'scenarios'));
    expect(files).toEqual(['PetStore.json']);
    const out = JSON.parse(execFileSync(process.execPath, [CLI, 'trace', join(home, 'scenarios', files[0]!), '--json'], { encoding: 'utf8' })) as { results: { status: number }[] };
    // a save keeps the requests up to the one on screen, as for any scenario
    expect(out.results.map((r) => r.status)).toEqual([200, 403]);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

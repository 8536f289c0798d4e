import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, pressUntil, start, tempHome } from './harness.js';

describe('the simulator in a real terminal (80x24)', () => {
  it('throttling preset: 429 at throttle, raise the burst, it passes; the saved file traces the same', async () => {
    const home = tempHome();
    const s = start(['sim'], { env: { GATEPREP_HOME: home } });
    await s.waitFor('gateprep › Simulator');
    // Presets is the last view: shift+tab goes there
    await s.press('\u001b[Z');
    await s.waitFor('enter load preset');
    await pressUntil(s, 'down', /› throttle-burst-refill/);
    await s.press('enter');
    await s.waitFor('loaded throttle-burst-refill');
    // run the scenario on to the first request the gateway stops
    await s.press('R');
    const stopped = await s.waitFor(/✗ throttle/);
    expect(stopped).toContain('429 Too Many Requests');
    expect(stopped).toContain('TooManyRequestsException');
    expect(stopped).toContain('request 6/16');
    // settings: raise the method's burst by one
    await s.press('tab');
    await s.waitFor('Editing route');
    await pressUntil(s, 'down', /› Method throttle burst/);
    const passed = await s.press('right');
    expect(passed).toMatch(/Method throttle burst\s+‹ 6 ›/);
    expect(passed).toMatch(/200 OK from the integration \(was 429\)/);
    // save, then the command line runs the file to the same outcome
    await s.press('s');
    await s.waitFor('Save as: throttle-burst-refill█');
    await s.press('enter');
    const saved = await s.waitFor(/saved \S+/);
    expect(saved).toContain('saved');
    const files = readdirSync(join(home, 'scenarios'));
    expect(files).toEqual(['throttle-burst-refill.json']);
    const out = JSON.parse(execFileSync(process.execPath, [CLI, 'trace', join(home, 'scenarios', files[0]!), '--json'], { encoding: 'utf8' })) as {
      results: Array<{ status: number; stoppedAt: string | null; errorType: string | null }>;
    };
    expect(out.results).toHaveLength(6);
    const last = out.results[5]!;
    expect(last).toMatchObject({ status: 200, stoppedAt: null, errorType: null });
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('gateprep sim with a bad file exits 1 and names the JSON path', () => {
    const bad = join(tempHome(), 'bad.json');
    execFileSync('sh', ['-c', `printf '%s' '{"name":"x","api":{"routes":[{"method":"GET","path":"/a","integration":{"type":"NOPE"}}]},"requests":[{"method":"GET","path":"/a"}]}' > ${bad}`]);
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [CLI, 'sim', bad], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('api.routes[0].integration.type');
  });

  it('gateprep sim PRESET opens on that scenario', async () => {
    const s = start(['sim', 'quota-demo']);
    const screen = await s.waitFor('gateprep › Simulator');
    expect(screen).toContain('quota-demo');
    expect(screen).toContain('request 1/4');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

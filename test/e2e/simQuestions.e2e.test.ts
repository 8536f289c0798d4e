/** The simulator asks before it writes or drops a setup: the save name, a taken name, a preset over edits. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY } from '../keys.js';
import { pressUntil, start, tempHome } from './harness.js';

const SHIFT_TAB = '\u001b[Z';

describe('the simulator asks first (80x24 pty)', () => {
  it('s asks for a name, prefilled and editable; a taken name asks before replacing, n goes back to the name', async () => {
    const home = tempHome();
    const s = start(['sim', 'cache-demo'], { env: { GATEPREP_HOME: home } });
    await s.waitFor('request 1/4');
    await s.press('s');
    await s.waitFor('Save as: cache-demo█  new file cache-demo.json; a built-in preset has this name');
    s.write('-v2');
    await s.waitFor('Save as: cache-demo-v2█  new file cache-demo-v2.json');
    await s.press('enter');
    await s.waitFor(`saved ${join(home, 'scenarios', 'cache-demo-v2.json')}`);
    expect(readdirSync(join(home, 'scenarios'))).toEqual(['cache-demo-v2.json']);

    // the built-in again, saved under the taken name: asked; n returns to the name
    await s.press(SHIFT_TAB);
    await pressUntil(s, 'down', /› cache-demo +built-in/);
    await s.press('enter');
    await s.waitFor('loaded cache-demo');
    await s.press('s');
    s.write('-v2');
    await s.waitFor('cache-demo-v2.json exists: enter asks to replace it');
    await s.press('enter');
    const asked = await s.waitFor('already exists.');
    expect(asked).toMatch(/y replace it · n pick another name/);
    await s.press('n');
    await s.waitFor('Save as: cache-demo-v2█');
    s.write(KEY['ctrl-u']);
    await s.waitFor('Save as: █');
    s.write('cache-demo-v3');
    await s.waitFor('Save as: cache-demo-v3█');
    await s.press('enter');
    await s.waitFor('saved');
    expect(readdirSync(join(home, 'scenarios')).sort()).toEqual(['cache-demo-v2.json', 'cache-demo-v3.json']);
    expect(JSON.parse(readFileSync(join(home, 'scenarios', 'cache-demo-v3.json'), 'utf8')).name).toBe('cache-demo-v3');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('loading a preset over unsaved edits names what would be lost; n keeps them, y loads', async () => {
    const s = start(['sim', 'throttle-burst-refill']);
    await s.waitFor('request 1/16 · t+0.000 s');
    await s.press('1');
    await s.waitFor('request 1/16 · t+1.000 s');
    await s.press(SHIFT_TAB);
    await pressUntil(s, 'down', /› cache-demo +built-in/);
    await s.press('enter');
    const asked = await s.waitFor('Load cache-demo?');
    expect(asked).toContain('Your changes to throttle-burst-refill are not saved and would');
    expect(asked).toContain('requests[0].atMs and 15 more like it');
    await s.press('n');
    await s.waitFor('kept your changes to throttle-burst-refill (s saves them)');
    expect(s.screen()).toContain('throttle-burst-refill');
    await s.press('enter');
    await s.waitFor('Load cache-demo?');
    await s.press('y');
    const loaded = await s.waitFor('loaded cache-demo: 4 requests');
    expect(loaded).toContain('request 1/4 · t+0.000 s');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

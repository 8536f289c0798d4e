/** The simulator asks before it writes or drops a setup: the name `s` saves under, a taken name, a preset over unsaved edits. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY } from './harness.js';
import { gotoRow, openSim, view, type Sim } from './simHelpers.js';

/** Presets view, highlight the preset, enter. */
async function loadPresetNamed(s: Sim, name: string): Promise<string> {
  await view(s, 'presets');
  await gotoRow(s, name);
  return s.press(KEY.enter);
}

describe('s asks for a name', () => {
  it('prefills the scenario name, saves under the name typed, and asks before replacing a file of that name', async () => {
    const s = await openSim('cache-demo');
    const prompt = await s.press('s');
    expect(prompt).toContain('Save as: cache-demo█  new file cache-demo.json; a built-in preset has this name too');
    expect(prompt).toMatch(/enter save\s+esc cancel/);
    // nothing is written before enter; esc leaves without saving
    expect(existsSync(join(s.home, 'scenarios'))).toBe(false);
    await s.press(KEY.esc);
    expect(s.frame()).not.toContain('Save as:');
    expect(existsSync(join(s.home, 'scenarios'))).toBe(false);

    await s.press('s');
    for (const ch of '-mine') await s.press(ch);
    expect(s.frame()).toContain('Save as: cache-demo-mine█  new file cache-demo-mine.json');
    await s.press(KEY.enter);
    expect(s.frame()).toContain(`saved ${join(s.home, 'scenarios', 'cache-demo-mine.json')}`);
    // the setup now comes from that file: s offers it again and saves over it without asking
    expect(await s.press('s')).toContain('Save as: cache-demo-mine█  saves over your cache-demo-mine.json');
    await s.press(KEY.enter);
    expect(readdirSync(join(s.home, 'scenarios'))).toEqual(['cache-demo-mine.json']);

    // another setup saved under a taken name: asked, and n goes back to the name
    await loadPresetNamed(s, 'quota-demo');
    await s.press('s');
    await s.press(KEY['ctrl-u']);
    for (const ch of 'cache-demo-mine') await s.press(ch);
    expect(s.frame()).toContain('cache-demo-mine.json exists: enter asks to replace it');
    const asked = await s.press(KEY.enter);
    expect(asked).toContain(`${join(s.home, 'scenarios', 'cache-demo-mine.json')} already exists.`);
    expect(asked).toMatch(/y replace it · n pick another name/);
    expect(await s.press('n')).toContain('Save as: cache-demo-mine█');
    await s.press(KEY.enter);
    await s.press('y');
    expect(s.frame()).toContain('(replaced the earlier file)');
    expect(readdirSync(join(s.home, 'scenarios'))).toEqual(['cache-demo-mine.json']);
    expect(JSON.parse(readFileSync(join(s.home, 'scenarios', 'cache-demo-mine.json'), 'utf8')).usagePlans[0].name).toBe('free');
    s.unmount();
  });

  it('a name with no usable character is refused, and the prompt stays', async () => {
    const s = await openSim();
    await s.press('s');
    await s.press(KEY['ctrl-u']);
    await s.press('/');
    const f = await s.press(KEY.enter);
    expect(f).toContain('Save as: /█  type a name');
    expect(s.store.getState().message?.text).toBe('type a name: letters, digits, ".", "_" or "-"');
    expect(existsSync(join(s.home, 'scenarios'))).toBe(false);
    s.unmount();
  });
});

describe('loading a preset over unsaved edits asks first', () => {
  it('names what would be lost; n keeps the edits, y loads the preset', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('1'); // the clock: +1 s for the current request and every later one
    await view(s, 'settings');
    await gotoRow(s, 'Method throttle burst');
    await s.press(KEY.right);
    const edited = s.store.getState().session.doc;
    const asked = await loadPresetNamed(s, 'cache-demo');
    expect(asked).toContain('Load cache-demo?');
    expect(asked).toContain('Your changes to throttle-burst-refill are not saved and would be lost:');
    expect(asked).toContain('api.routes[0].throttle.burstLimit, requests[0].atMs and 15 more like it');
    expect(asked).toMatch(/y load cache-demo · n keep my changes \(s saves them\)/);
    expect(asked).toMatch(/y yes\s+n\/esc no/);

    const kept = await s.press('n');
    expect(kept).toContain('kept your changes to throttle-burst-refill (s saves them)');
    expect(s.store.getState().session.doc).toBe(edited);

    await s.press(KEY.enter); // still on cache-demo in the list
    const loaded = await s.press('y');
    expect(loaded).toContain('loaded cache-demo: 4 requests');
    expect(s.store.getState().session.source.name).toBe('cache-demo');
    s.unmount();
  });

  it('an edit undone by hand, or a saved one, loses nothing: no question', async () => {
    const s = await openSim('throttle-burst-refill');
    await view(s, 'settings');
    await gotoRow(s, 'Method throttle burst');
    await s.press(KEY.right);
    await s.press(KEY.left);
    expect(await loadPresetNamed(s, 'cache-demo')).toContain('loaded cache-demo');
    await s.press('a'); // send again: a new request on the timeline
    await s.press('s');
    await s.press(KEY.enter);
    expect(await loadPresetNamed(s, 'quota-demo')).toContain('loaded quota-demo');
    s.unmount();
  });
});

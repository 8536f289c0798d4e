/** Found by driving the app as a new user: state that must survive a window resize or the quit dialog. */
import { describe, expect, it } from 'vitest';
import { start } from './harness.js';

describe('a screen keeps its place', () => {
  it('through a resize below 80x24: the revealed answer is still shown, keys pressed meanwhile do nothing', async () => {
    const s = start(['study']);
    await s.waitFor('Press space or enter to show the answer.');
    await s.press('space');
    await s.waitFor(/1\s+Again/);
    s.resize(70, 20);
    await s.waitFor('needs a window of at least 80x24');
    s.write('3'); // would rate the card if the hidden screen still took keys
    // the resize below must not overtake the key: wait until the small window has seen it
    await s.waitFor('1 key ignored');
    s.resize(80, 24);
    const back = await s.waitFor(/1\s+Again/);
    expect(back).toMatch(/new 20 · learning 0/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('through the quit dialog: "n" returns to the same exam question', async () => {
    const s = start(['quiz']);
    await s.waitFor('Mode: practice');
    await s.press('l'); // exam
    await s.waitFor('Mode: exam');
    await s.press('enter');
    await s.waitFor(/question 1 of 10/);
    await s.press('n');
    await s.waitFor(/question 2 of 10/);
    await s.press('q');
    await s.waitFor('Quit gateprep?');
    await s.press('n');
    await s.waitFor(/question 2 of 10/);
    s.write('q');
    await s.waitFor('Quit gateprep?');
    s.write('y');
    expect((await s.exited).exitCode).toBe(0);
  });
});

describe('simulator load mode at 80 columns', () => {
  it('shows the first run\'s counts beside the hint to run again', async () => {
    const s = start(['sim', 'throttle-burst-refill']);
    await s.waitFor('0 of 13 stages shown');
    for (let i = 0; i < 4; i++) await s.press('tab'); // Settings, Mapping, Request, Load
    await s.waitFor('Press r to send the pattern');
    const run = await s.press('r');
    expect(run).toMatch(/accepted\s+\S+\s+24/);
    expect(run).toMatch(/429 throttle\s+\S+\s+76/);
    expect(run).toContain('total 100 · backend calls 24');
    expect(run).toContain('Change rate or burst');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { start } from './harness.js';

const ALT_ON = '\u001b[?1049h';
const ALT_OFF = '\u001b[?1049l';

/** The terminal is back to normal: main buffer, cursor shown after the last hide, alternate screen left. */
function expectRestored(raw: string, bufferType: string) {
  expect(bufferType).toBe('normal');
  expect(raw).toContain(ALT_ON);
  expect(raw.lastIndexOf(ALT_OFF)).toBeGreaterThan(raw.lastIndexOf(ALT_ON));
  expect(raw.lastIndexOf('\u001b[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001b[?25l'));
}

describe('the app in a real terminal (80x24)', () => {
  it('browses the library, searches with a typo, opens the result, goes back and quits cleanly', async () => {
    const s = start([]);
    await s.waitFor('Library');
    expect(s.screen()).toMatch(/gateprep › Home/);
    expect(s.bufferType()).toBe('alternate');

    await s.press('enter');
    await s.waitFor(/gateprep › Library[\s\S]*API keys and usage plans/);
    await s.press('/');
    await s.waitFor('gateprep › Search');
    for (const ch of 'throtling') s.write(ch);
    const results = await s.waitFor(/\/ throtling[\s\S]*›/);
    expect(results).toMatch(/› .*[Tt]hrottl/);
    await s.press('enter');
    const card = await s.waitFor('Press space or enter to show the answer.');
    expect(card).toMatch(/card 1 of \d+/);
    await s.press('space');
    await s.waitFor(/Answer/);
    await s.press('esc');
    await s.waitFor('/ throtling');
    await s.press('esc');
    await s.waitFor('gateprep › Library');
    await s.press('enter');
    await s.waitFor(/gateprep › .*\d+ cards/);
    await s.press('enter');
    await s.waitFor('Press space or enter to show the answer.');
    await s.press('enter');
    await s.waitFor('Answer');
    await s.press('n');
    await s.waitFor(/card 2 of/);
    s.write('q');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(0);
    expectRestored(s.raw(), s.bufferType());
  });

  it('asks for a larger window below 80x24', async () => {
    const s = start([], { cols: 60, rows: 20 });
    const screen = await s.waitFor('Please enlarge it');
    expect(screen.replace(/\s+/g, ' ')).toContain('at least 80x24; this one is 60x20');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('redraws on resize: too small asks to enlarge, large enough shows the screen again', async () => {
    const s = start(['library']);
    await s.waitFor('gateprep › Library');
    s.resize(70, 20);
    const small = await s.waitFor((screen) => screen.replace(/\s+/g, ' ').includes('Please enlarge it'));
    expect(small.replace(/\s+/g, ' ')).toContain('this one is 70x20');
    s.resize(100, 30);
    const back = await s.waitFor('gateprep › Library');
    expect(back).toMatch(/gateprep › Library\s+\d+ cards · \d+ topics/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('restores the terminal on Ctrl-C', async () => {
    const s = start(['library']);
    await s.waitFor('gateprep › Library');
    s.write('\u0003');
    const { exitCode } = await s.exited;
    // Ctrl-C is a key in raw mode (no SIGINT): it quits like q, code 0 (README: exit codes), no error shown
    expect(exitCode).toBe(0);
    expect(s.screen()).not.toContain('unexpected error');
    expectRestored(s.raw(), s.bufferType());
  });

  it('restores the terminal on SIGTERM', async () => {
    const s = start([]);
    await s.waitFor('gateprep › Home');
    s.kill('SIGTERM');
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(143);
    expectRestored(s.raw(), s.bufferType());
  });

  it('restores the terminal and says what happened on an unexpected error', async () => {
    const s = start([], { env: { GATEPREP_DEBUG_CRASH: 'simulated failure' } });
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(1);
    expect(s.screen()).toContain('gateprep stopped because of an unexpected error: simulated failure');
    expectRestored(s.raw(), s.bufferType());
  });
});

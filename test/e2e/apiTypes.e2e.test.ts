import { describe, expect, it } from 'vitest';
import { start, tempHome } from './harness.js';

describe('HTTP and WebSocket APIs in a real terminal (80x24)', () => {
  it('WebSocket timeline: connect, send a message, idle past 10 minutes, a push gives 410', async () => {
    const s = start(['sim', 'ws-idle-timeout-410'], { env: { GATEPREP_HOME: tempHome() } });
    await s.waitFor('WebSocket · ws-idle-timeout-410');
    await s.press('c');
    await s.waitFor('client quiet (connected)');
    await s.press('m');
    await s.waitFor(/message +quiet +\$default/);
    await s.press('t');
    const idle = await s.waitFor(/closed +quiet +\$disconnect +closed 1001/);
    expect(idle).toContain("clock 2:11:42");
    const pushed = await s.press('p');
    expect(pushed).toMatch(/post +quiet +410/);
    expect(pushed).toContain('410 GoneException');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('REST vs HTTP side by side: gateprep apis opens the list, enter shows where the outcomes differ', async () => {
    const s = start(['apis'], { env: { GATEPREP_HOME: tempHome() } });
    await s.waitFor('› compare-api-keys-and-cache');
    const f = await s.press('enter');
    expect(f).toMatch(/≠ +1 +GET \/catalog +403 at apiKey +200 backend/);
    expect(f).toContain('2 of 3 requests differ');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

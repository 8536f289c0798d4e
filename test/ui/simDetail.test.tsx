import { describe, expect, it } from 'vitest';
import { KEY } from './harness.js';
import { openSim } from './simHelpers.js';

const PGDN = '\u001b[6~';

describe('the stage detail pane', () => {
  it('shows before, after and the template of the integration request', async () => {
    const s = await openSim('vtl-request-transform');
    await s.waitFor('vtl-request-transform');
    await s.press('r');
    for (let i = 0; i < 4; i++) await s.press('k');
    const f = s.frame();
    expect(f).toMatch(/→ client POST \/orders\/c-7 +integration request · passed/);
    expect(f).toMatch(/› ✓ integration request/);
    expect(f).toMatch(/ before\n/);
    expect(f).toContain('  headers:');
    expect(f).toContain('x-channel: web');
    expect(f).toMatch(/ after POST\n/);
    s.unmount();
  });

  it('scrolls with d then j/k and pgdn, and stops at the last line', async () => {
    const s = await openSim('vtl-request-transform');
    await s.waitFor('vtl-request-transform');
    await s.press('r');
    for (let i = 0; i < 4; i++) await s.press('k');
    const first = s.frame().match(/lines 1-(\d+) of (\d+) · d or pgdn to scroll/);
    expect(first).not.toBeNull();
    const [room, total] = [Number(first![1]), Number(first![2])];
    await s.press('d');
    expect(s.frame()).toContain(`lines 1-${room} of ${total} · ↑↓ pgup/pgdn scroll, d back to stages`);
    const down = await s.press('j');
    expect(down).toContain(`lines 2-${room + 1} of ${total}`);
    // j scrolls, it does not pick another stage
    expect(down).toMatch(/› ✓ integration request/);
    await s.press(PGDN);
    expect(s.frame()).toContain(`lines ${room + 1}-`);
    while (!s.frame().includes(`-${total} of ${total}`)) await s.press(PGDN);
    expect(s.frame()).toContain('template application/json');
    expect(s.frame()).toContain('"stage": "$context.stage"');
    // at the end, j does nothing
    await s.pressIgnored('j');
    await s.press('k');
    expect(s.frame()).toContain(`-${total - 1} of ${total}`);
    // esc gives ↑↓ back to the stages
    await s.press(KEY.esc);
    const back = await s.press('k');
    expect(back).toMatch(/› – cache/);
    s.unmount();
  });

  it('with the detail focused, a step to a stage that fits gives ↑↓ back to the stages', async () => {
    const s = await openSim('vtl-request-transform');
    await s.waitFor('vtl-request-transform');
    for (let i = 0; i < 9; i++) await s.press('n');
    expect(s.frame()).toMatch(/› ✓ integration request/);
    await s.press('d');
    expect(s.frame()).toContain('d/esc stages');
    await s.press('n');
    const f = s.frame();
    expect(f).toMatch(/› ✓ integration\n/);
    expect(f).not.toContain('d/esc stages');
    expect(f).toContain('esc back');
    const up = await s.press('k');
    expect(up).toMatch(/› ✓ integration request/);
    s.unmount();
  });
});

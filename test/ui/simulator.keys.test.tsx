import { describe, expect, it } from 'vitest';
import { KEY } from './harness.js';
import { openSim } from './simHelpers.js';

/** The bytes for a footer hint's key (for a pair, the one going forward). */
function keyOf(hint: string): string {
  const keys = hint.split(' ')[0]!;
  const named: Record<string, string> = {
    'n/→': 'n', '[': '[', ']': ']', '↑↓/kj': KEY.down, '←→': KEY.right, 'tab/⇧tab': '\t', '1/2': '1', '3/4': '3',
    enter: KEY.enter, esc: KEY.esc, '?': '?', q: 'q', '←': KEY.left,
  };
  return named[keys] ?? keys.split('/')[0]!;
}

type Setup = (s: Awaited<ReturnType<typeof openSim>>) => Promise<unknown>;
const states: Array<[string, Setup]> = [
  ['trace, start', async () => {}],
  ['trace, stopped at throttle', async (s) => s.press('R')],
  ['settings', async (s) => s.press('\t')],
  ['mapping', async (s) => (await s.press('\t'), s.press('\t'))],
  ['request', async (s) => (await s.press('\t'), await s.press('\t'), s.press('\t'))],
  ['load', async (s) => (await s.press('\t'), await s.press('\t'), await s.press('\t'), s.press('\t'))],
  ['presets', async (s) => s.press('\u001b[Z')],
  ['predict', async (s) => s.press('p')],
  ['save prompt', async (s) => s.press('s')],
  ['asked before a preset replaces edits', async (s) => (await s.press('1'), await s.press('\u001b[Z'), s.press(KEY.enter))],
];

describe('every key the simulator footer lists does something', () => {
  for (const [name, setup] of states) {
    it(name, async () => {
      const probe = await openSim('throttle-burst-refill');
      await setup(probe);
      const footer = probe.frame().split('\n').slice(-3).join('  ');
      probe.unmount();
      const hints = footer.trim().split(/\s{2,}/).filter((h) => /\S+ \S/.test(h));
      expect(hints.length).toBeGreaterThan(3);
      for (const hint of hints) {
        const s = await openSim('throttle-burst-refill');
        await setup(s);
        const before = s.frame();
        const changed = await s.press(keyOf(hint)).then((f) => f !== before, () => false);
        expect(changed || s.context.app.getState().quitting, `"${hint}" in ${name} did nothing`).toBe(true);
        s.unmount();
      }
    });
  }
});

describe('NO_COLOR', () => {
  it('marks passed, stopped, skipped and changed stages with symbols', async () => {
    const s = await openSim('throttle-burst-refill');
    (s.context as { noColor: boolean }).noColor = true;
    await s.press('R');
    const f = s.frame();
    expect(f).toMatch(/✓ route/);
    expect(f).toMatch(/– resource policy/);
    expect(f).toMatch(/✗ throttle/);
    const after = await s.press('1');
    expect(after).toMatch(/✓ throttle \* was ✗/);
    await s.press('\t');
    expect(s.frame()).toMatch(/✓\*throttle/);
    expect(s.frame()).toContain('[Settings]');
    s.unmount();
  });
});

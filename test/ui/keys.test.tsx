import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindings, hintsFor, type CommandName, type Handlers } from '../../src/ui/keys.js';
import type { Screen } from '../../src/state/appStore.js';
import { KEY, libraryOf, renderApp } from './harness.js';

const deck = (topic: string, n: number) =>
  `---\ntopic: ${topic}\n---\n` +
  Array.from({ length: n }, (_, i) => `## ${i + 1}. ${topic} question ${i + 1}\n**Answer:**\n${'A long answer line that needs scrolling.\n\n'.repeat(i === 0 ? 30 : 1)}`).join('\n');
const lib = () => libraryOf(['a.md', deck('Alpha', 3)], ['b.md', deck('Beta', 2)]);

/** A key a footer hint names, as the bytes a terminal sends (for a pair, the one going forward). */
function keyOf(hint: string): string {
  const keys = hint.split(' ')[0]!;
  const named: Record<string, string> = {
    '↑↓/kj': KEY.down, '↑↓': KEY.down, 'pgup/pgdn': '\u001b[6~', 'g/G': 'G', 'n/p': 'n',
    enter: KEY.enter, esc: KEY.esc, 'space/enter': ' ', '/': '/', '?': '?', q: 'q',
  };
  return named[keys] ?? keys.split('/')[0]!;
}

describe('the footer is generated from the handlers', () => {
  it('lists every command a screen handles, pairs folded into one hint', () => {
    const names = Object.keys(bindings) as CommandName[];
    fc.assert(
      fc.property(fc.subarray(names), (subset) => {
        const handlers: Handlers = Object.fromEntries(subset.map((n) => [n, () => {}]));
        const shown = hintsFor(handlers).map((h) => `${h.keys} ${h.label}`).join(' | ');
        for (const n of subset) {
          const own = bindings[n].keys.split('/')[0]!.replace('↑', '↑').replace('↓', '↓');
          const folded = shown.includes(own) || (own === '↑' || own === '↓' ? shown.includes('↑↓') : false) || shown.includes(own[0]!);
          expect(folded).toBe(true);
        }
      }),
    );
  });
});

const screens: Array<[string, Screen]> = [
  ['Home', { name: 'home' }],
  ['Library', { name: 'library' }],
  ['Topic', { name: 'topic', topic: 'Alpha' }],
  ['Card', { name: 'card', ids: ['a#alpha-question-1', 'a#alpha-question-2', 'a#alpha-question-3'], index: 1 }],
];

describe('every key the footer lists does something', () => {
  for (const [name, screen] of screens) {
    it(`on ${name}`, async () => {
      const probe = await renderApp(lib(), screen);
      const footer = probe.frame().split('\n').pop()!;
      probe.unmount();
      const hints = footer.trim().split(/\s{2,}/);
      expect(hints.length).toBeGreaterThan(2);
      for (const hint of hints) {
        const app = await renderApp(lib(), screen);
        const before = app.frame();
        const key = keyOf(hint);
        const changed = await app.press(key).then(
          (f) => f !== before,
          () => false,
        );
        const state = app.context.app.getState();
        expect(changed || state.quitting, `"${hint}" on ${name} did nothing`).toBe(true);
        app.unmount();
      }
    });
  }
});

describe('keys that are not listed do nothing', () => {
  it('n on the last card neither moves nor shows "next"', async () => {
    const app = await renderApp(lib(), { name: 'card', ids: ['b#beta-question-1', 'b#beta-question-2'], index: 1 });
    expect(app.frame()).not.toContain('n/p');
    expect(app.frame()).toContain('p/← previous card');
    await expect(app.press('n')).rejects.toThrow();
    expect(app.frame()).toContain('card 2 of 2');
    app.unmount();
  });

  it('? shows the keys of the current screen and esc closes it', async () => {
    const app = await renderApp(lib(), { name: 'library' });
    const help = await app.press('?');
    expect(help).toContain('Keys on Library');
    expect(help).toMatch(/esc\s+back/);
    expect(help).toMatch(/\/\s+search/);
    await app.press(KEY.esc);
    expect(app.frame()).not.toContain('Keys on Library');
    expect(app.frame()).toContain('Alpha');
    app.unmount();
  });
});

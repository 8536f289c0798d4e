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

// The footer's folding rules, written out here rather than read from keys.ts, so that a changed pair,
// group or label fails this test: [first, second, keys shown, label shown].
const PAIRS: Array<[CommandName, CommandName, string, string]> = [
  ['up', 'down', '↑↓/kj', 'move'],
  ['arrowUp', 'arrowDown', '↑↓', 'move'],
  ['pageUp', 'pageDown', 'pgup/pgdn', 'page'],
  ['top', 'bottom', 'g/G', 'top/end'],
  ['next', 'prev', 'n/p', 'next/prev card'],
  ['stepNext', 'stepBack', 'n/→ ←', 'step'],
  ['nextRequest', 'prevRequest', '[ ]', 'request'],
  ['clockSecond', 'clockMinute', '1/2', '+1s/+1m'],
  ['clockHour', 'clockQuota', '3/4', '+1h/next quota'],
  ['nextView', 'prevView', 'tab/⇧tab', 'view'],
  ['valueNext', 'valuePrev', '←→', 'change'],
  ['nextQuestion', 'prevQuestion', 'n/p', 'next/prev question'],
  ['decrease', 'increase', '←→/hl', 'change'],
  ['caretLeft', 'caretRight', '←→', 'move'],
];
const GROUPS: Array<[CommandName[], string]> = [
  [['choiceA', 'choiceB', 'choiceC', 'choiceD', 'choiceE'], 'choose'],
  [['rate1', 'rate2', 'rate3', 'rate4'], 'rate'],
];

/** The footer a set of handlers must give, worked out from the rules above. */
function expectedHints(names: CommandName[]): string[] {
  const out: string[] = [];
  const done = new Set<CommandName>();
  for (const n of names) {
    if (done.has(n)) continue;
    const group = GROUPS.find(([members]) => members.includes(n));
    if (group) {
      const present = group[0].filter((m) => names.includes(m));
      present.forEach((m) => done.add(m));
      out.push(`${present.map((m) => bindings[m].keys).join('/')} ${group[1]}`);
      continue;
    }
    const pair = PAIRS.find(([x, y]) => (x === n || y === n) && names.includes(x) && names.includes(y));
    if (pair) {
      done.add(pair[0]).add(pair[1]);
      out.push(`${pair[2]} ${pair[3]}`);
    } else {
      done.add(n);
      out.push(`${bindings[n].keys} ${bindings[n].label}`);
    }
  }
  return out;
}

describe('the footer is generated from the handlers', () => {
  it('lists each command a screen handles exactly once, in order, pairs and groups folded into one hint', () => {
    const names = Object.keys(bindings) as CommandName[];
    fc.assert(
      fc.property(fc.shuffledSubarray(names), (subset) => {
        const handlers: Handlers = Object.fromEntries(subset.map((n) => [n, () => {}]));
        expect(hintsFor(handlers).map((h) => `${h.keys} ${h.label}`)).toEqual(expectedHints(subset));
      }),
    );
  });

  it('a three-choice question lists a/b/c, not d or e; a lone half of a pair shows its own key', () => {
    const choices: Handlers = { choiceA: () => {}, choiceB: () => {}, choiceC: () => {}, help: () => {} };
    expect(hintsFor(choices)).toEqual([
      { keys: 'a/b/c', label: 'choose' },
      { keys: '?', label: 'keys' },
    ]);
    expect(hintsFor({ next: () => {}, undo: () => {} })).toEqual([
      { keys: 'n/→', label: 'next card' },
      { keys: 'u', label: 'undo' },
    ]);
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
    await app.pressIgnored('n');
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

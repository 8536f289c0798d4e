import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { bindings, dispatch, type CommandName } from '../../src/ui/keys.js';

/** One key press as Ink reports it: what was typed and which flags are set. */
interface Press {
  name: string;
  input: string;
  key: Key;
}

const NO_FLAGS: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};
const press = (name: string, input: string, flags: Partial<Key> = {}): Press => ({ name, input, key: { ...NO_FLAGS, ...flags } });
// Ink sets shift for an upper-case letter
const char = (c: string): Press => press(c, c, c !== c.toLowerCase() ? { shift: true } : {});

/** The presses a word in a footer hint stands for. */
const WORDS: Record<string, Press[]> = {
  '↑': [press('↑', '', { upArrow: true })],
  '↓': [press('↓', '', { downArrow: true })],
  '←': [press('←', '', { leftArrow: true })],
  '→': [press('→', '', { rightArrow: true })],
  pgup: [press('pgup', '', { pageUp: true })],
  pgdn: [press('pgdn', '', { pageDown: true })],
  // a terminal sends enter as \r (Ink: return) or, pasted or in some terminals, as \n
  enter: [press('enter', '\r', { return: true }), press('newline', '\n')],
  space: [press('space', ' ')],
  esc: [press('esc', '', { escape: true })],
  tab: [press('tab', '\t', { tab: true })],
  'shift+tab': [press('shift+tab', '', { tab: true, shift: true })],
  'ctrl+u': [press('ctrl+u', 'u', { ctrl: true })],
  'ctrl+w': [press('ctrl+w', 'w', { ctrl: true })],
};
const wordPresses = (word: string): Press[] => WORDS[word] ?? [char(word)];

/** Keys a binding also answers to without naming them in its hint (a terminal's usual aliases). */
const ALIASES: Partial<Record<CommandName, Press[]>> = {
  top: [press('home', '', { home: true })],
  bottom: [press('end', '', { end: true })],
  yes: [char('Y')],
  no: [char('N')],
  deleteWord: [press('meta+backspace', '', { meta: true, backspace: true })],
};

const names = Object.keys(bindings) as CommandName[];
// a hint separates its keys with '/', except the search key, which is '/' itself
const words = (keys: string): string[] => (keys === '/' ? ['/'] : keys.split('/'));
const expected = (name: CommandName): Press[] => [
  ...words(bindings[name].keys).flatMap(wordPresses),
  ...(ALIASES[name] ?? []),
];

// Every press any binding names, each letter also with ctrl and with meta held (which must not
// count as the letter), and a few keys no binding uses.
const named = names.flatMap(expected);
const letters = named.filter((p) => p.input.length === 1 && /\S/.test(p.input) && !p.key.ctrl && !p.key.meta);
const universe: Press[] = [
  ...named,
  ...letters.map((p) => press(`ctrl+${p.input}`, p.input, { ctrl: true })),
  ...letters.map((p) => press(`meta+${p.input}`, p.input, { meta: true })),
  press('backspace', '', { backspace: true }),
  press('delete', '', { delete: true }),
  char('z'),
];

describe('each binding answers to exactly the keys its hint names', () => {
  for (const name of names) {
    it(`${name} (${bindings[name].keys})`, () => {
      const want = new Set(expected(name).map((p) => p.name));
      const matched = universe.filter((p) => bindings[name].match(p.input, p.key)).map((p) => p.name);
      expect([...new Set(matched)].sort()).toEqual([...want].sort());
    });
  }
});

describe('dispatch', () => {
  it('runs only the first handler whose key matches and says it handled the key', () => {
    const ran: string[] = [];
    const handled = dispatch({ quit: () => ran.push('quit'), wsPush: () => ran.push('wsPush'), predict: () => ran.push('predict') }, 'p', NO_FLAGS);
    expect(handled).toBe(true);
    expect(ran).toEqual(['wsPush']);
  });

  it('runs nothing and says so when no handler matches', () => {
    const ran: string[] = [];
    const handled = dispatch({ quit: () => ran.push('quit'), help: () => ran.push('help') }, 'x', NO_FLAGS);
    expect(handled).toBe(false);
    expect(ran).toEqual([]);
  });
});

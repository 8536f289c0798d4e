/** Several keys in one chunk, as a fast typist, key repeat over SSH or tmux sends them: each is applied. */
import { describe, expect, it } from 'vitest';
import { KEY, libraryOf, renderApp } from './harness.js';

const deck = (topic: string, n: number) =>
  `---\ntopic: ${topic}\n---\n` + Array.from({ length: n }, (_, i) => `## ${i + 1}. ${topic} question ${i + 1}?\n**Answer:** Answer ${i + 1}.\n`).join('\n');
const lib = () => libraryOf(['a.md', deck('Alpha', 2)], ['b.md', deck('Bravo', 3)], ['c.md', deck('Charlie', 1)], ['d.md', deck('Delta', 4)]);
const PASTE = (text: string) => `\u001b[200~${text}\u001b[201~`;

describe('a burst of keys in one chunk', () => {
  it('moves the Home cursor once per j, then enter opens the part it reached', async () => {
    const app = await renderApp(lib());
    await app.press('jjj');
    expect(app.frame()).toMatch(/› Quiz/);
    app.unmount();
  });

  it('on Library, jjk then enter opens the second topic: every key lands on the state the one before left', async () => {
    const app = await renderApp(lib(), { name: 'library' });
    await app.press(`jjk${KEY.enter}`);
    await app.waitFor('gateprep › Bravo');
    await app.press(`jj${KEY.enter}`);
    await app.waitFor('Bravo question 3?');
    app.unmount();
  });

  it('several backspaces in one chunk each delete a character, and Ctrl-W / Ctrl-U edit the query', async () => {
    const app = await renderApp(lib(), { name: 'search' });
    await app.press('delta quest');
    await app.waitFor('/ delta quest');
    await app.press('\u007f\u007f\u007f');
    await app.waitFor('/ delta qu');
    expect(app.context.app.getState().search.query).toBe('delta qu');
    await app.press('\u0017');
    expect(app.context.app.getState().search.query).toBe('delta ');
    await app.press('\u0015');
    expect(app.context.app.getState().search.query).toBe('');
    app.unmount();
  });

  it('a paste goes into the search field as text and its newline does not open a card', async () => {
    const app = await renderApp(lib(), { name: 'search' });
    await app.press(PASTE('bravo\nquestion 2'));
    expect(app.frame()).toContain('/ bravo question 2');
    expect(app.frame()).toContain('gateprep › Search');
    app.unmount();
  });

  it('a paste on a screen without a field does nothing (it is not a burst of commands)', async () => {
    const app = await renderApp(lib());
    expect(app.frame()).toMatch(/› Library/);
    await app.press(`${PASTE('jjjq')}j`);
    expect(app.frame()).toMatch(/› Search/);
    expect(app.context.app.getState().quitting).toBe(false);
    app.unmount();
  });
});

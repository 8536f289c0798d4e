import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHub } from '../../../src/ui/input/hub.js';
import { deleteWord, editText, pasteText } from '../../../src/ui/input/textField.js';
import { dispatch } from '../../../src/ui/keys.js';
import { createAppStore } from '../../../src/state/appStore.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

/** The app store's search screen driven through the real hub: arrows move the row, other keys edit the query. */
function searchScreen() {
  const app = createAppStore({ initial: { name: 'search' } });
  const hub = createHub();
  const move = (d: number) => app.getState().setSearch({ index: Math.max(0, Math.min(9, app.getState().search.index + d)) });
  hub.listen({
    active: () => true,
    handle: (p) => {
      const query = app.getState().search.query;
      if (p.paste !== undefined) return app.getState().setSearch({ query: pasteText(query, p.paste) });
      const setQuery = (q: string) => app.getState().setSearch({ query: q });
      const commands = { arrowUp: () => move(-1), arrowDown: () => move(1), clearField: () => setQuery(''), deleteWord: () => setQuery(deleteWord(query)) };
      if (dispatch(commands, p.input, p.key)) return;
      const next = editText(query, p.input, p.key);
      if (next !== undefined) app.getState().setSearch({ query: next });
    },
  });
  return { app, hub };
}

describe('the keypress hub', () => {
  it('applies every key of a chunk in order, each to the state the one before left', () => {
    const { app, hub } = searchScreen();
    hub.feed('usage plan\u007f\u007f\u007f\u007f\u001b[B\u001b[B\u001b[B\u001b[A');
    expect(app.getState().search).toEqual({ query: 'usage ', index: 2 });
    hub.feed('x\u0017\u0015ab');
    expect(app.getState().search.query).toBe('ab');
  });

  it('holds keys while a screen loads and hands them out after', async () => {
    const { app, hub } = searchScreen();
    const release = hub.hold();
    hub.feed('abc');
    expect(app.getState().search.query).toBe('');
    release();
    await tick();
    expect(app.getState().search.query).toBe('abc');
  });

  const token = fc.constantFrom('a', 'q', ' ', '\u007f', '\u0015', '\u0017', '\u001b[A', '\u001b[B', '\u001b[3~', '\u001bb', '\u001b[200~x\ny\u001b[201~', 'é');
  it('ends in the same state however the same keys are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 8 }), async (tokens, cuts) => {
        const text = tokens.join('');
        const whole = searchScreen();
        whole.hub.feed(text);
        const cut = searchScreen();
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        [0, ...points].forEach((p, i, xs) => cut.hub.feed(text.slice(p, xs[i + 1] ?? text.length)));
        await tick();
        expect(cut.app.getState().search).toEqual(whole.app.getState().search);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a burst of keys in one chunk', () => {
  it('runs each key in order inside one burst (the UI draws one frame after it); a single key is no burst', () => {
    const seen: string[] = [];
    const bursts: string[][] = [];
    const hub = createHub({
      run: (fn) => fn(),
      burst: (all) => {
        const before = seen.length;
        all();
        bursts.push(seen.slice(before));
      },
    });
    hub.listen({ active: () => true, handle: (p) => void seen.push(p.input) });
    hub.feed('jjjk');
    hub.feed('q');
    expect(seen).toEqual(['j', 'j', 'j', 'k', 'q']);
    expect(bursts).toEqual([['j', 'j', 'j', 'k']]);
  });
});

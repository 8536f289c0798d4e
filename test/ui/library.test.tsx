import { describe, expect, it } from 'vitest';
import { searchLoader } from '../../src/ui/searchLoader.js';
import { KEY, libraryOf, renderApp } from './harness.js';

const throttling = `---
topic: Throttling
---
## 1. What is a token bucket?
**Question:** How does the **token bucket** work?
**Answer:**
The bucket holds **burst** tokens.

- one request takes one token
- refills at \`rateLimit\` per second

\`\`\`
429 Too Many Requests
\`\`\`
**Difficulty:** easy
**Source:** https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
**Choices:**
- [x] Burst is the bucket size
- [ ] Rate is the bucket size
**Explanation:** The rate refills it.

## 2. Which limit applies first?
**Answer:** The usage plan's.
`;
const caching = `---
topic: Caching
---
## 1. What is cached by default?
**Answer:** Only GET methods.
`;

const lib = () => libraryOf(['throttling.md', throttling], ['caching.md', caching]);

describe('Home', () => {
  it('shows the parts that exist with their real figures', async () => {
    const app = await renderApp(lib());
    expect(app.frame()).toContain('Library');
    expect(app.frame()).toContain('3 cards · 2 topics');
    expect(app.frame()).not.toMatch(/coming soon|TODO/i);
    app.unmount();
  });
});

describe('Library', () => {
  it('lists topics with counts, opens a topic, then a card', async () => {
    const app = await renderApp(lib(), { name: 'library' });
    expect(app.frame()).toMatch(/› Caching\s+1 card/);
    expect(app.frame()).toMatch(/Throttling\s+2 cards/);
    await app.press('j');
    expect(app.frame()).toMatch(/› Throttling/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('What is a token bucket?');
    expect(app.frame()).toContain('Which limit applies first?');
    await app.press(KEY.enter);
    const q = app.frame();
    expect(q).toContain('How does the token bucket work?');
    expect(q).toContain('Press space or enter to show the answer.');
    expect(q).not.toContain('holds burst tokens');
    app.unmount();
  });

  it('reveals the answer as rendered Markdown, then the explanation and source', async () => {
    const app = await renderApp(lib(), { name: 'card', ids: lib().cards.filter((c) => c.topic === 'Throttling').map((c) => c.id), index: 0 });
    await app.press(KEY.space);
    const f = app.frame();
    expect(f).toContain('The bucket holds burst tokens.');
    expect(f).not.toContain('**');
    expect(f).toContain('• one request takes one token');
    expect(f).toContain('refills at rateLimit per second');
    expect(f).toContain('  429 Too Many Requests');
    expect(f).toContain('[x] Burst is the bucket size');
    const end = await app.press('G');
    expect(end).toContain('The rate refills it.');
    expect(end).toContain('https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html');
    app.unmount();
  });

  it('moves between cards with n and p, and esc goes back to the topic', async () => {
    const ids = lib().cards.filter((c) => c.topic === 'Throttling').map((c) => c.id);
    const app = await renderApp(lib(), { name: 'topic', topic: 'Throttling' });
    await app.press(KEY.enter);
    expect(app.frame()).toContain('card 1 of 2');
    await app.press('n');
    expect(app.frame()).toContain('card 2 of 2');
    expect(app.frame()).toContain('Which limit applies first?');
    await app.press('p');
    expect(app.frame()).toContain('card 1 of 2');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('gateprep › Throttling');
    expect(ids).toHaveLength(2);
    app.unmount();
  });
});

describe('card sources', () => {
  it('a source longer than the line is shown whole, broken after a slash, never cut with …', async () => {
    const url = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-use-postman-to-call-api-with-a-very-long-name.html';
    const long = `---\ntopic: Long\n---\n## 1. Long source?\n**Answer:** Yes.\n**Source:** ${url}\n`;
    const l = libraryOf(['long.md', long]);
    const app = await renderApp(l, { name: 'card', ids: [l.cards[0]!.id], index: 0 });
    await app.press(KEY.space);
    const lines = app.frame().split('\n').map((x) => x.trim());
    const at = lines.findIndex((x) => x.startsWith('https://'));
    expect(lines[at]).toBe('https://docs.aws.amazon.com/apigateway/latest/developerguide/');
    expect(lines.slice(at, at + 2).join('')).toBe(url);
    expect(app.frame()).not.toContain('…');
    app.unmount();
  });
});

describe('Search', () => {
  it('updates on every key, finds a typo, opens the card and returns to the results', async () => {
    const app = await renderApp(lib(), { name: 'library' });
    await app.press('/');
    expect(app.frame()).toContain('gateprep › Search');
    for (const ch of 'bukket') await app.press(ch);
    expect(app.frame()).toMatch(/› What is a token bucket\?/);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('How does the token bucket work?');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('/ bukket');
    await app.press(KEY.esc);
    expect(app.frame()).toContain('gateprep › Library');
    await app.press('/'); // a new search starts empty
    expect(app.frame()).toContain('Type words from a question');
    expect(app.frame()).not.toContain('bukket');
    app.unmount();
  });

  it('lets q and ? be typed into the query, and backspace edits it', async () => {
    const app = await renderApp(lib(), { name: 'search' });
    await app.press('q');
    await app.press('?');
    expect(app.frame()).toContain('/ q?');
    await app.press(KEY.backspace);
    expect(app.frame()).toContain('/ q');
    expect(app.context.app.getState().quitting).toBe(false);
    app.unmount();
  });

  it('keeps what is typed while the index is being prepared, then shows its results', async () => {
    const library = lib();
    const app = await renderApp(library, { name: 'library' });
    let finish!: () => void;
    const ready = new Promise<void>((r) => (finish = r));
    app.context.searchIndex = searchLoader(library.cards, async (cards) => {
      await ready;
      return (await import('../../src/content/searchLoad.js')).loadSearchIndex(cards);
    });
    await app.press('/');
    expect(app.frame()).toContain('gateprep › Search');
    expect(app.frame()).not.toContain('Preparing the search index…'); // nothing typed yet
    await app.press('b');
    expect(app.frame()).toContain('Preparing the search index…');
    for (const ch of 'ukket') await app.press(ch);
    expect(app.frame()).toContain('/ bukket');
    finish();
    expect(await app.waitFor(/› What is a token bucket\?/)).not.toContain('Preparing');
    app.unmount();
  });

  it('applies every backspace that arrives before the next frame', async () => {
    const app = await renderApp(lib(), { name: 'search' });
    for (const ch of 'bucketzzz') await app.press(ch);
    expect(app.frame()).toContain('No card matches "bucketzzz".');
    // three keys written at once, each its own event, all before Ink renders again
    await Promise.all([app.press(KEY.backspace), app.press(KEY.backspace), app.press(KEY.backspace)]);
    const frame = await app.waitFor(/› What is a token bucket\?/);
    expect(frame).not.toContain('bucketz');
    expect(frame).toMatch(/\/ bucket\s/);
    app.unmount();
  });

  it('says so when nothing matches', async () => {
    const app = await renderApp(lib(), { name: 'search' });
    for (const ch of 'zzzz') await app.press(ch);
    expect(app.frame()).toContain('No card matches "zzzz".');
    app.unmount();
  });
});

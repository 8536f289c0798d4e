import { describe, expect, it } from 'vitest';
import { brokenDecks } from '../../src/content/brokenDecks.js';
import { parseDeck } from '../../src/content/parse.js';
import { libraryOf, renderApp } from './harness.js';

const good = '---\ntopic: Caching\n---\n## 1. What is cached?\n**Answer:** GET.\n';
const bad = '## 1. No answer?\nnothing here\n';

describe("Home's notice about decks with errors", () => {
  it('names every broken file and a check command over their folders that works', async () => {
    const app = await renderApp(libraryOf(['/u/decks/ok.md', good], ['/u/decks/one.md', bad], ['/u/more decks/two.md', bad]));
    const f = app.frame().replace(/\n/g, ' ').replace(/\s+/g, ' ');
    expect(f).toContain('2 decks have errors (the cards that parsed are loaded): /u/decks/one.md, /u/more decks/two.md.');
    expect(f).toContain("Run gateprep check /u/decks '/u/more decks' for details.");
    expect(f).not.toMatch(/gateprep check for/);
    app.unmount();
  });

  it('says nothing when every deck parsed, and sanitizes file names', () => {
    expect(brokenDecks([parseDeck(good, '/u/ok.md')])).toBeNull();
    expect(brokenDecks([parseDeck(bad, '/u/\u001b[31mred.md')])).toEqual({ files: ['/u/red.md'], command: 'gateprep check /u' });
  });
});

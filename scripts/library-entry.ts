// Bundled and run by build.mjs: parses the built-in decks into dist/library.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintDecks, prebuiltPath, type PrebuiltLibrary } from '../src/content/builtin.js';
import { loadDecks } from '../src/content/load.js';

export function writeLibrary(contentDir: string): { cards: number; errors: number } {
  const decksDir = join(contentDir, 'decks');
  const { decks, cards, errors } = loadDecks([decksDir]);
  // store paths relative to the package so the file is the same wherever it is installed
  const relative = decks.map((d) => ({ ...d, file: `content/decks/${d.id}.md`, cards: d.cards.map((c) => ({ ...c, file: `content/decks/${d.id}.md` })), errors: d.errors.map((e) => ({ ...e, file: `content/decks/${d.id}.md` })) }));
  const lib: PrebuiltLibrary = { fingerprint: fingerprintDecks(decksDir), decks: relative };
  writeFileSync(prebuiltPath(contentDir), JSON.stringify(lib));
  return { cards: cards.length, errors: errors.length };
}

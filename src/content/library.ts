/** Loads the library the app shows: built-in decks (prebuilt when fresh) plus the user's decks. */
import { join } from 'node:path';
import { readPrebuilt } from './builtin.js';
import type { Library } from './load.js';
import type { Deck } from './types.js';

export async function loadLibrary(contentDir: string, userPaths: string[]): Promise<Library> {
  const prebuilt = readPrebuilt(contentDir);
  // the parser (and zod) load only when something must be parsed
  if (prebuilt && userPaths.length === 0) return combineDecks(prebuilt);
  const { loadDecks, combine } = await import('./load.js');
  if (!prebuilt) return loadDecks([join(contentDir, 'decks'), ...userPaths]);
  return combine([...prebuilt, ...loadDecks(userPaths).decks]);
}

/** combine() without importing the parser: the prebuilt decks are valid by construction. */
function combineDecks(decks: Deck[]): Library {
  return { decks, cards: decks.flatMap((d) => d.cards), errors: decks.flatMap((d) => d.errors) };
}

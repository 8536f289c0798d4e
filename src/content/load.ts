/** Reads decks from folders (and single files). A deck that fails never stops the others. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readError, readRegularFile, UnreadableFileError } from '../readFile.js';
import { MAX_DECK_BYTES, parseDeck } from './parse.js';
import { replacementErrors } from './replaces.js';
import type { Card, Deck, DeckError } from './types.js';

export interface Library {
  decks: Deck[];
  cards: Card[];
  errors: DeckError[];
}

/** Lists the `.md` files a path stands for: the file itself, or a folder's `.md` files, sorted. */
export function deckFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.toLowerCase().endsWith('.md') && !f.startsWith('.'))
    .sort()
    .map((f) => join(path, f));
}

export function loadDeckFile(file: string): Deck {
  let text: string;
  try {
    text = readRegularFile(file, MAX_DECK_BYTES);
  } catch (e) {
    if (e instanceof UnreadableFileError) return parseErrorDeck(file, `skipped: ${e.message}`);
    return parseErrorDeck(file, `cannot read the file: ${readError(e)}`);
  }
  return parseDeck(text, file);
}

function parseErrorDeck(file: string, message: string): Deck {
  const deck = parseDeck('', file);
  deck.errors = [{ file, line: 1, message }];
  return deck;
}

/** Loads every deck under the given paths. Later paths cannot replace a card id an earlier one defined. */
export function loadDecks(paths: string[]): Library {
  const decks: Deck[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = deckFiles(path);
    } catch (e) {
      decks.push(parseErrorDeck(path, `cannot open: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`));
      continue;
    }
    for (const file of files) decks.push(loadDeckFile(file));
  }
  return combine(decks);
}

/** Merges decks into one library, reporting card ids defined twice (two decks with the same file name). */
export function combine(decks: Deck[]): Library {
  const cards: Card[] = [];
  const errors: DeckError[] = [];
  const owner = new Map<string, Card>();
  for (const deck of decks) {
    for (const card of deck.cards) {
      const prev = owner.get(card.id);
      if (prev) {
        const e = { file: card.file, line: card.line, message: `card id "${card.id}" is already used by ${prev.file}:${prev.line}; rename the deck file` };
        deck.errors.push(e);
        continue;
      }
      owner.set(card.id, card);
      cards.push(card);
    }
  }
  const byFile = new Map(decks.map((d) => [d.file, d]));
  for (const e of replacementErrors(cards)) byFile.get(e.file)?.errors.push(e);
  for (const deck of decks) errors.push(...deck.errors);
  return { decks, cards, errors };
}

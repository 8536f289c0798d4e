/**
 * The built-in decks, parsed at build time into dist/library.json so the first frame
 * needs neither the parser nor zod. The file carries a fingerprint of the deck files
 * it was built from; when the decks changed since (editing content without a rebuild),
 * the caller parses them instead.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from './types.js';

export interface PrebuiltLibrary {
  fingerprint: string;
  decks: Deck[];
}

/**
 * The deck files' names and sizes. Not their times: npm pack rewrites those. Not a hash
 * of their contents: reading every deck on each start costs what the prebuilt file saves.
 * An edit that keeps a file's size exactly is missed until the next build (npm test and
 * npm run build always rebuild).
 */
export function fingerprintDecks(decksDir: string): string {
  return readdirSync(decksDir)
    .filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.'))
    .sort()
    .map((f) => `${f}:${statSync(join(decksDir, f)).size}`)
    .join('|');
}

export function prebuiltPath(contentDir: string): string {
  return join(contentDir, '..', 'dist', 'library.json');
}

/** The prebuilt decks when they match the deck files on disk, else undefined. */
export function readPrebuilt(contentDir: string): Deck[] | undefined {
  const path = prebuiltPath(contentDir);
  if (!existsSync(path)) return undefined;
  try {
    const lib = JSON.parse(readFileSync(path, 'utf8')) as PrebuiltLibrary;
    return lib.fingerprint === fingerprintDecks(join(contentDir, 'decks')) ? lib.decks : undefined;
  } catch {
    return undefined;
  }
}

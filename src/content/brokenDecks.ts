/** What to tell the user about decks with errors: every such file, and a `check` command that works for them. */
import { dirname } from 'node:path';
import { sanitize } from './sanitize.js';
import type { Deck } from './types.js';

export interface BrokenDecks {
  /** The files with errors, as given (sanitized: a file name may hold escape sequences). */
  files: string[];
  /** `gateprep check DIR...` over the folders that hold them (a bare `gateprep check` is wrong usage). */
  command: string;
}

/** Quotes a path for a POSIX shell when it needs it. */
function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/u.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function brokenDecks(decks: readonly Deck[]): BrokenDecks | null {
  const files = decks.filter((d) => d.errors.length > 0).map((d) => d.file);
  if (files.length === 0) return null;
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  return { files: files.map(sanitize), command: `gateprep check ${dirs.map((d) => shellQuote(sanitize(d))).join(' ')}` };
}

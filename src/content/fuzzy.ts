/**
 * Typo matching of one query word against the index vocabulary, for words the index does not
 * know. The vocabulary is narrowed first (same first letter, or the first two swapped; length
 * within the allowed edits), then fuse.js ranks what is left and a typo distance that counts a
 * swap of two letters as one edit decides what is close enough (fuse.js alone counts a swap as
 * two errors and prefers "cost" to "cors" for "cros"). fuse.js over the whole 12,000-word
 * vocabulary costs about 13 ms a word; over a narrowed bucket of a few hundred, well under 1 ms.
 */
import type FuseType from 'fuse.js';
import { typoDistance } from './words.js';

export type FuseClass = typeof FuseType;

/** Surface words (as they appear in cards, lower-case) bucketed by first letter. */
export interface Vocabulary {
  byFirst: Map<string, string[]>;
}

export function vocabulary(surface: Iterable<string>): Vocabulary {
  const byFirst = new Map<string, string[]>();
  for (const w of surface) {
    if (w.length < 3) continue;
    const bucket = byFirst.get(w[0]!);
    if (bucket) bucket.push(w);
    else byFirst.set(w[0]!, [w]);
  }
  return { byFirst };
}

/** Edits allowed for a word of this length: none below 4 letters, one up to 6, two from 7. */
export const allowedEdits = (length: number): number => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

export interface FuzzyMatch {
  word: string;
  /** Edits between the query word and this one (1 or 2). */
  edits: number;
}

/** Matches an unknown word: the closest vocabulary words within the allowed edits, best first. */
export type FuzzyMatcher = (word: string, vocab: Vocabulary) => FuzzyMatch[];

const MAX_MATCHES = 4;

export function fuseMatcher(Fuse: FuseClass): FuzzyMatcher {
  return (word, vocab) => {
    const max = allowedEdits(word.length);
    if (max === 0) return [];
    const near = (w: string) => Math.abs(w.length - word.length) <= max;
    const candidates = (vocab.byFirst.get(word[0]!) ?? []).filter(near);
    // the first two letters swapped ("rcos") live in another bucket
    if (word.length > 1 && word[1] !== word[0]) for (const w of vocab.byFirst.get(word[1]!) ?? []) if (w[1] === word[0] && near(w)) candidates.push(w);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, { includeScore: true, threshold: 0.6, ignoreLocation: true, isCaseSensitive: true });
    const found: Array<FuzzyMatch & { score: number }> = [];
    for (const r of fuse.search(word)) {
      const edits = typoDistance(word, r.item, max);
      if (edits <= max && edits > 0) found.push({ word: r.item, edits, score: r.score ?? 1 });
    }
    found.sort((a, b) => a.edits - b.edits || a.score - b.score || (a.word < b.word ? -1 : 1));
    return found.slice(0, MAX_MATCHES).map(({ word: w, edits }) => ({ word: w, edits }));
  };
}

/** Loads fuse.js (on first use only: it is not needed for the first frame) and makes the matcher. */
export async function loadFuzzyMatcher(): Promise<FuzzyMatcher> {
  const { default: Fuse } = await import('fuse.js');
  return fuseMatcher(Fuse);
}

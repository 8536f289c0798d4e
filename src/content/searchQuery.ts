/**
 * A query, read as a learner writes it: each slot is one thing the learner asked about, with
 * the ways a card may say it. A word gives its exact stem, the words it starts (while typing),
 * a split ("usageplan": usage + plan), a join with the next word ("web socket": websocket) and,
 * when the index does not know it, its likely spellings. A phrase of the concept map gives the
 * concept's words ("flood": throttling, usage plan). Comparison words ("vs", "difference
 * between") are not slots: they only say the query compares the others.
 */
import type { ConceptMap } from './concepts.js';
import type { FuzzyMatcher, Vocabulary } from './fuzzy.js';
import { isComparisonWord, isStopWord, stem, words } from './words.js';

/** The stems one query word may stand for, each with how sure that reading is (0..1]. */
export type Part = Array<[stem: string, quality: number]>;
/** One way a card may say a slot: every part should be there (a phrase), scored as their mean. */
export interface Alt {
  parts: Part[];
  quality: number;
}
export interface Slot {
  alts: Alt[];
}
export interface ParsedQuery {
  slots: Slot[];
  /** The query compares things ("rest vs http"). */
  comparison: boolean;
}

export interface Lexicon {
  has(stem: string): boolean;
  /** How many cards hold this stem. */
  frequency(stem: string): number;
  /** The stems of the words that start with `prefix` (a word as typed, not a stem). */
  prefixed(prefix: string): string[];
  vocabulary: Vocabulary;
  fuzzy: FuzzyMatcher | undefined;
  concepts: ConceptMap;
}

const CONCEPT_QUALITY = 0.85;
const SPLIT_QUALITY = 0.9;

export function parseQuery(query: string, lex: Lexicon): ParsedQuery {
  const all = words(query);
  const tokens = all.filter((w) => !isComparisonWord(w));
  const comparison = tokens.length < all.length;
  const content = tokens.filter((w) => !isStopWord(w));
  // a query of stop words only ("what is it") still searches for them
  const use = content.length > 0 ? tokens : all;
  let lastContent = use.length - 1;
  while (lastContent > 0 && content.length > 0 && isStopWord(use[lastContent]!)) lastContent--;
  const slots: Slot[] = [];
  for (let i = 0; i < use.length; ) {
    const concept = conceptAt(use, i, lex);
    if (concept) {
      slots.push(concept.slot);
      i += concept.length;
      continue;
    }
    const word = use[i]!;
    if (content.length > 0 && isStopWord(word)) {
      i++;
      continue;
    }
    const next = use[i + 1];
    const joined = next !== undefined && !isStopWord(next) ? stem(word + next) : undefined;
    const one: Alt = { parts: [expand(word, i === lastContent, lex)], quality: 1 };
    if (joined && lex.has(joined)) {
      const two: Alt = { parts: [one.parts[0]!, expand(next!, i + 1 === lastContent, lex)], quality: 1 };
      slots.push({ alts: [{ parts: [[[joined, 1]]], quality: 1 }, two] });
      i += 2;
      continue;
    }
    slots.push({ alts: [one, ...split(word, lex)] });
    i++;
  }
  return { slots: slots.filter((s) => s.alts.some((a) => a.parts.every((p) => p.length > 0))), comparison };
}

/** The longest concept phrase starting at token i: the learner's own words stay one reading. */
function conceptAt(tokens: string[], i: number, lex: Lexicon): { slot: Slot; length: number } | undefined {
  const { byPhrase, longest } = lex.concepts;
  for (let len = Math.min(longest, tokens.length - i); len >= 1; len--) {
    const span = tokens.slice(i, i + len);
    const targets = byPhrase.get(span.map(stem).join(' '));
    if (!targets) continue;
    const own = span.filter((w) => !isStopWord(w)).map((w) => expand(w, false, lex));
    const alts: Alt[] = targets.map((t) => ({ parts: t.map((s) => (lex.has(s) ? [[s, 1]] : []) as Part), quality: CONCEPT_QUALITY }));
    if (own.length > 0) alts.unshift({ parts: own, quality: 1 });
    return { slot: { alts: alts.filter((a) => a.parts.length > 0 && a.parts.every((p) => p.length > 0)) }, length: len };
  }
  return undefined;
}

/** A word's readings: exact, prefixes, then (unknown words only) likely spellings. */
export function expand(word: string, isLast: boolean, lex: Lexicon): Part {
  const s = stem(word);
  const found = new Map<string, number>();
  const add = (v: string, q: number) => found.set(v, Math.max(found.get(v) ?? 0, q));
  if (lex.has(s)) add(s, 1);
  // a prefix is most likely a word still being typed: the last word counts more
  if ((isLast || word.length >= 4) && word.length >= 2) for (const v of lex.prefixed(word)) if (v !== s) add(v, isLast ? 0.8 : 0.5);
  if (!lex.has(s) && lex.fuzzy) for (const [v, q] of likelySpellings(word, lex)) add(v, q);
  // among guesses (a prefix, a typo), the commoner word is the likelier reading: "cros" is cors
  // (many cards) sooner than cross (a few), though "cros" also starts "cross"
  const guesses = [...found].filter(([v]) => v !== s);
  const common = Math.max(0, ...guesses.map(([v]) => lex.frequency(v)));
  for (const [v, q] of guesses) found.set(v, q * Math.sqrt(lex.frequency(v) / common));
  return [...found];
}

/** The fewest-edit spellings of an unknown word, dropping those far rarer than the commonest
 * ("cros": cors, in many cards, rather than cross, in a few), as a spelling corrector would. */
function likelySpellings(word: string, lex: Lexicon): Array<[string, number]> {
  const matches = lex.fuzzy!(word, lex.vocabulary)
    .map((m) => ({ stem: stem(m.word), edits: m.edits }))
    .filter((m) => lex.has(m.stem));
  if (matches.length === 0) return [];
  const fewest = Math.min(...matches.map((m) => m.edits));
  const closest = matches.filter((m) => m.edits === fewest);
  const top = Math.max(...closest.map((m) => lex.frequency(m.stem)));
  return closest.filter((m) => lex.frequency(m.stem) * 4 >= top).map((m) => [m.stem, fewest === 1 ? 0.7 : 0.5]);
}

/** "usageplan" -> usage + plan, when the word is unknown and both halves are known words. */
function split(word: string, lex: Lexicon): Alt[] {
  if (word.length < 6 || lex.has(stem(word))) return [];
  const mid = word.length >> 1;
  for (let d = 0; d <= mid; d++) {
    for (const at of d === 0 ? [mid] : [mid - d, mid + d]) {
      if (at < 3 || word.length - at < 3) continue;
      const left = stem(word.slice(0, at));
      const right = stem(word.slice(at));
      if (lex.has(left) && lex.has(right)) return [{ parts: [[[left, 1]], [[right, 1]]], quality: SPLIT_QUALITY }];
    }
  }
  return [];
}

/**
 * The concept map (content/search/concepts.json): a learner's words or phrases -> the words the
 * cards use for that concept ("flood" -> throttling, usage plan). Data beside the content, not
 * code; a card's own `**Aliases:**` does the same for one card. Keys and targets are matched as
 * stemmed word sequences, so "flooding" meets "flood" and "alerts" meets "alert".
 */
import { stem, words } from './words.js';

export interface ConceptFile {
  about?: string;
  phrases: Record<string, string[]>;
}

export interface ConceptMap {
  /** Stemmed key phrase (words joined by a space) -> stemmed target phrases. */
  byPhrase: Map<string, string[][]>;
  /** Longest key, in words: how far the query scan looks ahead. */
  longest: number;
}

export const stems = (text: string): string[] => words(text).map(stem);

/** Checks the file's shape and compiles it; a problem is a message naming the file and the key. */
export function compileConcepts(data: unknown, file = 'content/search/concepts.json'): { map: ConceptMap; errors: string[] } {
  const byPhrase = new Map<string, string[][]>();
  const errors: string[] = [];
  const phrases = (data as ConceptFile | null)?.phrases;
  if (typeof phrases !== 'object' || phrases === null || Array.isArray(phrases)) {
    return { map: { byPhrase, longest: 0 }, errors: [`${file}: expected an object with "phrases": { "learner phrase": ["concept words", ...] }`] };
  }
  let longest = 0;
  for (const [key, targets] of Object.entries(phrases)) {
    const k = stems(key);
    if (k.length === 0 || !Array.isArray(targets) || targets.length === 0 || !targets.every((t) => typeof t === 'string' && stems(t).length > 0)) {
      errors.push(`${file}: "${key}" must map words to a non-empty list of phrases`);
      continue;
    }
    const joined = k.join(' ');
    const all = [...(byPhrase.get(joined) ?? []), ...targets.map(stems)];
    byPhrase.set(joined, all.filter((t, i) => all.findIndex((u) => u.join(' ') === t.join(' ')) === i));
    longest = Math.max(longest, k.length);
  }
  return { map: { byPhrase, longest }, errors };
}

export const NO_CONCEPTS: ConceptMap = { byPhrase: new Map(), longest: 0 };

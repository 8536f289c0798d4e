/**
 * Card search. An inverted index of stemmed words, weighted by field (title and tags
 * above question, question above answer) and by rarity, with prefix and typo matching
 * against the vocabulary. Built once per library; a query touches only the postings of
 * the words it matches, so a 10,000-card library answers in milliseconds.
 * (fuse.js scores every card on every query: about 0.5 s a query at that size.)
 */
import { boundedDistance, isStopWord, stem, words } from './words.js';
import type { Card } from './types.js';

const FIELD_WEIGHT = { title: 10, tags: 8, question: 6, answer: 1.5 } as const;
type Field = keyof typeof FIELD_WEIGHT;
const FIELDS: Field[] = ['title', 'tags', 'question', 'answer'];
const PHRASE_RERANK = 100;
const normalized = (text: string): string => words(text).join(' ');

export interface SearchHit {
  card: Card;
  /** 0..1, relative to a perfect title match of every query word. */
  score: number;
  /** The stems the query matched (typos and prefixes resolved), for highlighting words. */
  stems: string[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}

export function buildIndex(cards: Card[]): SearchIndex {
  // stem -> flat list of (cardIndex, fieldWeight) pairs, best field per card only
  const postings = new Map<string, number[]>();
  for (let c = 0; c < cards.length; c++) {
    const card = cards[c]!;
    const best = new Map<string, number>();
    for (const field of FIELDS) {
      const text = field === 'tags' ? card.tags.join(' ') : card[field];
      const w = FIELD_WEIGHT[field];
      for (const word of words(text)) {
        const s = stem(word);
        if ((best.get(s) ?? 0) < w) best.set(s, w);
      }
    }
    for (const [s, w] of best) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push(c, w);
    }
  }
  const vocab = [...postings.keys()];
  const n = cards.length;
  const idf = (s: string): number => Math.log(1 + n / (postings.get(s)!.length / 2));
  const scores = new Float64Array(n);
  const termBest = new Float64Array(n);
  const covered = new Uint16Array(n);

  // vocabulary sorted (prefix ranges by binary search) and bucketed by length (typo candidates)
  const sorted = [...vocab].sort();
  const byLength = new Map<number, string[]>();
  for (const v of vocab) {
    const bucket = byLength.get(v.length);
    if (bucket) bucket.push(v);
    else byLength.set(v.length, [v]);
  }

  function expand(term: string, isLast: boolean): Array<[string, number]> {
    const s = stem(term);
    const found = new Map<string, number>();
    const add = (v: string, q: number) => found.set(v, Math.max(found.get(v) ?? 0, q));
    if (postings.has(s)) add(s, 1);
    // a prefix is most likely a word still being typed: the last term counts more
    if ((isLast || s.length >= 4) && s.length >= 2) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < s) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(s); i++) if (sorted[i] !== s) add(sorted[i]!, isLast ? 0.8 : 0.5);
    }
    const maxD = s.length >= 7 ? 2 : s.length >= 4 ? 1 : 0;
    for (let len = s.length - maxD; maxD > 0 && len <= s.length + maxD; len++) {
      for (const v of byLength.get(len) ?? []) {
        if (v.length < 3 || v === s) continue;
        const d = boundedDistance(s, v, maxD);
        if (d <= maxD) add(v, d === 1 ? 0.6 : 0.4);
      }
    }
    return [...found];
  }

  function search(query: string, limit = 20): SearchHit[] {
    const all = words(query);
    const terms = all.filter((w) => !isStopWord(w));
    const use = terms.length > 0 ? terms : all;
    if (use.length === 0 || n === 0) return [];
    scores.fill(0);
    covered.fill(0);
    const matchedStems: string[][] = [];
    let perfect = 0;
    const touched = new Set<number>();
    use.forEach((term, t) => {
      termBest.fill(0);
      const expansions = expand(term, t === use.length - 1);
      matchedStems.push(expansions.map(([v]) => v));
      const best = expansions.find(([, q]) => q === 1) ?? expansions[0];
      perfect += FIELD_WEIGHT.title * (best ? idf(best[0]) : Math.log(1 + n));
      for (const [v, quality] of expansions) {
        const list = postings.get(v)!;
        const weight = quality * idf(v);
        for (let i = 0; i < list.length; i += 2) {
          const c = list[i]!;
          const s = list[i + 1]! * weight;
          if (s > termBest[c]!) termBest[c] = s;
        }
      }
      for (const [v] of expansions) {
        const list = postings.get(v)!;
        for (let i = 0; i < list.length; i += 2) {
          const c = list[i]!;
          if (termBest[c]! > 0) {
            scores[c] = scores[c]! + termBest[c]!;
            covered[c] = covered[c]! + 1;
            termBest[c] = 0;
            touched.add(c);
          }
        }
      }
    });
    const ranked: Array<[number, number]> = [];
    for (const c of touched) {
      const coverage = covered[c]! / use.length;
      ranked.push([c, scores[c]! * coverage * coverage]);
    }
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (use.length > 1) rerankPhrases(ranked, use.join(' '));
    const stems = [...new Set(matchedStems.flat())];
    return ranked.slice(0, limit).map(([c, s]) => ({
      card: cards[c]!,
      score: perfect > 0 ? Math.min(1, s / perfect) : 0,
      stems,
    }));
  }

  // Query words standing together in the card ("cache key", "usage plan") beat the same words
  // scattered; checked on the best candidates only, since it reads whole answers.
  // normalized texts, made the first time a card is a candidate and kept
  const heads: Array<string | undefined> = [];
  const bodies: Array<string | undefined> = [];
  function rerankPhrases(ranked: Array<[number, number]>, phrase: string): void {
    const top = ranked.slice(0, PHRASE_RERANK);
    for (const entry of top) {
      const c = entry[0];
      const card = cards[c]!;
      if ((heads[c] ??= normalized(`${card.title} ${card.question}`)).includes(phrase)) entry[1] *= 1.5;
      else if ((bodies[c] ??= normalized(card.answer)).includes(phrase)) entry[1] *= 1.2;
    }
    top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    ranked.splice(0, top.length, ...top);
  }

  return { search, size: n };
}

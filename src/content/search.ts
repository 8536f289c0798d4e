/**
 * Card search. An inverted index of stemmed words, weighted by field (title, aliases and tags
 * above question, question above answer) and by rarity. A query is read into slots (see
 * searchQuery.ts: prefixes, splits and joins, typos through fuse.js, the concept map); a card
 * scores the best reading of each slot, times the square of the share of slots it covers.
 * Built once per library; a query touches only the postings of the stems it reads, so a
 * 10,000-card library answers in milliseconds. `loadSearchIndex` (searchLoad.ts) builds it
 * with fuse.js and the concept map, both loaded on first use.
 */
import { NO_CONCEPTS, type ConceptMap } from './concepts.js';
import { vocabulary, type FuzzyMatcher } from './fuzzy.js';
import { parseQuery, type Lexicon, type Slot } from './searchQuery.js';
import { isComparisonWord, stem, words } from './words.js';
import type { Card } from './types.js';

const FIELD_WEIGHT = { title: 10, aliases: 9, tags: 8, question: 6, answer: 1.5 } as const;
type Field = keyof typeof FIELD_WEIGHT;
const FIELDS: Field[] = ['title', 'aliases', 'tags', 'question', 'answer'];
const FIELD_BY_INDEX = FIELDS.map((f) => FIELD_WEIGHT[f]);
const RERANK = 100;
/** A comparison query ("rest vs http") lifts cards that compare: their title says vs, or differs. */
const COMPARISON_BONUS = 1.3;
/** A text as its stems: the phrase bonus matches "cachee key" (a typo, resolved) to "cache keys". */
const stemmed = (text: string): string => ` ${words(text).map(stem).join(' ')} `;
/** The query as one phrase: each slot's likeliest word, when the slot is one word. */
function phraseOf(slots: Slot[]): string {
  const best = slots.map((s) => {
    const part = s.alts[0]?.parts.length === 1 ? s.alts[0].parts[0]! : [];
    return part.reduce<[string, number] | undefined>((a, b) => (!a || b[1] > a[1] ? b : a), undefined)?.[0];
  });
  return best.every((b) => b !== undefined) ? ` ${best.join(' ')} ` : '';
}

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

export interface SearchOptions {
  /** Typo matching for words the index does not know (fuse.js; see fuzzy.ts). None: no typos. */
  fuzzy?: FuzzyMatcher;
  concepts?: ConceptMap;
}

const fieldText = (card: Card, field: Field): string =>
  field === 'tags' ? card.tags.join(' ') : field === 'aliases' ? (card.aliases ?? []).join(' ') : card[field];

export function buildIndex(cards: Card[], options: SearchOptions = {}): SearchIndex {
  // stem -> (cardIndex << 3 | field), best field per card only
  const lists = new Map<string, number[]>();
  const surface = new Set<string>();
  for (let c = 0; c < cards.length; c++) {
    const best = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      for (const word of words(fieldText(cards[c]!, field))) {
        surface.add(word);
        const s = stem(word);
        if (!best.has(s)) best.set(s, f); // FIELDS go from the heaviest down
      }
    });
    for (const [s, f] of best) {
      let list = lists.get(s);
      if (!list) lists.set(s, (list = []));
      list.push((c << 3) | f);
    }
  }
  const postings = new Map<string, Int32Array>();
  for (const [s, list] of lists) postings.set(s, Int32Array.from(list));
  const n = cards.length;
  const idf = (s: string): number => Math.log(1 + n / postings.get(s)!.length);
  const sorted = [...surface].sort();
  const lex: Lexicon = {
    has: (s) => postings.has(s),
    frequency: (s) => postings.get(s)?.length ?? 0,
    prefixed(prefix) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out = new Set<string>();
      for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) if (sorted[i] !== prefix) out.add(stem(sorted[i]!));
      return [...out];
    },
    vocabulary: vocabulary(surface),
    fuzzy: options.fuzzy,
    concepts: options.concepts ?? NO_CONCEPTS,
  };

  const scores = new Float64Array(n);
  const covered = new Uint16Array(n);
  const slotBest = new Float64Array(n);
  const altSum = new Float64Array(n);
  const partBest = new Float64Array(n);
  const seen = new Uint8Array(n);
  // cards reached, as stacks (no allocation per query)
  const partCards = new Int32Array(n);
  const altCards = new Int32Array(n);
  const slotCards = new Int32Array(n);
  const touched = new Int32Array(n);
  let touchedCount = 0;

  /** Adds one slot's best reading per card into scores and covered. */
  function scoreSlot(slot: Slot): void {
    let reached = 0;
    for (const alt of slot.alts) {
      let altCount = 0;
      const share = 1 / alt.parts.length;
      for (const part of alt.parts) {
        let partCount = 0;
        for (const [v, quality] of part) {
          const list = postings.get(v)!;
          const weight = quality * idf(v);
          for (let i = 0; i < list.length; i++) {
            const e = list[i]!;
            const c = e >> 3;
            const sc = FIELD_BY_INDEX[e & 7]! * weight;
            if (partBest[c] === 0) partCards[partCount++] = c;
            if (sc > partBest[c]!) partBest[c] = sc;
          }
        }
        for (let i = 0; i < partCount; i++) {
          const c = partCards[i]!;
          if (altSum[c] === 0) altCards[altCount++] = c;
          altSum[c] = altSum[c]! + partBest[c]! * share;
          partBest[c] = 0;
        }
      }
      for (let i = 0; i < altCount; i++) {
        const c = altCards[i]!;
        const sc = altSum[c]! * alt.quality;
        if (slotBest[c] === 0) slotCards[reached++] = c;
        if (sc > slotBest[c]!) slotBest[c] = sc;
        altSum[c] = 0;
      }
    }
    for (let i = 0; i < reached; i++) {
      const c = slotCards[i]!;
      scores[c] = scores[c]! + slotBest[c]!;
      covered[c] = covered[c]! + 1;
      slotBest[c] = 0;
      if (!seen[c]) (seen[c] = 1), (touched[touchedCount++] = c);
    }
  }

  function search(query: string, limit = 20): SearchHit[] {
    const parsed = parseQuery(query, lex);
    const { slots } = parsed;
    if (slots.length === 0 || n === 0) return [];
    touchedCount = 0;
    let perfect = 0;
    for (const slot of slots) {
      scoreSlot(slot);
      const first = slot.alts[0]?.parts[0]?.find(([, q]) => q === 1) ?? slot.alts[0]?.parts[0]?.[0];
      perfect += FIELD_WEIGHT.title * (first ? idf(first[0]) : Math.log(1 + n));
    }
    const top = new TopK(Math.max(limit, slots.length > 1 ? RERANK : 0));
    for (let i = 0; i < touchedCount; i++) {
      const c = touched[i]!;
      const coverage = covered[c]! / slots.length;
      top.add(c, scores[c]! * coverage * coverage);
      scores[c] = 0;
      covered[c] = 0;
      seen[c] = 0;
    }
    const ranked = top.sorted();
    if (slots.length > 1) rerank(ranked, phraseOf(slots), parsed.comparison);
    const stems = [...new Set(slots.flatMap((s) => s.alts.flatMap((a) => a.parts.flatMap((p) => p.map(([v]) => v)))))];
    return ranked.slice(0, limit).map(([c, sc]) => ({ card: cards[c]!, score: perfect > 0 ? Math.min(1, sc / perfect) : 0, stems }));
  }

  // Query words standing together in the card ("cache key", "usage plan") beat the same words
  // scattered; a comparison lifts the cards that compare. Checked on the best candidates only,
  // since it reads whole answers. Normalized texts are made the first time a card is a candidate.
  const heads: Array<string | undefined> = [];
  const bodies: Array<string | undefined> = [];
  const compares: Array<boolean | undefined> = [];
  function rerank(ranked: Array<[number, number]>, phrase: string, comparison: boolean): void {
    const top = ranked.slice(0, RERANK);
    for (const entry of top) {
      const c = entry[0];
      const card = cards[c]!;
      if (phrase) {
        if ((heads[c] ??= stemmed(`${card.title} ${card.question}`)).includes(phrase)) entry[1] *= 1.5;
        else if ((bodies[c] ??= stemmed(card.answer)).includes(phrase)) entry[1] *= 1.2;
      }
      if (comparison && (compares[c] ??= words(card.title).some(isComparisonWord))) entry[1] *= COMPARISON_BONUS;
    }
    top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    ranked.splice(0, top.length, ...top);
  }

  return { search, size: n };
}

/** The k best (card, score) pairs, kept in a min-heap: ranking 10,000 cards without sorting them all. */
class TopK {
  readonly #k: number;
  readonly #heap: Array<[number, number]> = [];
  constructor(k: number) {
    this.#k = k;
  }
  /** Lower score first; on equal scores the later card counts as lower (earlier cards win ties). */
  static #less(a: [number, number], b: [number, number]): boolean {
    return a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  }
  add(card: number, score: number): void {
    const h = this.#heap;
    const e: [number, number] = [card, score];
    if (h.length < this.#k) {
      h.push(e);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!TopK.#less(h[i]!, h[p]!)) break;
        [h[i], h[p]] = [h[p]!, h[i]!];
        i = p;
      }
    } else if (h.length > 0 && TopK.#less(h[0]!, e)) {
      h[0] = e;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && TopK.#less(h[l]!, h[m]!)) m = l;
        if (r < h.length && TopK.#less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
  }
  /** Best first; ties by card order. */
  sorted(): Array<[number, number]> {
    return [...this.#heap].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }
}

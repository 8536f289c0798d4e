/**
 * The built-in course: every deck parses, every card is complete and sourced, topics
 * are covered, and no answer contradicts the numbers the simulator and the reference
 * use. Wrong choices state wrong facts on purpose, so the number checks read the
 * answers and the correct choices only.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../src/content/load.js';
import { HTTP_STAGES } from '../../src/gateway/http/model.js';
import { WS_STEPS } from '../../src/gateway/websocket/timeline.js';
import type { Card } from '../../src/content/types.js';
import { STAGES as SIM_STAGES } from '../../src/gateway/model.js';

const dir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content', 'decks');
const library = loadDecks([dir]);
const { cards } = library;
/** The simulator's stages (version 1 and 2), lower-cased as the parser lower-cases tags. */
const STAGES = SIM_STAGES.map((s) => s.toLowerCase());

/** What a card asserts as true: its answer and its correct choices. */
const claims = (c: Card) => [c.answer, ...c.choices.filter((x) => x.correct).map((x) => x.text)].join('\n').replace(/\s+/g, ' ');
/** Each match's first captured number, with the 60 characters before it as context. */
const numbers = (re: RegExp) =>
  cards.flatMap((c) => {
    const text = claims(c);
    return [...text.matchAll(re)].map((m) => ({
      id: c.id,
      value: Number((m.slice(1).find((g) => g !== undefined) ?? '').replace(/,/g, '')),
      text: text.slice(Math.max(0, m.index - 60), m.index + m[0].length),
    }));
  });

describe('the built-in decks', () => {
  it('all parse with no errors', () => {
    expect(library.errors).toEqual([]);
  });

  it('hold at least 150 cards over at least 16 topics, 6 or more per topic', () => {
    expect(cards.length).toBeGreaterThanOrEqual(150);
    const perTopic = new Map<string, number>();
    for (const c of cards) perTopic.set(c.topic, (perTopic.get(c.topic) ?? 0) + 1);
    expect(perTopic.size).toBeGreaterThanOrEqual(16);
    for (const [topic, n] of perTopic) expect(n, topic).toBeGreaterThanOrEqual(6);
  });

  it('have unique titles across decks', () => {
    const seen = new Map<string, string>();
    for (const c of cards) {
      const key = c.title.toLowerCase();
      expect(seen.get(key), `"${c.title}" in ${c.deck} and ${seen.get(key)}`).toBeUndefined();
      seen.set(key, c.deck);
    }
  });

  it('give every card a docs.aws.amazon.com source, a difficulty, tags, 4+ choices with a correct one, and an explanation', () => {
    for (const c of cards) {
      expect(c.sources[0], c.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(c.difficulty, c.id).toBeDefined();
      expect(c.tags.filter((t) => !t.startsWith('stage:')).length, c.id).toBeGreaterThan(0);
      expect(c.choices.length, c.id).toBeGreaterThanOrEqual(4);
      expect(c.choices.some((x) => x.correct), c.id).toBe(true);
      expect(c.explanation?.length ?? 0, c.id).toBeGreaterThan(40);
    }
  });

  it('mark "select TWO" questions consistently, about a fifth of them', () => {
    const two = cards.filter((c) => c.choices.filter((x) => x.correct).length === 2);
    for (const c of cards) {
      const isTwo = c.choices.filter((x) => x.correct).length === 2;
      expect(/\(Select TWO\.\)\s*$/.test(c.question), `${c.id}: question says Select TWO`).toBe(isTwo);
      expect(c.tags.includes('select-two'), `${c.id}: select-two tag`).toBe(isTwo);
      expect(c.choices.filter((x) => x.correct).length, c.id).toBeLessThanOrEqual(2);
    }
    expect(two.length / cards.length).toBeGreaterThanOrEqual(0.15);
    expect(two.length / cards.length).toBeLessThanOrEqual(0.35);
  });

  it('include at least 25 scenario questions', () => {
    expect(cards.filter((c) => c.tags.includes('scenario')).length).toBeGreaterThanOrEqual(25);
  });

  it('link every simulator stage to cards that explain it, with known stage names only', () => {
    // HTTP and WebSocket stages are tagged stage:http-<stage> and stage:ws-<stage> (src/gateway/apiType.ts)
    const known = [...STAGES, ...HTTP_STAGES.map((s) => `http-${s}`), ...WS_STEPS.map((s) => `ws-${s}`)].map((s) => s.toLowerCase());
    for (const stage of known) expect(cards.some((c) => c.tags.includes(`stage:${stage}`)), stage).toBe(true);
    for (const c of cards) for (const t of c.tags.filter((x) => x.startsWith('stage:'))) expect(known, `${c.id}: ${t}`).toContain(t.slice(6));
  });
});

describe('no card contradicts the reference numbers', () => {
  it('cache capacities are 0.5 to 237 GB, from the documented list', () => {
    const found = numbers(/(\d+(?:\.\d+)?) ?GB\b/g);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect([0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237], `${f.id}: ${f.text}`).toContain(f.value);
  });

  it('the REST payload limit is 10 MB', () => {
    const found = numbers(/payload[^.]{0,40}?(\d+) ?MB|(\d+) ?MB[^.]{0,15}payload/gi).filter((f) => !/lambda|websocket|6 MB/i.test(f.text));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.value, `${f.id}: ${f.text}`).toBe(10);
  });

  it('the default TTL is 300 s and the maximum 3600 s, for the cache and the authorizer cache', () => {
    const defaults = numbers(/default TTL[^.\d]{0,30}(\d[\d,]*)|TTL[^.\d]{0,12}default[^.\d]{0,12}(\d[\d,]*)/gi);
    const maxima = numbers(/TTL[^.]{0,60}?(?:(\d[\d,]*) ?(?:s|seconds)\W{0,4}max(?:imum)?\b|(?:maximum|max\.?|up to)\W{0,4}(?:of )?(\d[\d,]*) ?(?:s\b|seconds))/gi);
    expect(defaults.length).toBeGreaterThan(0);
    expect(maxima.length).toBeGreaterThan(0);
    for (const f of defaults) expect(f.value, `${f.id}: ${f.text}`).toBe(300);
    for (const f of maxima) expect(f.value, `${f.id}: ${f.text}`).toBe(3600);
  });

  it('the REST integration timeout defaults to 29 seconds', () => {
    const found = numbers(/integration timeout[^.\d]{0,40}(?:default|is|of)[^.\d]{0,20}(\d+) ?(?:s\b|seconds)/gi).filter((f) => !/HTTP API/i.test(f.text));
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.value, `${f.id}: ${f.text}`).toBe(29);
  });

  it('the account throttle is 10,000 rps with a burst of 5,000', () => {
    const rates = numbers(/account[^.]{0,60}?(\d[\d,]{3,}) ?(?:rps|requests per second)/gi);
    const bursts = numbers(/account[^.]{0,80}?burst(?: of)? (\d[\d,]{3,})|(\d[\d,]{3,}) burst[^.]{0,30}account/gi);
    expect(rates.length).toBeGreaterThan(0);
    expect(bursts.length).toBeGreaterThan(0);
    for (const f of rates) expect([10000, 2500], `${f.id}: ${f.text}`).toContain(f.value);
    for (const f of bursts) expect([5000, 1250], `${f.id}: ${f.text}`).toContain(f.value);
  });
});

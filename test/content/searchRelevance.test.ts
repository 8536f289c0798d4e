/**
 * Search as learners type it, over the built-in library: paraphrases, typos (swapped, dropped,
 * doubled letters), words split or joined, comparisons and learner words the concept map knows.
 * Each query names the card(s) it should find by deck and title, so merges and renumbering keep
 * it meaningful; the expected card must be in the top 3 for at least 90% of the queries.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../src/content/load.js';
import { loadSearchIndex } from '../../src/content/searchLoad.js';
import type { Card } from '../../src/content/types.js';

const dir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content', 'decks');
type Want = (c: Card) => boolean;
const title = (re: RegExp, deck?: string): Want => (c) => re.test(c.title) && (deck === undefined || c.deck === deck);
const inDeck = (deck: string): Want => (c) => c.deck === deck;

/** [kind, query, what the top 3 should hold] */
const QUERIES: Array<[string, string, Want]> = [
  ['typo: swapped', 'cahce ttl', title(/cache/i)],
  ['typo: swapped', 'cros preflight', title(/preflight/i)],
  ['typo: swapped', 'trhottling order', title(/order.*throttle/i)],
  ['typo: swapped', 'lambda authroizer caching', title(/authorizer result caching/i)],
  ['typo: swapped', 'cognito autorhizer token', title(/cognito user pool authorizers/i)],
  ['typo: dropped', 'throtling burst', title(/rate and burst|token bucket/i)],
  ['typo: dropped', 'cach capacity', title(/cache capacities/i)],
  ['typo: dropped', 'cor headers integration type', title(/CORS headers come from/i)],
  ['typo: dropped', 'autorizer 401 no invocations', title(/401 but the authorizer/i)],
  ['typo: dropped', 'websoket routes', title(/\$connect/)],
  ['typo: doubled', 'stage cachee defaults', title(/defaults of the API Gateway stage cache/i)],
  ['typo: doubled', 'throttlling account default', title(/default account-level throttle/i)],
  ['typo: doubled', 'mutuall tls', title(/mutual TLS|client certificates/i)],
  ['typo: changed', 'integraton timeout', title(/integration timeout/i)],
  ['typo: changed', 'usage plam quota', title(/usage plan quota/i)],
  ['typo: two', 'authoriser resullt cache', title(/authorizer result caching/i)],
  ['split', 'usage plans and api keys', title(/API key be in several usage plans|API keys and usage plans/i)],
  ['split', 'web socket connections limit', title(/concurrent connections/i)],
  ['split', 'pre flight request', title(/preflight/i)],
  ['split', 'time out 29 seconds', title(/45 seconds|integration timeout/i)],
  ['joined', 'usageplan quota', title(/usage plan quota/i)],
  ['joined', 'apikey alone', title(/API keys alone/i)],
  ['joined', 'stagevariables lambda alias', title(/stage variables/i)],
  ['comparison', 'rest vs http', title(/REST API|HTTP API/)],
  ['comparison', 'difference between rest and http apis', title(/HTTP APIs? (do not|lack|the better)|REST APIs offer/i)],
  ['comparison', 'token vs request authorizer', title(/TOKEN vs REQUEST/)],
  ['comparison', 'execution logs versus access logs', title(/execution logs and access logs/i)],
  ['comparison', 'compare latency and integrationlatency', title(/Latency and IntegrationLatency/)],
  ['comparison', '500 vs 502 vs 504', title(/500 vs 502 vs 504/)],
  ['comparison', 'deployment vs stage', title(/deployment and a stage/i)],
  ['comparison', 'proxy versus non-proxy integration', title(/proxy and non-proxy/i)],
  ['comparison', 'edge optimized vs regional endpoint', title(/Edge-optimized endpoint or Regional|three REST API endpoint types/i)],
  ['concept', 'one client flooding the api', title(/usage plan|partner's clients get 429|throttl/i)],
  ['concept', 'rate limit per customer', title(/usage plan|partner's clients get 429|throttl/i)],
  ['concept', 'alert on the error rate', title(/alarm on the 5XX error rate/i)],
  ['concept', 'canned response without a backend', title(/MOCK integration/i)],
  ['concept', 'record every request', title(/access logs/i)],
  ['concept', 'browser blocks my call', inDeck('cors')],
  ['concept', 'only reachable from my vpc', title(/private/i)],
  ['concept', 'chat app server pushes messages', title(/live chat|push a message/i)],
  ['paraphrase', 'how do I stop a client that sends too many requests', title(/usage plan|429|throttl/i)],
  ['paraphrase', 'why does my lambda succeed but the client gets bad gateway', title(/502/)],
  ['paraphrase', 'wrong path gives missing authentication token', title(/Missing Authentication Token/)],
  ['paraphrase', 'request takes longer than 29 seconds', title(/45 seconds|integration timeout|35 seconds/i)],
  ['paraphrase', 'how much does api gateway cost', title(/billed/i)],
  ['paraphrase', 'serve my api on my own domain', title(/custom domain/i)],
  ['paraphrase', 'check the body against a json schema', title(/validat|model/i)],
];

describe('search relevance on the built-in library', async () => {
  const index = await loadSearchIndex(loadDecks([dir]).cards);
  const results = QUERIES.map(([kind, query, want]) => {
    const top = index.search(query, 3).map((h) => h.card);
    return { kind, query, hit: top.some(want), top: top.map((c) => c.id) };
  });

  it('finds the expected card in the top 3 for at least 90% of learner queries', () => {
    if (process.env.SEARCH_REPORT) console.log(JSON.stringify(results.filter((r) => !r.hit), null, 1), results.filter((r) => r.hit).length, '/', results.length);
    const misses = results.filter((r) => !r.hit);
    const rate = 1 - misses.length / results.length;
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect({ rate: rate >= 0.9, misses }).toEqual({ rate: true, misses: expect.any(Array) });
  });

  for (const kind of ['typo', 'split', 'joined', 'comparison', 'concept']) {
    it(`finds at least 80% of the ${kind} queries`, () => {
      const mine = results.filter((r) => r.kind.startsWith(kind));
      expect(mine.filter((r) => r.hit).length / mine.length, JSON.stringify(mine.filter((r) => !r.hit))).toBeGreaterThanOrEqual(0.8);
    });
  }
});

/** Learner queries for the search relevance test: [kind, query, what the top 3 should hold]. Each
 * names the card(s) it should find by deck and title, so merges and renumbering keep it meaningful. */
import type { Card } from '../../src/content/types.js';

export type Want = (c: Card) => boolean;
const title = (re: RegExp, deck?: string): Want => (c) => re.test(c.title) && (deck === undefined || c.deck === deck);
const inDeck = (deck: string): Want => (c) => c.deck === deck;

/** [kind, query, what the top 3 should hold] */
export const QUERIES: Array<[string, string, Want]> = [
  ['typo: swapped', 'cahce', title(/cach/i)],
  ['typo: swapped', 'cros', inDeck('cors')],
  ['typo: swapped', 'authorzier', title(/authorizer/i)],
  ['typo: doubled', 'corss errors', title(/CORS (error|failure)/i)],
  ['typo: dropped', 'throtling', title(/throttl/i)],
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


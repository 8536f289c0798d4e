/** A generated deck of n cards with a realistic vocabulary, for search benchmarks. Seeded. */
import { parseDeck } from '../src/content/parse.js';
import type { Card } from '../src/content/types.js';
import { mulberry32 } from '../src/gateway/random.js';

const WORDS = (
  'api gateway rest http websocket stage deployment throttle throttling burst rate quota usage plan key keys cache caching ttl ' +
  'authorizer lambda cognito iam sigv4 resource policy vpc endpoint private regional edge custom domain certificate acm ' +
  'integration proxy mock mapping template velocity validation model schema request response header query path parameter ' +
  'cors preflight origin method route selection expression connection timeout latency error gateway 403 429 502 504 ' +
  'cloudwatch metric log access execution xray trace canary variable alias client token bucket limit account region ' +
  'payload binary media compression openapi swagger sdk export import documentation waf mutual tls jwt scope claim ' +
  'invalidate flush capacity encryption backend function service dynamodb sqs kinesis step functions s3 load balancer'
).split(' ');


export function generatedCards(n: number, seed = 42): Card[] {
  const r = mulberry32(seed);
  const pick = (k: number) => Array.from({ length: k }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  let text = '';
  for (let i = 1; i <= n; i++) {
    text += `## ${i}. ${pick(6)} ${i}\n\n**Question:**\n${pick(14)}?\n\n**Answer:**\n${pick(60)}.\n\n${pick(50)}.\n\n**Tags:** ${pick(1)}, ${pick(1)}\n\n`;
  }
  return parseDeck(text, 'generated.md').cards;
}

/**
 * HTTP and WebSocket API figures: untraced HTTP API requests per second (target >= 1,000,000),
 * beside a plain token-bucket loop over the same requests in the same run (the cost floor of a
 * throttled request), and a 100,000-event WebSocket timeline (target < 1 s).
 */
import { compileHttpApi } from '../src/gateway/http/compile.js';
import { createHttpState, type HttpRequest } from '../src/gateway/http/model.js';
import { simulateHttp } from '../src/gateway/http/pipeline.js';
import { httpScenarioSchema } from '../src/gateway/http/schema.js';
import { parseWsScenario, runWsScenario } from '../src/gateway/websocket/scenario.js';
import { newBucket, take } from '../src/gateway/tokenBucket.js';
import { median, type BenchRow } from './lib.js';

const api = compileHttpApi(
  httpScenarioSchema.parse({
    name: 'bench',
    api: {
      apiType: 'HTTP',
      authorizers: { l: { type: 'REQUEST', identitySource: ['$request.header.authorization'], allow: ['tok'], resultTtlSeconds: 300, enableSimpleResponses: true } },
      routes: [
        { routeKey: 'GET /pets/{id}', integration: { type: 'HTTP_PROXY', uri: 'https://b.example.com/pets/{id}', latencyMs: 20 } },
        { routeKey: 'POST /pets', authorization: 'CUSTOM', authorizer: 'l', integration: { type: 'AWS_PROXY', proxyResult: { statusCode: 201, body: '{}' } } },
        { routeKey: '$default', integration: { type: 'HTTP_PROXY', uri: 'https://b.example.com' } },
      ],
    },
    stage: { name: '$default', throttle: { rateLimit: 5000, burstLimit: 10000 } },
    requests: [{ method: 'GET', path: '/' }],
  }),
);
const req = (method: string, path: string, headers: Record<string, string> = {}): HttpRequest => ({ method, path, headers, query: {}, body: '', sourceIp: '198.51.100.10', iam: 'none' });
const requests = [...Array.from({ length: 8 }, (_, i) => req('GET', `/pets/${i}`)), req('POST', '/pets', { authorization: 'tok' }), req('DELETE', '/x/y')];

const ROUNDS = 7;

function httpPerSecond(): number {
  const n = 500_000;
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const state = createHttpState();
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += simulateHttp(api, requests[i % requests.length]!, state, i >> 3, { trace: false }).response.status;
    if (sink === 0) throw new Error('unreachable');
    rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return median(rates);
}

function bucketLoopPerSecond(): number {
  const n = 5_000_000;
  const rates: number[] = [];
  const limit = { rateLimit: 5000, burstLimit: 10000 };
  for (let round = 0; round < ROUNDS; round++) {
    const buckets = new Map<string, ReturnType<typeof newBucket>>();
    let ok = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const key = requests[i % requests.length]!.path;
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = newBucket(limit, 0)));
      if (take(b, limit, i >> 3)) ok++;
    }
    if (ok === 0) throw new Error('unreachable');
    rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return median(rates);
}

function wsTimelineMs(): number {
  const events: unknown[] = [];
  for (let c = 0; c < 100; c++) events.push({ type: 'connect', connection: `c${c}`, atMs: c });
  for (let i = 0; events.length < 100_000; i++) {
    const c = `c${i % 100}`;
    const atMs = 1000 + i * 10;
    events.push(i % 10 === 9 ? { type: 'post', connection: c, atMs, body: '{"n":1}' } : { type: 'message', connection: c, atMs, body: i % 3 ? '{"action":"send"}' : '{"action":"other"}' });
  }
  const p = parseWsScenario({
    name: 'bench',
    api: { apiType: 'WEBSOCKET', routes: [{ routeKey: '$connect' }, { routeKey: 'send' }, { routeKey: '$default', routeResponse: true, integration: { body: 'ok' } }] },
    events,
  });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t0 = process.hrtime.bigint();
    const r = runWsScenario(p.scenario);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.length < 100_000) throw new Error('short timeline');
  }
  return median(times);
}

export default async function bench(): Promise<BenchRow[]> {
  const rps = httpPerSecond();
  const floor = bucketLoopPerSecond();
  const ws = wsTimelineMs();
  return [
    {
      name: 'HTTP API: untraced requests per second (median of 7)',
      value: rps,
      unit: 'req/s',
      baseline: { name: 'plain token-bucket loop, same requests', value: floor },
      ratio: rps / floor,
      target: '>= 1,000,000 /s (the ratio is shown, not judged)',
      pass: rps >= 1_000_000,
    },
    { name: 'WebSocket API: timeline of 100,000 events, traced (median of 5)', value: ws, unit: 'ms', target: '< 1 s (absolute)', pass: ws < 1000 },
  ];
}

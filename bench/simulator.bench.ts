/** Simulator figures: untraced requests per second, one traced request, a 1,000,000-request runLoad. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad } from '../src/gateway/load.js';
import { createState, makeRequest } from '../src/gateway/model.js';
import { simulate } from '../src/gateway/pipeline.js';
import { loadScenario, parseScenario } from '../src/gateway/scenario.js';
import { median, percentile, type BenchRow } from './lib.js';

const here = dirname(fileURLToPath(import.meta.url));

function load(name: string) {
  const p = parseScenario(readFileSync(join(here, '../content/scenarios', `${name}.json`), 'utf8'));
  if (!p.ok) throw new Error(`${name}: ${JSON.stringify(p.errors)}`);
  return p.scenario;
}

// A config that exercises most stages: key + usage plan + quota, stage throttle, cache with a key parameter.
const busy = parseScenario(
  JSON.stringify({
    name: 'bench',
    api: {
      authorizers: { a: { type: 'TOKEN', allow: ['tok'] } },
      routes: [
        { method: 'GET', path: '/pets/{id}', apiKeyRequired: true, cache: { keyParameters: ['method.request.path.id'] }, integration: { type: 'HTTP_PROXY', latencyMs: 20 } },
        { method: 'POST', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', apiKeyRequired: true, validate: { bodyRequiredFields: ['name'] }, integration: { type: 'AWS_PROXY', status: 201 } },
      ],
    },
    stage: { throttle: { rateLimit: 5000, burstLimit: 10000 }, cache: { enabled: true, ttlSeconds: 60 } },
    apiKeys: Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, value: `bench-key-${i}-0123456789` })),
    usagePlans: [{ name: 'p', apiKeys: Array.from({ length: 10 }, (_, i) => `k${i}`), throttle: { rateLimit: 500, burstLimit: 1000 }, quota: { limit: 1_000_000_000, period: 'MONTH' } }],
    requests: [{ method: 'GET', path: '/pets/1' }],
  }),
);
if (!busy.ok) throw new Error(JSON.stringify(busy.errors));
const config = busy.scenario.config;
const requests = [
  ...Array.from({ length: 10 }, (_, i) => makeRequest({ method: 'GET', path: `/pets/${i % 4}`, headers: { 'x-api-key': `bench-key-${i}-0123456789` } })),
  makeRequest({ method: 'POST', path: '/pets', headers: { 'x-api-key': 'bench-key-3-0123456789', authorization: 'tok' }, body: '{"name":"rex"}' }),
  makeRequest({ method: 'GET', path: '/nope' }),
];

function untracedPerSecond(): number {
  const n = 2_000_000;
  let best = 0;
  for (let round = 0; round < 4; round++) {
    const state = createState();
    const opts = { trace: false } as const;
    let sink = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += simulate(config, requests[i % requests.length]!, state, i >> 2, opts).response.status;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (sink === 0) throw new Error('unreachable');
    best = Math.max(best, n / s);
  }
  return best;
}

function tracedMicros(): number[] {
  const s = load('authorizer-deny-and-cached-allow');
  const samples: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const state = createState();
    const req = s.requests[2]!.request; // allowed token: every stage runs, authorizer invoked
    const t0 = process.hrtime.bigint();
    const r = simulate(s.config, req, state, 0, { trace: true, cardsFor: () => ['deck#card'] });
    const us = Number(process.hrtime.bigint() - t0) / 1e3;
    if (r.trace.length !== 13) throw new Error('expected a full trace');
    if (i >= 500) samples.push(us);
  }
  return samples;
}

/** Version 2: a fully traced request through a request and a response mapping template (VTL). */
async function templateTracedMicros(): Promise<number[]> {
  const p = await loadScenario(readFileSync(join(here, '../content/scenarios/vtl-request-transform.json'), 'utf8'));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  const { config: cfg, requests: reqs } = p.scenario;
  const samples: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const t0 = process.hrtime.bigint();
    const r = simulate(cfg, reqs[0]!.request, createState(), 0, { trace: true, cardsFor: () => ['deck#card'] });
    const us = Number(process.hrtime.bigint() - t0) / 1e3;
    if (r.integrationRequest?.body.includes('"itemCount": 2') !== true) throw new Error('the request template did not run');
    if (i >= 1000) samples.push(us);
  }
  return samples;
}

function loadMillis(): { ms: number; requests: number } {
  let best = Infinity;
  let requests = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    const r = runLoad(config, { ratePerSecond: 10_000, apiKeys: 10, cacheableShare: 0.8, seed: round + 1 }, 100_000);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    requests = r.totals.requests;
  }
  return { ms: best, requests };
}

export default async function bench(): Promise<BenchRow[]> {
  const rps = untracedPerSecond();
  const traced = tracedMicros();
  const med = median(traced);
  const p95 = percentile(traced, 95);
  const lr = loadMillis();
  const tpl = percentile(await templateTracedMicros(), 95);
  return [
    { name: 'simulator: untraced requests per second', value: rps, unit: 'req/s', target: '>= 1,000,000 /s', pass: rps >= 1_000_000 },
    { name: 'simulator: one fully traced request, median', value: med, unit: 'us', target: '< 1 ms', pass: med < 1000 },
    { name: 'simulator: one fully traced request, p95', value: p95, unit: 'us', target: '< 1 ms', pass: p95 < 1000 },
    { name: 'simulator: traced request through mapping templates, p95', value: tpl, unit: 'us', target: '<= 100 us', pass: tpl <= 100 },
    { name: `simulator: runLoad of ${lr.requests.toLocaleString('en-US')} requests`, value: lr.ms, unit: 'ms', target: '< 2 s', pass: lr.ms < 2000 && lr.requests === 1_000_000 },
  ];
}

/**
 * Questions the simulator writes: a small generated configuration and a request (or a burst),
 * and a question about what happens. The correct answer is what the engine computes; wrong
 * choices are real answers that apply to other requests or settings. Seeded: the same seed
 * and kind give the same question, so a question can be reproduced (its id names both).
 * Pure: no React, no I/O.
 */
import { cloneState, createState, makeRequest, type GatewayState, type SimulateResult, type StageName, type TraceEntry } from './model.js';
import { simulate } from './pipeline.js';
import { parseScenario, type Scenario } from './scenario.js';
import { mulberry32, type Rand } from './random.js';

export type QuestionKind = 'status' | 'stage' | 'burst' | 'next-pass';
export const QUESTION_KINDS: readonly QuestionKind[] = ['status', 'stage', 'burst', 'next-pass'];

/** The topic generated questions are filed under (a quiz can filter on it like a deck topic). */
export const SIM_TOPIC = 'Simulator';

export interface GeneratedChoice {
  text: string;
  correct: boolean;
}

export interface GeneratedQuestion {
  /** `sim:<kind>:<seed>`: enough to generate the same question again (`questionFromId`). */
  id: string;
  kind: QuestionKind;
  seed: number;
  topic: string;
  title: string;
  /** Markdown: the configuration, the request(s) and the question. */
  prompt: string;
  /** Exactly one is correct; texts are distinct. */
  choices: GeneratedChoice[];
  /** Markdown: the simulator's trace that decides the answer. */
  explanation: string;
  /** The scenario file (SCENARIOS.md schema) with the request(s) asked about, for "open in simulator". */
  scenarioJson: string;
  sources: string[];
}

// ---------------------------------------------------------------- seeded randomness

/** Seeded randomness for questions and quizzes (mulberry32). */
export const rng = mulberry32;
export type { Rand };
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

/** Fisher-Yates with a seeded generator; returns a new array. */
export function shuffle<T>(r: Rand, xs: readonly T[]): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------- scenario building

type Json = Record<string, unknown>;

const KEY_VALUE = 'key-one-0123456789abcdef';
const DENIED_IP = '203.0.113.7';
const CLIENT_IP = '198.51.100.10';

interface Built {
  json: Json;
  /** Bullet lines describing the configuration in plain words. */
  config: string[];
  /** The stages this configuration turns on (plausible wrong answers for "which stage"). */
  active: StageName[];
}

interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  sourceIp?: string;
  iam?: string;
}

/** A one-method API with a random mix of the features that can stop a request. */
function buildSingle(r: Rand): { built: Built; request: RequestSpec; describe: string } {
  const config: string[] = [];
  const active: StageName[] = ['route', 'integration'];
  const orders = chance(r, 0.5);
  const routePath = orders ? '/orders/{id}' : '/pets';
  const method = pick(r, ['GET', 'GET', 'POST'] as const);
  const route: Json = { method, path: routePath };
  const api: Json = { routes: [route] };
  const json: Json = { name: 'generated', api };
  const req: RequestSpec = { method, path: orders ? '/orders/42' : '/pets', headers: {}, query: {} };
  config.push(`One method: **${method} ${routePath}**, deployed to stage prod.`);

  // route: a wrong path or method sometimes
  const routeFault = r();
  if (routeFault < 0.08) req.path = orders ? '/order/42' : '/pet';
  else if (routeFault < 0.14) req.method = method === 'GET' ? 'DELETE' : 'GET';

  if (chance(r, 0.2)) {
    api.resourcePolicy = { denySourceIps: [DENIED_IP] };
    config.push(`Resource policy: Deny for aws:SourceIp ${DENIED_IP}.`);
    active.push('resourcePolicy');
    req.sourceIp = chance(r, 0.5) ? DENIED_IP : CLIENT_IP;
  }

  const auth = r();
  if (auth < 0.4) {
    api.authorizers = {
      tokenAuth: { type: 'TOKEN', resultTtlSeconds: 300, allow: ['allow-token'], deny: ['deny-token'], unauthorized: ['bad-token'], error: ['crash-token'] },
    };
    route.authorization = 'CUSTOM';
    route.authorizer = 'tokenAuth';
    config.push(
      'Lambda TOKEN authorizer on the Authorization header: it returns Allow for `allow-token`, an explicit Deny for `deny-token`, ' +
        'fails with "Unauthorized" for `bad-token` and throws for `crash-token`.',
    );
    active.push('auth');
    const token = pick(r, ['allow-token', 'allow-token', 'allow-token', 'deny-token', 'bad-token', 'crash-token', '']);
    if (token) req.headers.Authorization = token;
  } else if (auth < 0.55) {
    route.authorization = 'AWS_IAM';
    config.push('Authorization: AWS_IAM (the caller signs with SigV4).');
    active.push('auth');
    req.iam = pick(r, ['signed-allowed', 'signed-allowed', 'signed-denied', 'bad-signature', 'none']);
  }

  if (chance(r, 0.4)) {
    route.apiKeyRequired = true;
    json.apiKeys = [{ id: 'k1', value: KEY_VALUE }];
    const plan: Json = { name: 'basic', apiKeys: ['k1'] };
    json.usagePlans = [plan];
    config.push(`API key required; key k1 (\`${KEY_VALUE}\`) is in usage plan "basic" on stage prod.`);
    active.push('apiKey');
    const k = r();
    if (k < 0.65) req.headers['x-api-key'] = KEY_VALUE;
    else if (k < 0.82) req.headers['x-api-key'] = 'not-a-real-key-000000000';
  }

  if (chance(r, 0.3)) {
    const header = chance(r, 0.5);
    route.validate = header ? { requiredHeaders: ['x-request-id'], requiredQuery: [] } : { requiredHeaders: [], requiredQuery: ['type'] };
    config.push(`Request validator: ${header ? 'header x-request-id' : 'query string parameter type'} is required.`);
    active.push('validation');
    if (chance(r, 0.6)) {
      if (header) req.headers['x-request-id'] = 'r-1';
      else req.query.type = 'admin';
    }
  }

  const integ = r();
  let integration: Json;
  if (integ < 0.35) {
    integration = { type: 'MOCK', body: '{"ok":true}' };
    config.push('Integration: MOCK, answers 200.');
  } else if (integ < 0.7) {
    const fail = pick(r, [undefined, undefined, 'error', 'malformed', 'timeout'] as const);
    integration = { type: 'AWS_PROXY', body: '{"ok":true}', ...(fail ? { fail } : {}) };
    const what =
      fail === 'error' ? 'the function throws an error' : fail === 'malformed' ? 'the function returns a string instead of a proxy response object'
      : fail === 'timeout' ? 'the function runs for more than 29 seconds' : 'the function returns statusCode 200';
    config.push(`Integration: Lambda proxy (AWS_PROXY); ${what}.`);
  } else {
    const f = r();
    if (f < 0.2) {
      integration = { type: 'HTTP_PROXY', latencyMs: 5000, timeoutMs: 3000 };
      config.push('Integration: HTTP_PROXY with a 3,000 ms timeout; the backend takes 5 seconds.');
    } else if (f < 0.35) {
      integration = { type: 'HTTP_PROXY', fail: 'unreachable' };
      config.push('Integration: HTTP_PROXY to a backend that refuses the connection.');
    } else if (f < 0.55) {
      const status = pick(r, [404, 500, 503]);
      integration = { type: 'HTTP_PROXY', status, body: '{"error":"backend"}' };
      config.push(`Integration: HTTP_PROXY; the backend answers ${status}.`);
    } else {
      integration = { type: 'HTTP_PROXY', latencyMs: 40, body: '[]' };
      config.push('Integration: HTTP_PROXY; the backend answers 200 in 40 ms.');
    }
  }
  route.integration = integration;

  const describe = describeRequest(req);
  return { built: { json, config, active }, request: req, describe };
}

function describeRequest(req: RequestSpec): string {
  const parts: string[] = [];
  const qs = Object.entries(req.query).map(([k, v]) => `${k}=${v}`).join('&');
  const h = Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`);
  parts.push(`**${req.method} ${req.path}${qs ? `?${qs}` : ''}**`);
  parts.push(h.length ? `headers ${h.map((x) => `\`${x}\``).join(', ')}` : 'no headers');
  if (req.sourceIp) parts.push(`from ${req.sourceIp}`);
  if (req.iam) {
    const iam: Record<string, string> = {
      'signed-allowed': 'signed by a role whose policy allows execute-api:Invoke',
      'signed-denied': 'signed by a role with no execute-api:Invoke permission',
      'bad-signature': 'with a SigV4 signature made with the wrong secret key',
      none: 'unsigned',
    };
    parts.push(iam[req.iam]!);
  }
  return parts.join(', ');
}

function toRequestJson(req: RequestSpec, extra: Json = {}): Json {
  const out: Json = { method: req.method, path: req.path, ...extra };
  if (Object.keys(req.headers).length) out.headers = req.headers;
  if (Object.keys(req.query).length) out.query = req.query;
  if (req.sourceIp) out.sourceIp = req.sourceIp;
  if (req.iam) out.iam = req.iam;
  return out;
}

function parse(json: Json): Scenario {
  const p = parseScenario(JSON.stringify(json));
  if (!p.ok) throw new Error(`generated scenario is invalid: ${JSON.stringify(p.errors)}`);
  return p.scenario;
}

// ---------------------------------------------------------------- explanations

const OUTCOME_WORD: Record<string, string> = { pass: 'pass', stop: 'STOP', skip: 'skip' };

export function traceLines(trace: readonly TraceEntry[]): string[] {
  return trace.map((t) => `- **${t.stage}** ${OUTCOME_WORD[t.outcome]}: ${t.reason}`);
}

function resultLine(r: SimulateResult): string {
  if (r.stoppedAt === null) return `The backend's answer reaches the client: **${r.response.status}**.`;
  return `API Gateway answers **${r.response.status}**${r.errorType ? ` (${r.errorType})` : ''}, stopped at **${r.stoppedAt}**.`;
}

// ---------------------------------------------------------------- choices

/** Correct first, then distinct distractors (never equal to the correct text), up to `n` in all. */
function choicesOf(correct: string, distractors: readonly string[], n: number): GeneratedChoice[] {
  const out: GeneratedChoice[] = [{ text: correct, correct: true }];
  const seen = new Set([correct]);
  for (const d of distractors) {
    if (out.length >= n) break;
    if (seen.has(d)) continue;
    seen.add(d);
    out.push({ text: d, correct: false });
  }
  return out;
}

const STATUS_TEXT: Record<number, string> = {
  200: '200 OK',
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  413: '413 Payload Too Large',
  429: '429 Too Many Requests',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
};
const statusText = (s: number) => STATUS_TEXT[s] ?? String(s);

/** The status each active stage gives when it stops a request: real codes that apply elsewhere. */
const STAGE_STATUSES: Partial<Record<StageName, number[]>> = {
  route: [403, 404],
  resourcePolicy: [403],
  auth: [401, 403, 500],
  apiKey: [403],
  throttle: [429],
  quota: [429],
  validation: [400],
  integration: [500, 502, 504],
};

export const STAGE_LABELS: Record<StageName, string> = {
  route: 'route: matching the method and path',
  resourcePolicy: 'resourcePolicy: the API resource policy',
  auth: 'auth: the authorizer or IAM check',
  apiKey: 'apiKey: the API key check',
  throttle: 'throttle: the token buckets',
  quota: 'quota: the usage-plan quota',
  validation: 'validation: the request validator',
  cache: 'cache: the stage cache',
  integration: 'integration: calling the backend',
  response: 'response: mapping the backend answer',
};
const NOT_STOPPED = 'None: the request reaches the backend and its answer is returned';

// ---------------------------------------------------------------- the four kinds

function singleRun(seed: number) {
  const r = rng(seed);
  const { built, request, describe } = buildSingle(r);
  const json = { ...built.json, requests: [toRequestJson(request, { atMs: 0 })] };
  const sc = parse(json);
  const result = simulate(sc.config, sc.requests[0]!.request, createState(), 0, { trace: true });
  return { r, built, describe, json, result };
}

function statusQuestion(seed: number): GeneratedQuestion {
  const { r, built, describe, json, result } = singleRun(seed);
  const status = result.response.status;
  const pool = new Set<number>();
  for (const st of built.active) for (const s of STAGE_STATUSES[st] ?? []) pool.add(s);
  for (const s of [200, 403, 429, 500, 502, 401]) pool.add(s);
  pool.delete(status);
  const distractors = shuffle(r, [...pool]).map(statusText);
  const prompt = [
    ...built.config.map((l) => `- ${l}`),
    '',
    `The client sends ${describe}.`,
    '',
    '**What status does the client get?**',
  ].join('\n');
  return {
    id: `sim:status:${seed}`,
    kind: 'status',
    seed,
    topic: SIM_TOPIC,
    title: 'What status does the client get?',
    prompt,
    choices: choicesOf(statusText(status), distractors, 4),
    explanation: ['The simulator runs the request stage by stage:', '', ...traceLines(result.trace), '', resultLine(result)].join('\n'),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html'],
  };
}

function stageQuestion(seed: number): GeneratedQuestion {
  const { r, built, describe, json, result } = singleRun(seed);
  const label = (s: StageName | null) => (s === null ? NOT_STOPPED : STAGE_LABELS[s]);
  const correct = label(result.stoppedAt);
  const others: string[] = shuffle(r, built.active.filter((s) => s !== result.stoppedAt)).map(label);
  const extra = shuffle(r, ['route', 'auth', 'apiKey', 'throttle', 'validation', 'integration'] as StageName[]).map(label);
  const distractors = [...others, ...(result.stoppedAt === null ? [] : [NOT_STOPPED]), ...extra];
  const prompt = [
    ...built.config.map((l) => `- ${l}`),
    '',
    `The client sends ${describe}.`,
    '',
    '**Which stage stops it?**',
  ].join('\n');
  return {
    id: `sim:stage:${seed}`,
    kind: 'stage',
    seed,
    topic: SIM_TOPIC,
    title: 'Which stage stops the request?',
    prompt,
    choices: choicesOf(correct, shuffle(r, distractors.slice(0, 3)).concat(distractors.slice(3)), 4),
    explanation: ['The simulator runs the request stage by stage:', '', ...traceLines(result.trace), '', resultLine(result)].join('\n'),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}

interface Limits {
  json: Json;
  config: string[];
  /** Every number a reader might mistake for the answer. */
  numbers: number[];
  request: Json;
  /** Limits that refill (for the next-pass question: no quota there). */
  rates: number[];
  bursts: number[];
}

/** Throttle settings at one to three levels (and sometimes a quota) over one GET method. */
function buildLimits(r: Rand, withQuota: boolean): Limits {
  const route: Json = { method: 'GET', path: '/orders', integration: { type: 'MOCK', body: '[]' } };
  const json: Json = { name: 'generated', api: { routes: [route] } };
  const config: string[] = ['One method: **GET /orders** (MOCK integration, answers 200), stage prod.'];
  const numbers: number[] = [];
  const rates: number[] = [];
  const bursts: number[] = [];
  const request: Json = { method: 'GET', path: '/orders' };
  const lim = () => {
    const rate = pick(r, [1, 2, 4, 5, 10]);
    const burst = pick(r, [2, 3, 4, 5, 6, 8, 10, 12]);
    rates.push(rate);
    bursts.push(burst);
    numbers.push(rate, burst);
    return { rateLimit: rate, burstLimit: burst };
  };
  const levels = shuffle(r, ['stage', 'method', 'plan', 'account']).slice(0, 1 + Math.floor(r() * 2));
  if (!levels.includes('stage') && !levels.includes('method')) levels.push('method');
  for (const level of levels) {
    const l = lim();
    const words = `rate ${l.rateLimit} requests per second, burst ${l.burstLimit}`;
    if (level === 'stage') {
      json.stage = { throttle: l };
      config.push(`Stage default throttle: ${words}.`);
    } else if (level === 'method') {
      route.throttle = l;
      config.push(`Stage per-method throttle for GET /orders: ${words}.`);
    } else if (level === 'account') {
      json.account = l;
      config.push(`Account throttle (per Region), lowered for this exercise: ${words}.`);
    } else {
      route.apiKeyRequired = true;
      json.apiKeys = [{ id: 'k1', value: KEY_VALUE }];
      json.usagePlans = [{ name: 'basic', apiKeys: ['k1'], throttle: l }];
      config.push(`API key required; usage plan "basic" (key k1) throttles each client at ${words}.`);
      request.headers = { 'x-api-key': KEY_VALUE };
    }
  }
  if (withQuota && route.apiKeyRequired && chance(r, 0.5)) {
    const limit = pick(r, [3, 4, 5, 7]);
    (json.usagePlans as Json[])[0]!.quota = { limit, period: 'DAY' };
    config.push(`The plan's quota: ${limit} requests per DAY.`);
    numbers.push(limit);
  }
  if (json.stage && route.throttle) {
    // both set: the method override replaces the stage default for this method
    numbers.push(((json.stage as Json).throttle as { burstLimit: number }).burstLimit);
  }
  return { json, config, numbers, request, rates, bursts };
}

function runAll(json: Json) {
  const sc = parse(json);
  const state = createState();
  const results = sc.requests.map(({ atMs, request }) => simulate(sc.config, request, state, atMs, { trace: true }));
  return { sc, state, results };
}

/** "Requests 1-5: 200 ...; 6-8: 429 ..." with the trace of the first request of each run. */
function burstExplanation(results: readonly SimulateResult[]): string {
  const lines: string[] = ['The simulator runs the requests in order:'];
  let i = 0;
  while (i < results.length) {
    const a = results[i]!;
    let j = i;
    while (j + 1 < results.length && results[j + 1]!.response.status === a.response.status && results[j + 1]!.stoppedAt === a.stoppedAt) j++;
    const range = i === j ? `Request ${i + 1}` : `Requests ${i + 1}-${j + 1}`;
    const decisive = a.trace.find((t) => t.outcome === 'stop') ?? a.trace.find((t) => t.stage === 'throttle');
    lines.push('', `${range}: **${a.response.status}**${a.stoppedAt ? ` (stopped at ${a.stoppedAt})` : ''}`);
    if (decisive) lines.push(`- **${decisive.stage}** ${OUTCOME_WORD[decisive.outcome]}: ${decisive.reason}`);
    i = j + 1;
  }
  return lines.join('\n');
}

function numberChoices(r: Rand, correct: number, candidates: readonly number[], max: number, n: number): GeneratedChoice[] {
  const pool = new Set<number>();
  for (const c of candidates) if (c >= 0 && c <= max) pool.add(c);
  for (const d of [1, -1, 2, -2, 3, -3, 4, 5]) if (correct + d >= 0 && correct + d <= max) pool.add(correct + d);
  pool.delete(correct);
  const near = [...pool].sort((a, b) => Math.abs(a - correct) - Math.abs(b - correct));
  const named = shuffle(r, candidates.filter((c) => pool.has(c)));
  return choicesOf(String(correct), [...named, ...near].map(String), n);
}

function burstQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const lim = buildLimits(r, true);
  const n = pick(r, [10, 12, 15, 20]);
  const json = { ...lim.json, requests: [{ ...lim.request, atMs: 0, repeat: n }] };
  const { results } = runAll(json);
  const ok = results.filter((x) => x.response.status === 200).length;
  const prompt = [...lim.config.map((l) => `- ${l}`), '', `A client sends **${n} requests at t=0** (all at the same instant).`, '', `**How many of these ${n} requests succeed?**`].join('\n');
  return {
    id: `sim:burst:${seed}`,
    kind: 'burst',
    seed,
    topic: SIM_TOPIC,
    title: `How many of ${n} requests at t=0 succeed?`,
    prompt,
    choices: numberChoices(r, ok, [n, ...lim.numbers, Math.max(...lim.bursts), lim.bursts.reduce((a, b) => a + b, 0)], n, 4),
    explanation: burstExplanation(results),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}

/** The first instant (ms, at or after `fromMs`) at which one more request passes, found by running the engine. */
export function nextPassMs(scenario: Scenario, state: GatewayState, fromMs: number, limitMs = 3_600_000): number | null {
  const req = scenario.requests[scenario.requests.length - 1]!.request;
  const passes = (t: number) => simulate(scenario.config, makeRequest(req), cloneState(state), t, { trace: false }).response.status === 200;
  if (passes(fromMs)) return fromMs;
  if (!passes(fromMs + limitMs)) return null;
  let lo = fromMs; // fails
  let hi = fromMs + limitMs; // passes
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export const formatSeconds = (ms: number): string => `${Math.round(ms) / 1000} s`;

function nextPassQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const lim = buildLimits(r, false);
  const n = Math.max(...lim.bursts) + pick(r, [1, 2, 3]);
  const json = { ...lim.json, requests: [{ ...lim.request, atMs: 0, repeat: n }] };
  const { sc, state, results } = runAll(json);
  const ms = nextPassMs(sc, state, 0);
  if (ms === null) throw new Error('generated limits never refill');
  const correct = formatSeconds(ms);
  const candidates = new Set<number>();
  for (const rate of lim.rates) candidates.add(1000 / rate);
  for (let i = 0; i < lim.rates.length; i++) candidates.add((lim.bursts[i]! * 1000) / lim.rates[i]!);
  for (const x of [0, 1000, 500, 2000, 60_000]) candidates.add(x);
  const distractors = shuffle(r, [...candidates].map(formatSeconds));
  const prompt = [
    ...lim.config.map((l) => `- ${l}`),
    '',
    `A client sends **${n} requests at t=0**; the last ones get 429. It then waits.`,
    '',
    '**After how many seconds will its next request pass?**',
  ].join('\n');
  const last = results[results.length - 1]!;
  const explanation = [
    burstExplanation(results),
    '',
    `Buckets refill continuously at their rate. Trying the request again at later instants, the first that passes is t = ${correct}.`,
    ...(last.stoppedAt ? [] : ['']),
  ].join('\n');
  return {
    id: `sim:next-pass:${seed}`,
    kind: 'next-pass',
    seed,
    topic: SIM_TOPIC,
    title: 'After how many seconds will the next request pass?',
    prompt,
    choices: choicesOf(correct, distractors, 4),
    explanation: explanation.trimEnd(),
    scenarioJson: JSON.stringify({ ...json, requests: [...(json.requests as Json[]), { ...lim.request, atMs: ms }] }, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}

const MAKERS: Record<QuestionKind, (seed: number) => GeneratedQuestion> = {
  status: statusQuestion,
  stage: stageQuestion,
  burst: burstQuestion,
  'next-pass': nextPassQuestion,
};

/** One question of a kind from a seed (the same seed gives the same question). */
export function generateQuestion(kind: QuestionKind, seed: number): GeneratedQuestion {
  return MAKERS[kind](seed >>> 0);
}

/** `count` questions from a seed, kinds in turn. */
export function generateQuestions(count: number, seed: number): GeneratedQuestion[] {
  const r = rng(seed);
  const out: GeneratedQuestion[] = [];
  const kinds = shuffle(r, QUESTION_KINDS);
  for (let i = 0; i < count; i++) out.push(generateQuestion(kinds[i % kinds.length]!, Math.floor(r() * 2 ** 32)));
  return out;
}

/** Rebuilds a generated question from its id (`sim:<kind>:<seed>`); null when the id is not one. */
export function questionFromId(id: string): GeneratedQuestion | null {
  const m = /^sim:(status|stage|burst|next-pass):(\d+)$/.exec(id);
  return m ? generateQuestion(m[1] as QuestionKind, Number(m[2])) : null;
}

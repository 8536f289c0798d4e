/** Small generated configurations and requests for the simulator's questions (seeded). */
import { createState, type StageName } from '../model.js';
import { simulate } from '../pipeline.js';
import { parseScenario, type Scenario } from '../scenario.js';
import { chance, pick, shuffle, type Rand } from '../random.js';

export type Json = Record<string, unknown>;

export const KEY_VALUE = 'key-one-0123456789abcdef';
export const DENIED_IP = '203.0.113.7';
export const CLIENT_IP = '198.51.100.10';

export interface Built {
  json: Json;
  /** Bullet lines describing the configuration in plain words. */
  config: string[];
  /** The stages this configuration turns on (plausible wrong answers for "which stage"). */
  active: StageName[];
}

export interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  sourceIp?: string;
  iam?: string;
}

/** A one-method API with a random mix of the features that can stop a request. */
export function buildSingle(r: Rand): { built: Built; request: RequestSpec; describe: string } {
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

export function describeRequest(req: RequestSpec): string {
  const parts: string[] = [];
  const qs = Object.entries(req.query).map(([k, v]) => `${k}=${v}`).join('&');
  const h = Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`);
  parts.push(`**${req.method} ${req.path}${qs ? `?${qs}` : ''}**`);
  // a SigV4 signature travels in the Authorization header, so a signed request is never "no headers"
  const signed = req.iam !== undefined && req.iam !== 'none';
  const sig = 'the SigV4 `Authorization` header';
  if (h.length) parts.push(`headers ${h.map((x) => `\`${x}\``).join(', ')}${signed ? ` and ${sig}` : ''}`);
  else parts.push(signed ? `no headers but ${sig}` : 'no headers');
  if (req.sourceIp) parts.push(`from ${req.sourceIp}`);
  if (req.iam) {
    const iam: Record<string, string> = {
      'signed-allowed': 'signed by a role whose policy allows execute-api:Invoke',
      'signed-denied': 'signed by a role with no execute-api:Invoke permission',
      'bad-signature': 'signed with the wrong secret key, so the signature does not match',
      none: 'unsigned',
    };
    parts.push(iam[req.iam]!);
  }
  return parts.join(', ');
}

export function toRequestJson(req: RequestSpec, extra: Json = {}): Json {
  const out: Json = { method: req.method, path: req.path, ...extra };
  if (Object.keys(req.headers).length) out.headers = req.headers;
  if (Object.keys(req.query).length) out.query = req.query;
  if (req.sourceIp) out.sourceIp = req.sourceIp;
  if (req.iam) out.iam = req.iam;
  return out;
}

export function parse(json: Json): Scenario {
  const p = parseScenario(JSON.stringify(json));
  if (!p.ok) throw new Error(`generated scenario is invalid: ${JSON.stringify(p.errors)}`);
  return p.scenario;
}

export interface Limits {
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
export function buildLimits(r: Rand, withQuota: boolean): Limits {
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
    const words = `rate ${l.rateLimit} request${l.rateLimit === 1 ? '' : 's'} per second, burst ${l.burstLimit}`;
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

export function runAll(json: Json) {
  const sc = parse(json);
  const state = createState();
  const results = sc.requests.map(({ atMs, request }) => simulate(sc.config, request, state, atMs, { trace: true }));
  return { sc, state, results };
}

/**
 * Questions from the other two API types, answered by their own pipelines: what an HTTP API
 * answers where a REST learner expects something else (404 not 403, 503 not 504, no API keys,
 * built-in CORS, JWT scopes, payload formats), and what happens on a WebSocket connection
 * (routing by action, idle timeout and 410, size limits, $connect authorization, one-way and
 * two-way routes). Wrong choices are the REST answers and other real outcomes, worded alike.
 * HTTP: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html
 * WebSocket: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html
 */
import { parseHttpScenario, runHttpScenario } from '../http/scenario.js';
import { encodeJwt } from '../jwt.js';
import { mulberry32 as rng, pick, shuffle, type Rand } from '../random.js';
import { parseWsScenario, runWsScenario } from '../websocket/scenario.js';
import type { WsResult } from '../websocket/timeline.js';
import { SIM_TOPIC, type GeneratedQuestion } from './model.js';
import { choicesOf } from './wording.js';

type Json = Record<string, unknown>;
const D = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';

/** HTTP API outcomes, each as specific as the others. */
export const HTTP_OUTCOMES = {
  ok: '200 OK from the integration: a route matches and the backend answers',
  notFound: '404 Not Found from routing: no route and no $default route take it',
  restRoute: '403 Forbidden from routing: Missing Authentication Token, as in REST',
  noToken: '401 Unauthorized from the auth stage: the request carries no token',
  badToken: '401 Unauthorized from the auth stage: the JWT has already expired',
  scope: "403 Forbidden from the auth stage: the token lacks the route's scope",
  timeout: '503 Service Unavailable from the integration: no answer within 30 s',
  restTimeout: '504 Gateway Timeout from the integration: the 29-second limit passed',
  badOutput: '500 Internal Server Error from the response: invalid Lambda output',
  threw: '500 Internal Server Error from the integration: the function threw',
  throttled: '429 Too Many Requests from the throttle: the stage bucket is empty',
  apiKey: '403 Forbidden from the API key check: no usage plan holds this key',
  preflight: '204 No Content from CORS: the gateway answers the preflight itself',
  preflightAuth: '401 Unauthorized from the auth stage: $default catches the preflight',
} as const;
type HttpKey = keyof typeof HTTP_OUTCOMES;

/** The outcome an HTTP API result shows, read from the engine's status and stage. */
export function httpOutcomeKey(r: { status: number; stoppedAt: string | null; method: string; trace: Array<{ stage: string; reason: string }> }): HttpKey {
  const why = r.trace.find((t) => t.stage === r.stoppedAt)?.reason ?? '';
  if (r.stoppedAt === null) return 'ok';
  if (r.stoppedAt === 'route') return 'notFound';
  if (r.stoppedAt === 'cors') return 'preflight';
  if (r.stoppedAt === 'throttle') return 'throttled';
  if (r.stoppedAt === 'integration') return r.status === 503 ? 'timeout' : 'threw';
  if (r.stoppedAt === 'response') return 'badOutput';
  if (r.status === 403) return 'scope';
  if (r.method === 'OPTIONS') return 'preflightAuth';
  return why.includes('no token') ? 'noToken' : 'badToken';
}

const ISS = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example';
const lambda = (extra: Json = {}) => ({ type: 'AWS_PROXY', proxyResult: { statusCode: 200, body: '[]' }, ...extra });

interface HttpCase {
  lines: string[];
  json: Json;
  /** REST answers and other outcomes a learner might pick. */
  others: HttpKey[];
}

const HTTP_CASES: Array<(r: Rand) => HttpCase> = [
  (r) => {
    const [method, path] = pick(r, [['GET', '/orders'], ['DELETE', '/orders/7'], ['GET', '/orders/7']] as const);
    return {
      lines: ['- One route: **GET /orders/{id}** (HTTP proxy), no `$default` route.', `- The client sends **${method} ${path}**.`],
      json: { api: { routes: [{ routeKey: 'GET /orders/{id}', integration: { type: 'HTTP_PROXY', uri: 'https://backend.example.com/orders/{id}' } }] }, requests: [{ method, path }] },
      others: ['restRoute', 'ok', 'notFound', 'noToken'],
    };
  },
  (r) => {
    const latency = pick(r, [12_000, 29_500, 35_000]);
    return {
      lines: ['- One route: **GET /report** with a Lambda proxy integration, timeout 30 s.', `- The function takes **${latency / 1000} s** to answer.`],
      json: { api: { routes: [{ routeKey: 'GET /report', integration: lambda({ latencyMs: latency }) }] }, requests: [{ method: 'GET', path: '/report' }] },
      others: ['restTimeout', 'timeout', 'ok', 'threw'],
    };
  },
  (r) => {
    const token = pick(r, ['none', 'expired', 'scope', 'good'] as const);
    const claims = { iss: ISS, client_id: 'app', exp: token === 'expired' ? 60 : 7200, scope: token === 'scope' ? 'orders/write' : 'orders/read' };
    const headers = token === 'none' ? {} : { authorization: `Bearer ${encodeJwt(claims, 'key-1')}` };
    const words = { none: 'no Authorization header', expired: 'a token whose exp was 60 s after the start', scope: 'a valid token with scope orders/write', good: 'a valid token with scope orders/read' }[token];
    return {
      lines: ['- **GET /orders** uses a JWT authorizer (issuer = the user pool, audience = the app client) and needs scope **orders/read**.', `- At t = 5 minutes the client sends ${words}.`],
      json: {
        api: { authorizers: { pool: { type: 'JWT', issuer: ISS, audience: ['app'] } }, routes: [{ routeKey: 'GET /orders', authorization: 'JWT', authorizer: 'pool', authorizationScopes: ['orders/read'], integration: lambda() }] },
        requests: [{ atMs: 300_000, method: 'GET', path: '/orders', headers }],
      },
      others: ['noToken', 'badToken', 'scope', 'ok'],
    };
  },
  (r) => {
    const fixed = r() < 0.5;
    const routes: Json[] = [{ routeKey: '$default', authorization: 'JWT', authorizer: 'pool', integration: { type: 'HTTP_PROXY', uri: 'https://backend.example.com' } }];
    if (fixed) routes.unshift({ routeKey: 'OPTIONS /{proxy+}', integration: { type: 'HTTP_PROXY', uri: 'https://backend.example.com' } });
    return {
      lines: [
        '- Built-in CORS allows https://app.example.com, methods GET and POST.',
        `- Routes: ${fixed ? '**OPTIONS /{proxy+}** without authorization, and ' : ''}**$default** with a JWT authorizer.`,
        '- The browser sends a preflight: OPTIONS /orders with Origin and Access-Control-Request-Method: POST, no token.',
      ],
      json: {
        api: { authorizers: { pool: { type: 'JWT', issuer: ISS, audience: ['app'] } }, cors: { allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'POST'] }, routes },
        requests: [{ method: 'OPTIONS', path: '/orders', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' } }],
      },
      others: ['preflight', 'preflightAuth', 'restRoute', 'ok'],
    };
  },
  (r) => {
    const [version, returns] = pick(r, [['2.0', 'plain'], ['1.0', 'plain'], ['2.0', 'throws'], ['1.0', 'proxy']] as const);
    const integ = returns === 'throws' ? { type: 'AWS_PROXY', payloadFormatVersion: version, fail: 'error' } : { type: 'AWS_PROXY', payloadFormatVersion: version, proxyResult: returns === 'plain' ? { items: [1, 2] } : { statusCode: 200, body: '{"items":[1,2]}' } };
    const words = { plain: 'returns `{"items":[1,2]}` (no statusCode)', proxy: 'returns `{"statusCode":200,"body":"{\\"items\\":[1,2]}"}`', throws: 'throws an unhandled error' }[returns];
    return {
      lines: [`- **GET /items** calls a Lambda function with payload format **${version}**.`, `- The function ${words}.`],
      json: { api: { routes: [{ routeKey: 'GET /items', integration: integ }] }, requests: [{ method: 'GET', path: '/items' }] },
      others: ['ok', 'badOutput', 'threw', 'restTimeout'],
    };
  },
  (r) => {
    const key = r() < 0.5;
    return {
      lines: ['- **GET /catalog**, no authorization, HTTP proxy integration.', `- The client sends it ${key ? 'with an x-api-key header it made up' : 'without any x-api-key header'}.`],
      json: { api: { routes: [{ routeKey: 'GET /catalog', integration: { type: 'HTTP_PROXY', uri: 'https://backend.example.com/catalog' } }] }, requests: [{ method: 'GET', path: '/catalog', headers: key ? { 'x-api-key': 'made-up-key-0123456789' } : {} }] },
      others: ['apiKey', 'ok', 'noToken', 'restRoute'],
    };
  },
  (r) => {
    const burst = pick(r, [2, 3, 5]);
    const n = burst + pick(r, [-1, 0, 1]);
    return {
      lines: [`- The **$default stage** throttles every route at rate 1 per second, burst **${burst}**.`, `- A client sends **${n} requests to GET /ping at the same instant**; what does the last one get?`],
      json: { api: { routes: [{ routeKey: 'GET /ping', integration: { type: 'HTTP_PROXY', uri: 'https://backend.example.com/ping' } }] }, stage: { name: '$default', throttle: { rateLimit: 1, burstLimit: burst } }, requests: [{ method: 'GET', path: '/ping', repeat: n }] },
      others: ['throttled', 'ok', 'apiKey', 'timeout'],
    };
  },
];

/**
 * The right text and three wrong ones: the case's own plausible answers first (the REST answer a
 * learner carries over, the neighbouring outcomes), and the right one never standing out by length.
 */
function balanced(r: Rand, right: string, likely: string[], pool: string[]): ReturnType<typeof choicesOf> {
  const first = shuffle(r, [...new Set(likely)].filter((t) => t !== right));
  const rest = shuffle(r, [...new Set(pool)].filter((t) => t !== right && !first.includes(t)));
  const chosen = [...first, ...rest].slice(0, 3);
  // when the right text would be strictly the longest, let a longer wrong one in if there is one
  if (chosen.every((t) => t.length < right.length)) {
    const longer = rest.find((t) => t.length >= right.length && !chosen.includes(t));
    if (longer) chosen[chosen.length - 1] = longer;
  }
  return shuffle(r, choicesOf(right, chosen, 4));
}

export function httpQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const c = pick(r, HTTP_CASES)(r);
  const json = { name: 'generated-http', ...c.json, api: { apiType: 'HTTP', ...(c.json.api as Json) } };
  const p = parseHttpScenario(json);
  if (!p.ok) throw new Error(`generated HTTP scenario is invalid: ${JSON.stringify(p.errors)}`);
  const results = runHttpScenario(p.scenario);
  const last = results[results.length - 1]!;
  const right = HTTP_OUTCOMES[httpOutcomeKey(last)];
  const likely = c.others.map((k) => HTTP_OUTCOMES[k]);
  return {
    id: `sim:http:${seed}`,
    kind: 'http',
    seed,
    topic: SIM_TOPIC,
    title: 'What does this HTTP API answer?',
    prompt: ['An **HTTP API** (not a REST API):', '', ...c.lines, '', '**What does the client get, and from which stage?**'].join('\n'),
    choices: balanced(r, right, likely, Object.values(HTTP_OUTCOMES)),
    explanation: ['The simulator runs it through the HTTP API pipeline:', '', ...last.trace.map((t) => `- **${t.stage}** ${t.outcome}: ${t.reason}`), '', `The client gets **${last.status}** \`${last.body.slice(0, 80)}\`.`].join('\n'),
    scenarioJson: '',
    engineJson: JSON.stringify(json),
    sources: [`${D}http-api-develop-routes.html`, `${D}http-api-jwt-authorizer.html`, `${D}http-api-cors.html`, `${D}http-api-develop-integrations-lambda.html`, `${D}http-api-quotas.html`],
  };
}

// ---------------------------------------------------------------- WebSocket

export const WS_OUTCOMES = {
  gone: '410 GoneException from @connections: that connection is already closed',
  delivered: '200 from @connections: the message is pushed to the open connection',
  forbidden: 'a "Forbidden" error frame on the socket: no route and no $default route',
  defaulted: "the $default route's answer on the socket: it takes the unmatched action",
  tooBig: 'the gateway closes the socket with code 1009: the message is too big',
  routed: "the route's answer on the socket: within the 128 KB and 32 KB limits",
  noToken: '401 on the handshake: the token query string is missing on $connect',
  denied: '403 on the handshake: the $connect authorizer denies this token',
  opened: '101 Switching Protocols: the $connect authorizer allows the token',
  nothing: 'nothing comes back on the socket: a one-way route sends no answer',
} as const;
type WsKey = keyof typeof WS_OUTCOMES;

export function wsOutcomeKey(r: WsResult): WsKey {
  if (r.event === 'post') return r.status === 410 ? 'gone' : 'delivered';
  if (r.event === 'connect') return r.status === 401 ? 'noToken' : r.status === 403 ? 'denied' : 'opened';
  if (r.closed?.code === 1009) return 'tooBig';
  if (r.stoppedAt === 'routeSelection') return 'forbidden';
  if (r.toClient.length === 0) return 'nothing';
  return r.routeKey === '$default' ? 'defaulted' : 'routed';
}

const WS_CASES: Array<(r: Rand) => { lines: string[]; api: Json; events: Json[]; likely: WsKey[] }> = [
  (r) => {
    const quiet = pick(r, [4, 9, 11, 25]);
    return {
      lines: ['- A client connects at t = 0 and sends one message at t = 1 minute, then nothing.', `- At t = ${quiet + 1} minutes the backend calls **POST @connections/{id}** for it.`],
      api: { routes: [{ routeKey: '$default' }] },
      events: [{ atMs: 0, type: 'connect', connection: 'c' }, { atMs: 60_000, type: 'message', connection: 'c', body: '{}' }, { atMs: (quiet + 1) * 60_000, type: 'post', connection: 'c', body: '{"n":1}' }],
      likely: ['gone', 'delivered', 'nothing', 'tooBig'],
    };
  },
  (r) => {
    const withDefault = r() < 0.5;
    const action = pick(r, ['sendMessage', 'dance']);
    const routes: Json[] = [{ routeKey: 'sendMessage', routeResponse: true, integration: { body: '{"sent":true}' } }];
    if (withDefault) routes.push({ routeKey: '$default', routeResponse: true, integration: { body: '{"error":"unknown action"}' } });
    return {
      lines: [`- Routes: **sendMessage** (two-way)${withDefault ? ' and **$default** (two-way)' : ', and no $default route'}; selection expression \`$request.body.action\`.`, `- A connected client sends \`{"action":"${action}"}\`.`],
      api: { routes },
      events: [{ type: 'connect', connection: 'c' }, { atMs: 1000, type: 'message', connection: 'c', body: JSON.stringify({ action }) }],
      likely: ['forbidden', 'defaulted', 'routed', 'nothing'],
    };
  },
  (r) => {
    const [kb, frameKb] = pick(r, [[100, 32], [140, 32], [40, 40], [20, 20]] as const);
    return {
      lines: ['- One two-way route, **$default**.', `- A connected client sends a **${kb} KB** message in frames of at most **${frameKb} KB**.`],
      api: { routes: [{ routeKey: '$default', routeResponse: true, integration: { body: '{"ok":true}' } }] },
      events: [{ type: 'connect', connection: 'c' }, { atMs: 1000, type: 'message', connection: 'c', body: '{}', bytes: kb * 1024, frameBytes: frameKb * 1024 }],
      likely: ['tooBig', 'routed', 'defaulted', 'forbidden'],
    };
  },
  (r) => {
    const token = pick(r, ['none', 'bad', 'good'] as const);
    return {
      lines: ['- **$connect** has a Lambda REQUEST authorizer on the query string `token`; it allows `t-good` and denies `t-bad`.', `- A client opens the socket ${token === 'none' ? 'without a token' : `with \`?token=t-${token}\``}.`],
      api: { authorizers: { a: { type: 'REQUEST', identitySource: ['route.request.querystring.token'], allow: ['t-good'], deny: ['t-bad'] } }, routes: [{ routeKey: '$connect', authorization: 'CUSTOM', authorizer: 'a' }, { routeKey: '$default' }] },
      events: [{ type: 'connect', connection: 'c', query: token === 'none' ? {} : { token: `t-${token}` } }],
      likely: ['noToken', 'denied', 'opened', 'forbidden'],
    };
  },
  (r) => {
    const twoWay = r() < 0.5;
    return {
      lines: [`- Route **getStatus** is ${twoWay ? 'two-way (it has a route response)' : 'one-way (no route response)'}; its Lambda returns \`{"status":"ok"}\`.`, '- A connected client sends `{"action":"getStatus"}`.'],
      api: { routes: [{ routeKey: 'getStatus', routeResponse: twoWay, integration: { body: '{"status":"ok"}' } }] },
      events: [{ type: 'connect', connection: 'c' }, { atMs: 1000, type: 'message', connection: 'c', body: '{"action":"getStatus"}' }],
      likely: ['nothing', 'routed', 'defaulted', 'delivered'],
    };
  },
];

export function wsQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const c = pick(r, WS_CASES)(r);
  const json = { name: 'generated-ws', api: { apiType: 'WEBSOCKET', ...c.api }, events: c.events };
  const p = parseWsScenario(json);
  if (!p.ok) throw new Error(`generated WebSocket scenario is invalid: ${JSON.stringify(p.errors)}`);
  const results = runWsScenario(p.scenario);
  const last = results[results.length - 1]!;
  const right = WS_OUTCOMES[wsOutcomeKey(last)];
  return {
    id: `sim:websocket:${seed}`,
    kind: 'websocket',
    seed,
    topic: SIM_TOPIC,
    title: 'What happens on this WebSocket connection?',
    prompt: ['A **WebSocket API**:', '', ...c.lines, '', '**What happens?**'].join('\n'),
    choices: balanced(r, right, c.likely.map((k) => WS_OUTCOMES[k]), Object.values(WS_OUTCOMES)),
    explanation: ['The simulator runs the timeline:', '', ...results.flatMap((x) => x.trace.map((t) => `- ${x.event} **${t.stage}** ${t.outcome}: ${t.reason}`))].join('\n'),
    scenarioJson: '',
    engineJson: JSON.stringify(json),
    sources: [`${D}websocket-api-develop-routes.html`, `${D}apigateway-how-to-call-websocket-api-connections.html`, `${D}apigateway-execution-service-websocket-limits-table.html`, `${D}apigateway-websocket-api-lambda-auth.html`],
  };
}

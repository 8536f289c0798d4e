/**
 * Questions from the second half of the lifecycle: which status a Lambda error gives (selection
 * patterns), what body the client receives (integration and gateway responses), and what the
 * browser is missing (CORS). The answer is what the engine computes from the scenario the question
 * carries. They use no VTL (gateway response templates are plain substitution), so writing them
 * never loads velocityjs.
 */
import { pick, shuffle, chance, mulberry32 as rng, type Rand } from '../random.js';
import type { CorsVerdict } from '../cors.js';
import { SIM_TOPIC, type GeneratedQuestion } from './model.js';
import { runAll, type Json } from './scenarios.js';
import { choicesOf, resultLine, statusText, traceLines } from './wording.js';

const D = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/';
const explain = (results: ReturnType<typeof runAll>['results']) =>
  ['The simulator runs the request stage by stage:', '', ...traceLines(results[results.length - 1]!.trace), '', resultLine(results[results.length - 1]!)].join('\n');

const ERRORS = ['Invalid pet id: abc', 'Not found: order 42', 'Timeout calling inventory', 'Forbidden: tenant t9'];
const PATTERNS: [string, number][] = [
  ['.*Invalid.*', 400],
  ['Not found.*', 404],
  ['.*Timeout.*', 504],
  ['Forbidden.*', 403],
  ['.+', 502],
  ['Invalid', 422],
];

export function lambdaStatusQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const error = pick(r, ERRORS);
  const chosen = shuffle(r, PATTERNS).slice(0, 2 + Math.floor(r() * 2));
  const responses: Json = {};
  for (const [p, s] of chosen) responses[p] = { statusCode: String(s) };
  const withDefault = chance(r, 0.8);
  if (withDefault) responses['default'] = { statusCode: '200' };
  const declared = chosen.map(([, s]) => String(s)).filter(() => chance(r, 0.8));
  const methodResponses: Json = { '200': {} };
  for (const s of declared) methodResponses[s] = {};
  const json: Json = {
    name: 'generated',
    api: { routes: [{ method: 'GET', path: '/pets/{id}', methodResponses, integration: { type: 'AWS', fail: 'error', errorMessage: error, responses } }] },
    requests: [{ method: 'GET', path: '/pets/abc' }],
  };
  const { results } = runAll(json);
  const status = results[0]!.response.status;
  const distractors = shuffle(r, [...new Set([...chosen.map(([, s]) => s), 200, 500, 502].filter((s) => s !== status))]).map(statusText);
  const prompt = [
    '- One method: **GET /pets/{id}**, a Lambda custom integration (type AWS, not proxy).',
    `- The function fails with errorMessage \`${error}\`.`,
    `- Integration responses (selection pattern -> status): ${chosen.map(([p, s]) => `\`${p}\` -> ${s}`).join(', ')}${withDefault ? ', default -> 200' : ', and no default response'}.`,
    `- Method responses declared: ${Object.keys(methodResponses).join(', ')}.`,
    '',
    '**Which status does this Lambda error give the client?**',
  ].join('\n');
  return {
    id: `sim:lambda-status:${seed}`,
    kind: 'lambda-status',
    seed,
    topic: SIM_TOPIC,
    title: 'Which status does this Lambda error give?',
    prompt,
    choices: choicesOf(statusText(status), distractors, 4),
    explanation: explain(results),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: [`${D}handle-errors-in-lambda-integration.html`, `${D}api-gateway-integration-settings-integration-response.html`],
  };
}

/** How a body is written as a choice. */
export const bodyChoice = (body: string): string => (body === '' ? 'An empty body' : `\`${body}\``);

function bodyCase(r: Rand): { json: Json; lines: string[]; wrong: string[] } {
  const kind = pick(r, ['gateway', 'lambda', 'mock'] as const);
  if (kind === 'gateway') {
    const own = chance(r, 0.5);
    const gatewayResponses: Json = { DEFAULT_4XX: { responseTemplates: { 'application/json': '{"error":$context.error.messageString,"type":"$context.error.responseType"}' } } };
    if (own) gatewayResponses['INVALID_API_KEY'] = { responseTemplates: { 'application/json': '{"hint":"send x-api-key","stage":"$context.stage"}' } };
    return {
      json: { api: { routes: [{ method: 'GET', path: '/reports', apiKeyRequired: true, integration: { type: 'MOCK', body: '{"reports":[]}' } }], gatewayResponses } },
      lines: [
        '- One method: **GET /reports** (MOCK, answers `{"reports":[]}`), API key required; the client sends no key.',
        '- gatewayResponses.DEFAULT_4XX template: `{"error":$context.error.messageString,"type":"$context.error.responseType"}`.',
        ...(own ? ['- gatewayResponses.INVALID_API_KEY template: `{"hint":"send x-api-key","stage":"$context.stage"}`.'] : []),
      ],
      // wrong bodies as detailed as the right one (length gives nothing away): the default body with
      // the type, the template unrendered, the quotes of messageString dropped, another response type
      wrong: [
        '{"message":"Forbidden","type":"INVALID_API_KEY"}',
        '{"error":"Forbidden","type":"INVALID_API_KEY"}',
        '{"hint":"send x-api-key","stage":"prod"}',
        '{"hint":"send x-api-key","stage":"$context.stage"}',
        '{"error":Forbidden,"type":"INVALID_API_KEY"}',
        '{"error":"Forbidden","type":"MISSING_AUTHENTICATION_TOKEN"}',
      ],
    };
  }
  if (kind === 'lambda') {
    const mapped = chance(r, 0.5);
    const responses: Json = { default: { statusCode: '200' } };
    if (mapped) responses['.*Invalid.*'] = { statusCode: '400', responseParameters: {} };
    return {
      json: {
        api: { routes: [{ method: 'GET', path: '/pets/{id}', methodResponses: { '200': {}, '400': {} }, integration: { type: 'AWS', fail: 'error', errorMessage: 'Invalid pet id', responses } }] },
      },
      lines: [
        '- One method: **GET /pets/{id}**, a Lambda custom integration (type AWS) whose function fails with errorMessage `Invalid pet id`.',
        `- Integration responses: ${mapped ? '`.*Invalid.*` -> 400 and ' : ''}default -> 200, no mapping templates.`,
      ],
      // as detailed as Lambda's own error object: API Gateway's 5XX body, a proxy-style answer, renamed keys
      wrong: [
        '{"message":"Internal server error","errorType":"LambdaFunctionError"}',
        '{"errorMessage":"Invalid pet id","statusCode":400,"headers":{}}',
        '{"message":"Invalid pet id","errorType":"Error","stackTrace":[]}',
        '{"errorType":"Error","errorMessage":"Invalid pet id","trace":[]}',
      ],
    };
  }
  return {
    json: { api: { routes: [{ method: 'GET', path: '/health', integration: { type: 'MOCK', body: '{"ok":true}', responses: { default: { statusCode: '200' } } } }] } },
    lines: ['- One method: **GET /health**, a MOCK integration with `"body": "{\\"ok\\":true}"` and an integration response default -> 200 without a response template.'],
    wrong: ['{"ok":true}', '{}', '{"statusCode": 200}', '{"message":null}'],
  };
}

export function bodyQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const c = bodyCase(r);
  const path = ((c.json['api'] as { routes: { path: string }[] }).routes[0]!.path).replace('{id}', '7');
  const json: Json = { name: 'generated', ...c.json, requests: [{ method: 'GET', path }] };
  const { results } = runAll(json);
  const body = results[0]!.response.body;
  const prompt = [...c.lines, '', `The client sends GET ${path}.`, '', '**What body does the client receive?**'].join('\n');
  return {
    id: `sim:body:${seed}`,
    kind: 'body',
    seed,
    topic: SIM_TOPIC,
    title: 'What body does the client receive?',
    prompt,
    choices: choicesOf(bodyChoice(body), shuffle(r, c.wrong).map(bodyChoice), 4),
    explanation: explain(results),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: [`${D}api-gateway-gatewayResponse-definition.html`, `${D}handle-errors-in-lambda-integration.html`, `${D}how-to-mock-integration.html`],
  };
}

export const CORS_ANSWERS = {
  gateway: 'Access-Control-Allow-Origin on DEFAULT_4XX (gatewayResponses)',
  method: 'Access-Control-Allow-Origin on the GET method response 200',
  methods: 'PUT in Access-Control-Allow-Methods of the OPTIONS response',
  headers: 'x-api-key in Access-Control-Allow-Headers of the OPTIONS response',
  options: 'An OPTIONS method on /reports',
  none: 'Nothing: the browser lets the page read the response',
} as const;

/** The canonical choice for what the engine's CORS verdict says. */
export function corsAnswer(v: CorsVerdict | null, stoppedAt: string | null): string {
  if (!v || v.allowed) return CORS_ANSWERS.none;
  if (v.reason.startsWith('method ')) return CORS_ANSWERS.methods;
  if (v.reason.startsWith('request header ')) return CORS_ANSWERS.headers;
  if (v.preflight) return CORS_ANSWERS.options;
  return stoppedAt !== null ? CORS_ANSWERS.gateway : CORS_ANSWERS.method;
}

export function corsQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const fault = pick(r, ['gateway', 'method', 'methods', 'headers', 'options', 'none'] as const);
  const origin = 'https://app.example.com';
  const acao = { 'method.response.header.Access-Control-Allow-Origin': "'*'" };
  const optionsRoute = {
    method: 'OPTIONS', path: '/reports',
    methodResponses: { '200': { headers: ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers'] } },
    integration: { type: 'MOCK', responses: { default: { statusCode: '200', responseParameters: {
      ...acao,
      'method.response.header.Access-Control-Allow-Methods': fault === 'methods' ? "'GET,OPTIONS'" : "'GET,PUT,OPTIONS'",
      'method.response.header.Access-Control-Allow-Headers': fault === 'headers' ? "'Content-Type'" : "'Content-Type,X-Api-Key'" } } } },
  };
  const getRoute = {
    method: 'GET', path: '/reports', apiKeyRequired: fault === 'gateway',
    methodResponses: { '200': { headers: fault === 'method' ? [] : ['Access-Control-Allow-Origin'] } },
    integration: { type: 'MOCK', body: '{"reports":[]}', responses: { default: { statusCode: '200', responseParameters: fault === 'method' ? {} : acao } } },
  };
  const preflight = fault === 'methods' || fault === 'headers' || fault === 'options' || (fault === 'none' && chance(r, 0.5));
  const request = preflight
    ? { method: 'OPTIONS', path: '/reports', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,x-api-key' } }
    : { method: 'GET', path: '/reports', headers: { origin } };
  const routes = fault === 'options' ? [getRoute] : [optionsRoute, getRoute];
  const json: Json = { name: 'generated', api: { routes }, requests: [request] };
  const { results } = runAll(json);
  const res = results[0]!;
  const correct = corsAnswer(res.cors, res.stoppedAt);
  const methods = fault === 'methods' ? 'GET,OPTIONS' : 'GET,PUT,OPTIONS';
  const headers = fault === 'headers' ? 'Content-Type' : 'Content-Type,X-Api-Key';
  const lines = [
    fault === 'options'
      ? '- Methods: GET /reports only (MOCK).'
      : `- OPTIONS /reports (MOCK) maps Allow-Origin '*', Allow-Methods '${methods}', Allow-Headers '${headers}'.`,
    `- GET /reports (MOCK): its 200 ${fault === 'method' ? 'maps no headers' : "maps Allow-Origin '*'"}${fault === 'gateway' ? '; it needs an API key, and the page sends none' : ''}.`,
    preflight
      ? `- A page on ${origin} is about to PUT with Content-Type and X-Api-Key: the browser sends a preflight.`
      : `- A page on ${origin} calls GET /reports with fetch().`,
    '',
    '**Which header (or route) is missing for the browser?**',
  ];
  return {
    id: `sim:cors:${seed}`,
    kind: 'cors',
    seed,
    topic: SIM_TOPIC,
    title: 'Which header is missing for the browser?',
    prompt: lines.join('\n'),
    choices: choicesOf(correct, shuffle(r, Object.values(CORS_ANSWERS)), 4),
    explanation: `${explain(results)}\n\nThe browser: ${res.cors ? `${res.cors.allowed ? 'allowed' : 'blocked'}, ${res.cors.reason}${res.cors.fix ? `; fix: ${res.cors.fix}` : ''}` : 'no CORS check'}.`,
    scenarioJson: JSON.stringify(json, null, 2),
    sources: [`${D}how-to-cors.html`, 'https://fetch.spec.whatwg.org/#http-cors-protocol'],
  };
}

/**
 * HTTP API scenario files: parse + validate, and run into the output contract's results
 * (docs/scenario-format.md). Same result fields as REST, plus `routeKey`.
 */
import { checkCors, type CorsVerdict } from '../cors.js';
import { encodeJwt } from '../jwt.js';
import type { ScenarioError } from '../scenario.js';
import { zodErrors } from '../zodErrors.js';
import { compileHttpApi } from './compile.js';
import type { HttpApi, HttpRequest, HttpStageName, HttpTraceEntry, IntegrationRequestView } from './model.js';
import { createHttpState } from './model.js';
import { simulateHttp } from './pipeline.js';
import { httpScenarioSchema } from './schema.js';

export interface HttpScenario {
  apiType: 'HTTP';
  name: string;
  description?: string;
  api: HttpApi;
  requests: Array<{ atMs: number; request: HttpRequest }>;
}

export interface HttpScenarioResult {
  index: number;
  atMs: number;
  method: string;
  path: string;
  status: number;
  errorType: null;
  message: string | null;
  stoppedAt: HttpStageName | null;
  cache: 'OFF';
  integrationCalled: boolean;
  routeKey: string | null;
  headers: Record<string, string>;
  body: string;
  integrationRequest: IntegrationRequestView | null;
  cors: CorsVerdict | null;
  trace: HttpTraceEntry[];
}

export const MAX_EXPANDED_REQUESTS = 100_000;

/** HTTP APIs: the fix is the API's CORS configuration (or the route that catches the preflight). */
const HTTP_CORS_FIXES = {
  origin: (preflight: boolean) =>
    preflight
      ? "add the page's origin to api.cors.allowOrigins; if a route with authorization catches OPTIONS, add OPTIONS /{proxy+} without authorization"
      : "add the page's origin to api.cors.allowOrigins (API Gateway then adds Access-Control-Allow-Origin to every response)",
  status: () => 'the route that caught the preflight answered with an error: add OPTIONS /{proxy+} without authorization, or configure api.cors',
  method: (m: string) => `add ${m} to api.cors.allowMethods`,
  header: (h: string) => `add ${h} to api.cors.allowHeaders`,
};

export function parseHttpScenario(json: unknown): { ok: true; scenario: HttpScenario } | { ok: false; errors: ScenarioError[] } {
  const parsed = httpScenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const s = parsed.data;
  const requests: HttpScenario['requests'] = [];
  let prev = 0;
  for (const [i, r] of s.requests.entries()) {
    const start = r.atMs ?? prev;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = v;
    if (r.jwt) headers[r.jwt.header.toLowerCase()] = `Bearer ${encodeJwt(r.jwt.claims, r.jwt.kid)}`;
    if (requests.length + r.repeat > MAX_EXPANDED_REQUESTS)
      return { ok: false, errors: [{ path: `requests[${i}].repeat`, message: `expands the scenario past ${MAX_EXPANDED_REQUESTS} requests` }] };
    for (let k = 0; k < r.repeat; k++) {
      const atMs = start + k * r.everyMs;
      const request: HttpRequest = { method: r.method, path: r.path, headers, query: r.query, body: r.body, sourceIp: r.sourceIp, iam: r.iam };
      if (r.bodyBytes !== undefined) request.bodyBytes = r.bodyBytes;
      requests.push({ atMs, request });
      prev = atMs;
    }
  }
  const scenario: HttpScenario = { apiType: 'HTTP', name: s.name, api: compileHttpApi(s), requests };
  if (s.description !== undefined) scenario.description = s.description;
  return { ok: true, scenario };
}

export function runHttpScenario(scenario: HttpScenario, options?: { cardsFor?: (stage: string) => string[] }): HttpScenarioResult[] {
  const state = createHttpState();
  return scenario.requests.map(({ atMs, request }, index) => {
    const r = simulateHttp(scenario.api, request, state, atMs, { trace: true, ...options });
    return {
      index,
      atMs,
      method: request.method,
      path: request.path,
      status: r.response.status,
      errorType: null,
      message: r.message,
      stoppedAt: r.stoppedAt,
      cache: 'OFF',
      integrationCalled: r.integrationCalled,
      routeKey: r.routeKey,
      headers: r.response.headers,
      body: r.response.body,
      integrationRequest: r.integrationRequest,
      cors: checkCors(request, r.response, HTTP_CORS_FIXES),
      trace: r.trace,
    };
  });
}

/**
 * Scenario files (../shared/SCENARIOS.md): parse + validate text into a resolved config and the
 * expanded request list, and run a scenario into the results array of the output contract.
 */
import type { z } from 'zod';
import type { CorsVerdict } from './cors.js';
import { prepareConfig } from './prepare.js';
import { makeRequest, createState, type IntegrationRequestOut, type GatewayConfig, type GatewayRequest, type HttpMethod, type SimulateOptions, type StageName, type CacheStatus, type TraceEntry } from './model.js';
import { simulate } from './pipeline.js';
import { scenarioSchema, type ScenarioParsed } from './schema.js';
import { parseJsonText } from '../jsonText.js';

export interface ScenarioError {
  /** JSON path like `api.routes[0].integration.type` ("" for the whole file). */
  path: string;
  message: string;
}

export interface TimedRequest {
  atMs: number;
  request: GatewayRequest;
}

export interface Scenario {
  name: string;
  description?: string;
  config: GatewayConfig;
  requests: TimedRequest[];
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export interface ScenarioResult {
  index: number;
  atMs: number;
  method: string;
  path: string;
  status: number;
  errorType: string | null;
  message: string | null;
  stoppedAt: StageName | null;
  cache: CacheStatus;
  integrationCalled: boolean;
  trace: TraceEntry[];
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** The body exactly as the client receives it. */
  body: string;
  integrationRequest: IntegrationRequestOut | null;
  cors: CorsVerdict | null;
}

/** Header names in lower case; several values of one name joined with ", ". */
export function lowerHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    const n = k.toLowerCase();
    out[n] = out[n] === undefined ? v : `${out[n]}, ${v}`;
  }
  return out;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const s = String(p);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? '.' : '') + s : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

function toErrors(error: z.ZodError): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out.push({ path: formatPath([...issue.path, k]), message: 'unknown key' });
    } else out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

/** Parses and validates scenario text. Never throws. */
export function parseScenario(text: string): ParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, errors: [{ path: '', message: json.message }] };
  const parsed = scenarioSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error) };
  return { ok: true, scenario: resolve(parsed.data) };
}

/** Applies the defaults that depend on other fields and expands repeat/everyMs. */
export function resolve(s: ScenarioParsed): Scenario {
  const stageName = s.stage.name;
  const config: GatewayConfig = {
    account: s.account,
    api: s.api,
    stage: s.stage,
    apiKeys: s.apiKeys,
    usagePlans: s.usagePlans.map((p) => ({ ...p, stages: p.stages ?? [stageName] })),
  };
  const requests: TimedRequest[] = [];
  let prev = 0;
  for (const r of s.requests) {
    // atMs defaults to the previous request's instant (the last one after expansion), 0 for the first.
    const start = r.atMs ?? prev;
    const { atMs: _a, repeat, everyMs, ...rest } = r;
    for (let i = 0; i < repeat; i++) {
      const atMs = start + i * everyMs;
      requests.push({ atMs, request: makeRequest({ ...rest, method: rest.method as HttpMethod }) });
      prev = atMs;
    }
  }
  const out: Scenario = { name: s.name, config, requests };
  if (s.description !== undefined) out.description = s.description;
  return out;
}

/** Parses, validates and loads what the scenario needs (VTL, models): ready for runScenario. */
export async function loadScenario(text: string): Promise<ParseResult> {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const errors = await prepareConfig(parsed.scenario.config);
  return errors.length > 0 ? { ok: false, errors } : parsed;
}

/** Runs every request in order on a fresh state: the output contract's `results`. */
export function runScenario(scenario: Scenario, options?: Pick<SimulateOptions, 'cardsFor'>): ScenarioResult[] {
  const state = createState();
  return scenario.requests.map(({ atMs, request }, index) => {
    const r = simulate(scenario.config, request, state, atMs, { trace: true, ...options });
    return {
      index,
      atMs,
      method: request.method,
      path: request.path,
      status: r.response.status,
      errorType: r.errorType,
      message: r.message,
      stoppedAt: r.stoppedAt,
      cache: r.cache,
      integrationCalled: r.integrationCalled,
      trace: r.trace,
      headers: lowerHeaders(r.response.headers),
      body: r.response.body,
      integrationRequest: r.integrationRequest,
      cors: r.cors,
    };
  });
}

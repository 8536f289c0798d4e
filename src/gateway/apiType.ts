/**
 * One entry point for every API type: a scenario file's `api.apiType` (REST when absent, so every
 * version-1 file keeps its meaning) picks the schema and the pipeline. Each type has its own
 * pipeline over shared primitives; nothing below branches on the type again.
 */
import { parseHttpScenario, runHttpScenario, type HttpScenario, type HttpScenarioResult } from './http/scenario.js';
import { loadScenario, parseScenario, runScenario, type ParseResult, type Scenario, type ScenarioError, type ScenarioResult } from './scenario.js';
import { parseWsScenario, runWsScenario, type WsScenario } from './websocket/scenario.js';
import type { WsResult } from './websocket/timeline.js';
import { parseJsonText } from '../jsonText.js';

export type ApiType = 'REST' | 'HTTP' | 'WEBSOCKET';
export const API_TYPES: readonly ApiType[] = ['REST', 'HTTP', 'WEBSOCKET'];

export type AnyScenario = ({ apiType: 'REST' } & Scenario) | HttpScenario | WsScenario;
export type AnyResult = ScenarioResult | HttpScenarioResult | WsResult;
export type AnyParse = { ok: true; scenario: AnyScenario } | { ok: false; errors: ScenarioError[] };

/** The API type a parsed JSON document declares (REST when it declares none); null when it is not one of the three. */
export function apiTypeOf(json: unknown): ApiType | null {
  const api = typeof json === 'object' && json !== null && Object.hasOwn(json, 'api') ? (json as { api: unknown }).api : undefined;
  if (typeof api !== 'object' || api === null || !Object.hasOwn(api, 'apiType')) return 'REST';
  const t = (api as { apiType: unknown }).apiType;
  return t === 'REST' || t === 'HTTP' || t === 'WEBSOCKET' ? t : null;
}

/** Parses scenario text of any API type. Never throws. REST files with mapping templates or
 * models need their libraries loaded first: use loadAnyScenario for those. */
export function parseAnyScenario(text: string): AnyParse {
  return parseWith(text, parseScenario);
}

/** Parses scenario text of any API type, loading what a REST file's templates and models need. */
export async function loadAnyScenario(text: string): Promise<AnyParse> {
  const first = parseWith(text, () => null);
  if (first !== null) return first;
  const rest = await loadScenario(text);
  return rest.ok ? { ok: true, scenario: { apiType: 'REST', ...rest.scenario } } : rest;
}

/** HTTP and WebSocket files are parsed here; a REST file goes to `rest` (null: "not yet"). */
function parseWith(text: string, rest: (text: string) => ParseResult | null): AnyParse;
function parseWith(text: string, rest: (text: string) => null): AnyParse | null;
function parseWith(text: string, rest: (text: string) => ParseResult | null): AnyParse | null {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '', message: parsed.message }] };
  const json = parsed.value;
  const type = apiTypeOf(json);
  if (type === null) return { ok: false, errors: [{ path: 'api.apiType', message: 'must be "REST", "HTTP" or "WEBSOCKET"' }] };
  if (type === 'HTTP') return parseHttpScenario(json);
  if (type === 'WEBSOCKET') return parseWsScenario(json);
  const r = rest(text);
  if (r === null) return null;
  return r.ok ? { ok: true, scenario: { apiType: 'REST', ...r.scenario } } : r;
}

/**
 * Card links: HTTP and WebSocket stages link the cards tagged `stage:http-<stage>` and
 * `stage:ws-<stage>` (a REST card about the same stage name would teach the wrong answer).
 */
export function runAnyScenario(s: AnyScenario, options?: { cardsFor?: (stage: string) => string[] }): AnyResult[] {
  const cards = options?.cardsFor;
  if (s.apiType === 'HTTP') return runHttpScenario(s, cards ? { cardsFor: (stage) => cards(`http-${stage}`) } : undefined);
  if (s.apiType === 'WEBSOCKET') return runWsScenario(s, cards ? { cardsFor: (stage) => cards(`ws-${stage}`) } : undefined);
  return runScenario(s, options as Parameters<typeof runScenario>[1]);
}

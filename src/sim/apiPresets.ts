/**
 * Presets of the HTTP and WebSocket simulator, and REST-vs-HTTP comparisons
 * (content/scenarios/{http,websocket,compare}/*.json). Plain TS: no React, no terminal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAnyScenario, runAnyScenario, type AnyScenario } from '../gateway/apiType.js';
import type { HttpScenarioResult } from '../gateway/http/scenario.js';
import type { ScenarioError, ScenarioResult } from '../gateway/scenario.js';

export type ApiPresetKind = 'HTTP' | 'WEBSOCKET' | 'COMPARE';
const DIRS: Record<ApiPresetKind, string> = { HTTP: 'http', WEBSOCKET: 'websocket', COMPARE: 'compare' };

export interface ApiPreset {
  kind: ApiPresetKind;
  name: string;
  path: string;
  description: string;
}

export function listApiPresets(contentDir: string): ApiPreset[] {
  const out: ApiPreset[] = [];
  for (const kind of ['COMPARE', 'HTTP', 'WEBSOCKET'] as const) {
    const dir = join(contentDir, 'scenarios', DIRS[kind]);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      let description = '';
      try {
        const d = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { description?: unknown }).description;
        if (typeof d === 'string') description = d;
      } catch {
        description = 'this file is not valid JSON';
      }
      out.push({ kind, name: basename(f, '.json'), path: join(dir, f), description });
    }
  }
  return out;
}

/** The preset folder of a name, when an HTTP / WebSocket / compare preset has it (for `gateprep sim NAME`). */
export function findApiPreset(contentDir: string, name: string): ApiPreset | undefined {
  const want = name.endsWith('.json') ? name.slice(0, -5) : name;
  return listApiPresets(contentDir).find((p) => p.name === want || p.path === name);
}

export type Loaded = { ok: true; scenario: AnyScenario } | { ok: false; errors: ScenarioError[] };

export function loadApiScenario(path: string): Loaded {
  try {
    return parseAnyScenario(readFileSync(path, 'utf8'));
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
}

// ---- REST vs HTTP, side by side ----

export interface Side {
  status: number;
  stoppedAt: string | null;
  /** The sentence of the stage that decided the outcome. */
  reason: string;
  body: string;
  integrationCalled: boolean;
}

export interface CompareRow {
  method: string;
  path: string;
  rest: Side;
  http: Side;
  differs: boolean;
}

export interface Comparison {
  name: string;
  description: string;
  rows: CompareRow[];
}

function deciding(trace: Array<{ stage: string; outcome: string; reason: string }>, stoppedAt: string | null): string {
  const e = stoppedAt !== null ? trace.find((t) => t.stage === stoppedAt) : trace[trace.length - 1];
  return e ? `${e.stage}: ${e.reason}` : '';
}

/**
 * A compare file: `{ name, description, rest: {api, stage, ...}, http: {api, stage, ...}, requests }`.
 * The same requests run through both APIs; each row says where the outcomes differ and why.
 */
export function runComparison(text: string): { ok: true; comparison: Comparison } | { ok: false; errors: ScenarioError[] } {
  let json: { name?: unknown; description?: unknown; rest?: unknown; http?: unknown; requests?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const rest = obj(json.rest);
  const http = obj(json.http);
  if (!rest || !http || !Array.isArray(json.requests)) return { ok: false, errors: [{ path: '', message: 'a compare file has "rest", "http" and "requests"' }] };
  const name = typeof json.name === 'string' ? json.name : 'comparison';
  const run = (side: 'rest' | 'http', doc: Record<string, unknown>) => {
    const p = parseAnyScenario(JSON.stringify({ ...doc, name, requests: json.requests }));
    if (!p.ok) return { errors: p.errors.map((e) => ({ ...e, path: `${side}.${e.path}` })) };
    return { results: runAnyScenario(p.scenario) as Array<ScenarioResult | HttpScenarioResult> };
  };
  const a = run('rest', rest);
  const b = run('http', { ...http, api: { ...(obj(http.api) ?? {}), apiType: 'HTTP' } });
  if ('errors' in a || 'errors' in b) return { ok: false, errors: [...('errors' in a ? a.errors! : []), ...('errors' in b ? b.errors! : [])] };
  const side = (r: ScenarioResult | HttpScenarioResult): Side => ({
    status: r.status,
    stoppedAt: r.stoppedAt,
    reason: deciding(r.trace, r.stoppedAt),
    body: r.body,
    integrationCalled: r.integrationCalled,
  });
  const rows = a.results!.map((r, i) => {
    const h = b.results![i]!;
    return { method: r.method, path: r.path, rest: side(r), http: side(h), differs: r.status !== h.status || r.stoppedAt !== h.stoppedAt || r.integrationCalled !== h.integrationCalled };
  });
  return { ok: true, comparison: { name, description: typeof json.description === 'string' ? json.description : '', rows } };
}

/** A compare preset from its file. */
export function loadComparison(path: string): ReturnType<typeof runComparison> {
  try {
    return runComparison(readFileSync(path, 'utf8'));
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
}

/** A scenario file of the user's as a preset (null when it is not an HTTP or WebSocket scenario). */
export function presetOfFile(path: string): ApiPreset | null {
  const p = loadApiScenario(path);
  if (!p.ok || p.scenario.apiType === 'REST') return null;
  return { kind: p.scenario.apiType, name: basename(path, '.json'), path, description: p.scenario.description ?? '' };
}

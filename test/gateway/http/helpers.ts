/** Builds HTTP API scenarios for tests from partial JSON, failing loudly on schema errors. */
import { parseHttpScenario, runHttpScenario, type HttpScenarioResult } from '../../../src/gateway/http/scenario.js';

export function httpScenario(json: Record<string, unknown>) {
  const p = parseHttpScenario({ name: 't', ...json, api: { apiType: 'HTTP', ...(json.api as object) } });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.scenario;
}

export function runHttp(json: Record<string, unknown>): HttpScenarioResult[] {
  return runHttpScenario(httpScenario(json));
}

export const ISS = 'https://issuer.example.com';
export const jwtFor = (claims: Record<string, unknown>, kid = 'key-1') => ({ claims: { iss: ISS, aud: 'app', exp: 3600, ...claims }, kid });

/** Test helpers: build scenarios from plain objects through the real schema (so defaults apply). */
import { parseScenario, runScenario, type Scenario, type ScenarioResult } from '../../src/gateway/scenario.js';

export function scenario(obj: Record<string, unknown>): Scenario {
  const p = parseScenario(JSON.stringify({ name: 't', ...obj }));
  if (!p.ok) throw new Error(`invalid test scenario: ${JSON.stringify(p.errors)}`);
  return p.scenario;
}

export function run(obj: Record<string, unknown>): ScenarioResult[] {
  return runScenario(scenario(obj));
}

/** One route, MOCK 200, plus overrides. */
export function api(route: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK', body: '[]' }, ...route }], ...extra };
}

export function brief(r: ScenarioResult): [number, string | null, string | null] {
  return [r.status, r.errorType, r.stoppedAt];
}

export function entry(r: ScenarioResult, stage: string) {
  const e = r.trace.find((t) => t.stage === stage);
  if (!e) throw new Error(`no ${stage} entry in trace: ${r.trace.map((t) => t.stage).join(',')}`);
  return e;
}

/** Every preset in content/scenarios is also a test: expected status / stoppedAt / cache per request. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario, runScenario } from '../../src/gateway/scenario.js';

const dir = resolve(__dirname, '../../content/scenarios');
type Row = [status: number, stoppedAt: string | null, cache: string];
const ok = (cache = 'OFF'): Row => [200, null, cache];

const EXPECTED: Record<string, Row[]> = {
  'quota-demo': [[403, 'apiKey', 'OFF'], ok(), ok(), [429, 'quota', 'OFF']],
  'cache-demo': [ok('MISS'), ok('HIT'), ok('MISS'), ok('MISS')],
  'throttle-burst-refill': [
    ok(), ok(), ok(), ok(), ok(), [429, 'throttle', 'OFF'], [429, 'throttle', 'OFF'], [429, 'throttle', 'OFF'],
    ok(), [429, 'throttle', 'OFF'],
    ok(), ok(), ok(), ok(), ok(), [429, 'throttle', 'OFF'],
  ],
  'usage-plan-tighter-than-stage': [ok(), ok(), [429, 'throttle', 'OFF'], ok(), ok()],
  'quota-reset-next-period': [ok(), ok(), ok(), [429, 'quota', 'OFF'], [429, 'quota', 'OFF'], ok()],
  'cache-path-parameter-key': [ok('MISS'), ok('HIT'), ok('MISS'), ok('MISS'), ok('HIT'), ok('MISS')],
  'authorizer-deny-and-cached-allow': [[401, 'auth', 'OFF'], [401, 'auth', 'OFF'], ok(), ok(), [403, 'auth', 'OFF'], [500, 'auth', 'OFF'], [401, 'auth', 'OFF']],
  'authorizer-method-policy-gotcha': [ok(), [403, 'auth', 'OFF'], [201, null, 'OFF']],
  'missing-api-key': [[403, 'apiKey', 'OFF'], [403, 'apiKey', 'OFF'], [403, 'apiKey', 'OFF'], [403, 'apiKey', 'OFF'], [403, 'apiKey', 'OFF'], ok()],
  'unknown-route-403': [ok(), ok(), ok(), [403, 'route', 'OFF'], [403, 'route', 'OFF']],
  'integration-timeout-504': [[504, 'integration', 'OFF'], [504, 'integration', 'OFF'], ok(), [500, 'integration', 'OFF']],
  'lambda-proxy-malformed-502': [[201, null, 'OFF'], [502, 'response', 'OFF'], [502, 'integration', 'OFF']],
  'resource-policy-ip-deny': [ok(), [403, 'resourcePolicy', 'OFF'], [403, 'resourcePolicy', 'OFF']],
  'private-api-vpc-endpoint': [[403, 'resourcePolicy', 'OFF'], ok(), [403, 'resourcePolicy', 'OFF']],
  'request-validation-400': [[400, 'validation', 'OFF'], [400, 'validation', 'OFF'], [201, null, 'OFF']],
  'payload-too-large-413': [ok(), [413, 'route', 'OFF'], [413, 'route', 'OFF']],
  'cache-control-max-age-0': [ok('MISS'), ok('HIT'), ok('BYPASS'), ok('HIT')],
  'cache-control-fail-403': [ok('MISS'), [403, 'cache', 'BYPASS'], [403, 'cache', 'BYPASS'], ok('HIT')],
  'iam-sigv4': [[403, 'auth', 'OFF'], [403, 'auth', 'OFF'], [403, 'auth', 'OFF'], ok()],
  // version 2 (their full answers are golden files in test/gateway/golden)
  'vtl-request-transform': [ok(), ok(), ok()],
  'lambda-error-selection-pattern': [[400, null, 'OFF'], ok()],
  'passthrough-never-415': [ok(), ok(), [415, 'integrationRequest', 'OFF']],
  'cors-429-blocked': [ok(), ok(), [429, 'throttle', 'OFF']],
  'cors-429-fixed': [ok(), ok(), [429, 'throttle', 'OFF']],
  'lambda-proxy-malformed-realistic': [[502, 'response', 'OFF'], [502, 'response', 'OFF'], [201, null, 'OFF']],
  'stage-variables-backend': [ok(), ok()],
  'request-model-400': [[400, 'validation', 'OFF'], [400, 'validation', 'OFF'], [400, 'validation', 'OFF'], [201, null, 'OFF']],
};

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('scenario presets', () => {
  it('there are at least 12 presets and each has an expectation here', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(file, async () => {
      const parsed = await loadScenario(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const s = parsed.scenario;
      expect(s.name).toBe(file.replace(/\.json$/, ''));
      expect(s.description?.length ?? 0).toBeGreaterThan(40);
      const got = runScenario(s).map((r): Row => [r.status, r.stoppedAt, r.cache]);
      expect(got).toEqual(EXPECTED[s.name]);
    });
  }

  it('quota-demo messages and error types match SCENARIOS.md', () => {
    const s = parseScenario(readFileSync(join(dir, 'quota-demo.json'), 'utf8'));
    if (!s.ok) throw new Error('invalid');
    const r = runScenario(s.scenario);
    expect(r.map((x) => [x.errorType, x.message])).toEqual([
      ['ForbiddenException', 'Forbidden'],
      [null, null],
      [null, null],
      ['LimitExceededException', 'Limit Exceeded'],
    ]);
  });

  it('authorizer cache: the second allowed call does not invoke the function', () => {
    const s = parseScenario(readFileSync(join(dir, 'authorizer-deny-and-cached-allow.json'), 'utf8'));
    if (!s.ok) throw new Error('invalid');
    const r = runScenario(s.scenario);
    const auth = (i: number) => r[i]!.trace.find((t) => t.stage === 'auth')!.data;
    expect([auth(2).invoked, auth(3).invoked]).toEqual([true, false]);
    expect(r[4]!.message).toBe('User is not authorized to access this resource with an explicit deny');
    expect(r[5]!.message).toBeNull();
  });
});

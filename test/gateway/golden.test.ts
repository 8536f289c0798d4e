/**
 * Golden scenario tests (STYLE.md, after LocalStack's AWS-recorded snapshots): each version-2
 * preset has beside it, in test/gateway/golden/<name>.json, the answer every request must get
 * (status, where it stopped, headers, body, the integration request, the browser's verdict) and
 * the documentation the expectation rests on. The expected files were written by hand-checking
 * the engine's output against those sources; a change in any field fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, runScenario } from '../../src/gateway/scenario.js';

const goldenDir = resolve(__dirname, 'golden');
const presetDir = resolve(__dirname, '../../content/scenarios');

interface Golden {
  preset: string;
  sources: string[];
  results: Record<string, unknown>[];
}

const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as Golden);

describe('golden scenarios', () => {
  it('every version-2 preset has a golden file, each citing AWS documentation', () => {
    expect(goldens.map((g) => g.preset).sort()).toEqual([
      'cors-429-blocked',
      'cors-429-fixed',
      'lambda-error-selection-pattern',
      'lambda-proxy-malformed-realistic',
      'passthrough-never-415',
      'request-model-400',
      'stage-variables-backend',
      'vtl-request-transform',
    ]);
    for (const g of goldens) expect(g.sources.every((s) => s.startsWith('https://docs.aws.amazon.com/') || s.startsWith('https://fetch.spec.whatwg.org/')), g.preset).toBe(true);
  });

  for (const g of goldens) {
    it(g.preset, async () => {
      const parsed = await loadScenario(readFileSync(join(presetDir, `${g.preset}.json`), 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const got = runScenario(parsed.scenario).map((r) => ({
        status: r.status,
        stoppedAt: r.stoppedAt,
        errorType: r.errorType,
        headers: r.headers,
        body: r.body,
        integrationRequest: r.integrationRequest,
        cors: r.cors,
      }));
      expect(got).toEqual(g.results);
    });
  }
});

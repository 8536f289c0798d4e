/**
 * The fast path (simulate with trace: false, what load runs use) gives every REST preset's
 * requests the same answer as the traced run, and builds no trace: a stage that recorded a step
 * without checking `c.trace` would throw here, on the paths only the presets reach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/gateway/model.js';
import { simulate } from '../../src/gateway/pipeline.js';
import { loadScenario } from '../../src/gateway/scenario.js';

const presetDir = resolve(__dirname, '../../content/scenarios');
const presets = readdirSync(presetDir).filter((f) => f.endsWith('.json'));

describe('untraced runs of the REST presets', () => {
  it('finds the REST presets', () => {
    expect(presets.length).toBeGreaterThanOrEqual(25);
  });

  for (const file of presets) {
    it(file, async () => {
      const parsed = await loadScenario(readFileSync(join(presetDir, file), 'utf8'));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const { config, requests } = parsed.scenario;
      const traced = createState();
      const untraced = createState();
      for (const { atMs, request } of requests) {
        const a = simulate(config, request, traced, atMs, { trace: true });
        const b = simulate(config, request, untraced, atMs, { trace: false });
        expect(b.trace).toEqual([]);
        expect({ response: b.response, stoppedAt: b.stoppedAt, errorType: b.errorType, message: b.message, cache: b.cache, integrationCalled: b.integrationCalled }).toEqual({
          response: a.response,
          stoppedAt: a.stoppedAt,
          errorType: a.errorType,
          message: a.message,
          cache: a.cache,
          integrationCalled: a.integrationCalled,
        });
      }
    });
  }
});

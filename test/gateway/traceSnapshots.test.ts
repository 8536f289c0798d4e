/**
 * The whole trace of every built-in preset, pinned: each step's stage, outcome, reason and the
 * changes it made, as `gateprep trace FILE --json` prints them (../shared/SCENARIOS.md, version 2).
 * The golden files (golden.test.ts) hold what the client gets, checked by hand against AWS's
 * documentation; these hold the explanation the simulator gives on the way, so a changed reason,
 * a step that moved or a stage that no longer reports what it did fails here and is reviewed,
 * rather than reaching learners unseen. A deliberate change rewrites them: `npx vitest run
 * test/gateway/traceSnapshots.test.ts -u`, then read the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnyScenario, runAnyScenario } from '../../src/gateway/apiType.js';
import { runComparison } from '../../src/sim/apiPresets.js';

const presetRoot = resolve(__dirname, '../../content/scenarios');
const presets = ['', 'http', 'websocket', 'compare'].flatMap((dir) =>
  readdirSync(join(presetRoot, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ dir, file: f, name: f.replace(/\.json$/, '') })),
);

async function traced(text: string): Promise<unknown> {
  const parsed = await loadAnyScenario(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return runAnyScenario(parsed.scenario);
}

function compared(text: string): unknown {
  const run = runComparison(text);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));
  return run.comparison;
}

describe('trace snapshots of the presets', () => {
  it('covers every preset folder, one snapshot file per preset', () => {
    expect(new Set(presets.map((p) => p.dir))).toEqual(new Set(['', 'http', 'websocket', 'compare']));
    expect(new Set(presets.map((p) => p.name)).size).toBe(presets.length);
  });

  for (const p of presets) {
    it(p.name, async () => {
      const text = readFileSync(join(presetRoot, p.dir, p.file), 'utf8');
      // a compare preset runs the same requests against a REST API and an HTTP API, side by side
      const results = p.dir === 'compare' ? compared(text) : await traced(text);
      await expect(`${JSON.stringify(results, null, 2)}\n`).toMatchFileSnapshot(`traces/${p.name}.json`);
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, runScenario } from '../../src/gateway/scenario.js';
import type { TraceEntry } from '../../src/gateway/model.js';
import { contentDir } from '../../src/paths.js';
import { BESIDE_MIN_WIDTH, stageDetailLines } from '../../src/sim/stageDetail.js';

const text = (lines: ReturnType<typeof stageDetailLines>) => lines.map((l) => l.map((s) => s.text).join(''));

async function traceOf(preset: string, index = 0): Promise<TraceEntry[]> {
  const p = await loadScenario(readFileSync(join(contentDir(), 'scenarios', `${preset}.json`), 'utf8'));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runScenario(p.scenario)[index]!.trace;
}

const at = (trace: TraceEntry[], stage: string) => trace.find((t) => t.stage === stage)!;

describe('stage detail lines', () => {
  it('integration request: before, after and the template with line numbers, the template beside when wide', async () => {
    const trace = await traceOf('vtl-request-transform');
    const wide = text(stageDetailLines(at(trace, 'integrationRequest'), trace, 90));
    expect(90).toBeGreaterThanOrEqual(BESIDE_MIN_WIDTH);
    // the first row of before/after and of the template share a row, split by the rule
    expect(wide.some((l) => /^before +│ template application\/json$/.test(l))).toBe(true);
    expect(wide.some((l) => /│ +1 #set\(\$order = \$input\.path\('\$'\)\)$/.test(l))).toBe(true);
    // the template's indentation is kept
    expect(wide.some((l) => l.includes('│  4   "items": $input.json(\'$.items\'),'))).toBe(true);
    // the body the template made, and the header the mapping dropped
    expect(wide.some((l) => l.startsWith('  body (changed):'))).toBe(true);
    expect(wide.some((l) => l.startsWith('  - x-channel: web'))).toBe(true);
    expect(wide.every((l) => [...l].length <= 90)).toBe(true);
  });

  it('below the values at 80 columns: no rule, the template after the after section', async () => {
    const trace = await traceOf('vtl-request-transform');
    const narrow = text(stageDetailLines(at(trace, 'integrationRequest'), trace, 47));
    expect(narrow.some((l) => l.includes('│'))).toBe(false);
    const after = narrow.findIndex((l) => l.startsWith('after POST'));
    const template = narrow.indexOf('template application/json');
    expect(after).toBeGreaterThan(narrow.indexOf('before'));
    expect(template).toBeGreaterThan(after);
    expect(narrow.every((l) => [...l].length <= 47)).toBe(true);
  });

  it('integration response marks the header its mapping added; method response starts from what it produced', async () => {
    const trace = await traceOf('cors-429-blocked', 1);
    const ir = text(stageDetailLines(at(trace, 'integrationResponse'), trace, 47));
    expect(ir).toContain('  + access-control-allow-origin: *');
    expect(ir).toContain('    {"reports": []}');
    const mr = text(stageDetailLines(at(trace, 'methodResponse'), trace, 47));
    expect(mr[0]).toBe('method response 200 sent with headers');
    expect(mr).toContain('before status 200');
    expect(mr).toContain('after status 200');
    expect(mr.filter((l) => l === '    access-control-allow-origin: *')).toHaveLength(2);
  });

  it('a template that fails marks its line; text from the scenario goes through the sanitizer', () => {
    const entry: TraceEntry = {
      stage: 'integrationRequest',
      outcome: 'stop',
      reason: 'the template failed at line 2',
      data: { before: { headers: { 'x-evil': 'a\u001b[31mred' }, query: {}, body: '' }, template: { contentType: 'application/json', source: 'one\n#if(\u001b]0;title\u0007' }, failedLine: 2 },
      cards: [],
    };
    const lines = stageDetailLines(entry, [entry], 47);
    const all = text(lines).join('\n');
    expect(all).not.toContain('\u001b');
    expect(all).toContain('x-evil: ared');
    const failed = lines.find((l) => l.some((s) => s.tone === 'failed'))!;
    expect(failed.map((s) => s.text).join('')).toBe('✗2 #if(');
  });
});

/**
 * The shipped OpenAPI examples (content/scenarios/openapi), traced with their REQUESTS files: every
 * request must get the answer in test/gateway/openapi/golden/<name>.json (checked by hand against
 * the pages in `sources`). Also: import-api of each gives a scenario that traces the same.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import trace from '../../../src/commands/trace.js';
import { runIn, tempHome } from '../../commands/run.js';

const dir = resolve(__dirname, '../../../content/scenarios/openapi');
const pick = (r: Record<string, unknown>) => ({ index: r.index, status: r.status, errorType: r.errorType, stoppedAt: r.stoppedAt, headers: r.headers, body: r.body, integrationRequest: r.integrationRequest });

describe.each(['photo-store', 'pet-store'])('example %s', (name) => {
  const golden = JSON.parse(readFileSync(join(__dirname, 'golden', `${name}.json`), 'utf8')) as { definition: string; sources: string[]; results: unknown[] };
  const requests = join(dir, `${name}.requests.json`);

  it('traces every request to its golden answer, citing AWS documentation', async () => {
    expect(golden.sources.every((s) => s.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
    const r = await runIn(trace, tempHome(), [join(dir, golden.definition)], { json: true, requests });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { results: Record<string, unknown>[] }).results.map(pick)).toEqual(golden.results);
  });

  it('imports with no error, and reports what it leaves out on stderr with file and line', async () => {
    const r = await runIn(trace, tempHome(), [join(dir, golden.definition)], { requests });
    expect(r.out).toContain(`Imported from ${join(dir, golden.definition)}`);
    for (const line of r.err.trim().split('\n').filter(Boolean)) expect(line).toMatch(new RegExp(`^${join(dir, golden.definition).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: \\S+: ignored: `));
  });
});

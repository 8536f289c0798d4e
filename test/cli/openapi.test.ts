/** The OpenAPI commands through the built CLI: flags reach them, exit codes are the documented ones. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('gateprep with OpenAPI definitions (no TTY)', () => {
  it('--help lists the commands; --strict, --side and --requests reach trace; export-api --format swagger --out writes YAML', () => {
    expect(runCli(['--help']).stdout).toContain('gateprep export-api SCENARIO.json [--format oas30|swagger] [--out FILE]');
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-oas-cli-'));
    const def = join(dir, 'API.yaml');
    writeFileSync(def, 'openapi: 3.0.1\ninfo: {title: T}\npaths:\n  /x:\n    get:\n      x-amazon-apigateway-integration: {type: mock, tlsConfig: {}}\n');
    const loose = runCli(['trace', def, '--json']);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain(`${def}:6: paths["/x"].get.x-amazon-apigateway-integration.tlsConfig: ignored: backend certificates are not checked by the simulator`);
    expect(runCli(['trace', def, '--strict']).code).toBe(1);
    const requests = join(dir, 'r.json');
    writeFileSync(requests, '[{"method": "GET", "path": "/x"}, {"method": "GET", "path": "/nope"}]');
    const traced = JSON.parse(runCli(['trace', def, '--requests', requests, '--json']).stdout) as { results: { status: number }[] };
    expect(traced.results.map((r) => r.status)).toEqual([200, 403]);
    expect(runCli(['trace', 'cache-demo', '--requests', requests]).code).toBe(2);
    const out = join(dir, 'back.yaml');
    expect(runCli(['export-api', 'cache-demo', '--format', 'swagger', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('x-amazon-apigateway-integration:');
    expect(runCli(['trace', out, '--json']).code).toBe(0);
  });
});

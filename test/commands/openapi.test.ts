/** The OpenAPI commands on good and broken files: exit codes, and messages that name file, line and JSON path. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import exportApi from '../../src/commands/exportApi.js';
import importApi from '../../src/commands/importApi.js';
import trace from '../../src/commands/trace.js';
import { runIn, tempHome } from './run.js';

const examples = resolve(__dirname, '../../content/scenarios/openapi');

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gateprep-oas-')), name);
  writeFileSync(path, text);
  return path;
}

const GOOD = `openapi: 3.0.1
info:
  title: Tiny
paths:
  /x:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
`;

describe('broken definitions', () => {
  it('bad YAML: the line of the problem, exit 1', async () => {
    const f = file('API.yaml', 'openapi: 3.0.1\ninfo:\n  title: T\npaths:\n  /x:\n    get: [unclosed\n');
    const r = await runIn(trace, tempHome(), [f]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:7: \\(file\\): `));
  });

  it('bad JSON: the line, exit 1', async () => {
    const f = file('API.json', '{\n  "openapi": "3.0.1",\n  "paths": {,}\n}\n');
    const r = await runIn(importApi, tempHome(), [f]);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`${f}:3: (file): `)).toBe(true);
  });

  it('a missing $ref: the JSON path of the $ref and its line', async () => {
    const f = file('API.yaml', `${GOOD}      parameters:\n      - $ref: '#/components/parameters/Nope'\n`);
    const r = await runIn(importApi, tempHome(), [f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}:12: paths["/x"].get.parameters[0].$ref: $ref "#/components/parameters/Nope" points to nothing in this file`);
  });

  it('an unknown integration type: the JSON path and line', async () => {
    const f = file('API.yaml', GOOD.replace('type: mock', 'type: lambda'));
    const r = await runIn(trace, tempHome(), [f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}:8: paths["/x"].get.x-amazon-apigateway-integration.type: unknown integration type "lambda"`);
  });

  it('a key twice in one YAML map: the line of the second', async () => {
    const f = file('API.yaml', `${GOOD}  /x:\n    post: {}\n`);
    const r = await runIn(importApi, tempHome(), [f]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${f}:11: (file): map keys must be unique: "/x" appears twice\n`);
  });

  it('neither OpenAPI 3.0 nor Swagger 2.0', async () => {
    const f = file('API.yaml', 'openapi: 3.1.0\ninfo: {title: T}\npaths: {}\n');
    const r = await runIn(importApi, tempHome(), [f]);
    expect(r.err).toContain(`${f}:1: openapi: version "3.1.0": API Gateway REST APIs import OpenAPI 3.0 and Swagger 2.0 only`);
  });
});

describe('--strict', () => {
  const f = file('API.yaml', GOOD.replace('type: mock', 'type: mock\n        contentHandling: CONVERT_TO_TEXT'));
  it('without it, what is not modelled is reported and the trace runs', async () => {
    const r = await runIn(trace, tempHome(), [f], { json: true });
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${f}:9: paths["/x"].get.x-amazon-apigateway-integration.contentHandling: ignored: the simulator carries bodies as text`);
  });
  it('with it, the same report is an error: exit 1, nothing on stdout', async () => {
    const r = await runIn(trace, tempHome(), [f], { json: true, strict: true });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('contentHandling: ignored: the simulator carries bodies as text: binary conversion (CONVERT_TO_BINARY / CONVERT_TO_TEXT) is not modelled (--strict)');
  });
});

describe('hostile definitions', () => {
  it('escape sequences in names and paths never reach the terminal', async () => {
    const f = file('API.json', JSON.stringify({ openapi: '3.0.1', info: { title: 'Evil\u001b]0;owned\u0007\u001b[31m' }, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'mock' }, 'x-\u001b[2Jbad': 1 } } } }));
    const text = await runIn(trace, tempHome(), [f]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Scenario: Evil');
    expect(text.out + text.err).not.toContain('\u001b');
    const json = await runIn(importApi, tempHome(), [f]);
    expect(json.out).not.toContain('\u001b');
    expect((JSON.parse(json.out) as { name: string }).name).toBe('Evil\u001b]0;owned\u0007\u001b[31m');
  });
});

describe('import-api and export-api', () => {
  it('import-api --out writes the scenario once and never replaces a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gateprep-oas-')), 'tiny.json');
    const first = await runIn(importApi, tempHome(), [file('API.yaml', GOOD)], { out });
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ name: 'Tiny', api: { routes: [{ method: 'GET', path: '/x', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/x' }] });
    const again = await runIn(importApi, tempHome(), [file('API.yaml', GOOD)], { out });
    expect(again.code).toBe(1);
    expect(again.err).toContain(`${out}: already exists: import-api never replaces a file`);
  });

  it('an --out in a folder that does not exist names the folder, not ENOENT and the temp file', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'gateprep-oas-')), 'no-such-folder');
    const imported = await runIn(importApi, tempHome(), [file('API.yaml', GOOD)], { out: join(folder, 'tiny.json') });
    expect(imported.code).toBe(1);
    expect(imported.err.split('\n').filter((l) => l.includes('cannot write'))).toEqual([`${join(folder, 'tiny.json')}: cannot write: the folder ${folder} does not exist`]);
    const exported = await runIn(exportApi, tempHome(), ['cache-demo'], { out: join(folder, 'api.yaml') });
    expect(exported.code).toBe(1);
    expect(exported.err).toBe(`${join(folder, 'api.yaml')}: cannot write: the folder ${folder} does not exist\n`);
  });

  it('examples open by name, with their side and requests files', async () => {
    const r = await runIn(trace, tempHome(), ['photo-store'], { json: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { results: { status: number }[] }).results.map((x) => x.status)).toEqual([404, 200, 400, 404, 403, 200, 404]);
  });

  it('the trace names the defaults it used in the notes of the stages they affect', async () => {
    const f = file('API.yaml', GOOD.replace('type: mock', 'type: http\n        uri: https://example.com/x').replace(/ +requestTemplates:\n.*\n/, ''));
    const r = await runIn(trace, tempHome(), [f], { json: true });
    const t = (JSON.parse(r.out) as { results: { trace: { stage: string; note?: string }[] }[] }).results[0]!.trace;
    const sideName = f.replace(/\.yaml$/, '.gateprep.json');
    expect(t.find((x) => x.stage === 'throttle')?.note).toBe(
      `no side file (${sideName}), so no stage settings: stage "prod" (the definition names none) with default throttling 10,000 rps / 5,000 burst (the account's Region limits), no method throttling and no cache.`,
    );
    expect(t.find((x) => x.stage === 'integration')?.note).toBe(
      `no side file (${sideName}), so no backend for GET /x: the backend answers 200 with an empty body at once (set methods["GET /x"].backend).`,
    );
  });

  it('export-api writes the definition and its side file; import-api of them gives the scenario back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-oas-'));
    const out = join(dir, 'API.yaml');
    const preset = 'stage-variables-backend';
    const ex = await runIn(exportApi, tempHome(), [preset], { out, format: 'swagger' });
    expect(ex.code).toBe(0);
    expect(existsSync(join(dir, 'API.gateprep.json'))).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/^swagger: "2\.0"/);
    const back = await runIn(importApi, tempHome(), [out]);
    expect(back.code).toBe(0);
    const original = JSON.parse(readFileSync(resolve(__dirname, `../../content/scenarios/${preset}.json`), 'utf8')) as { api: { routes: { path: string }[] } };
    expect((JSON.parse(back.out) as { api: { routes: { path: string }[] } }).api.routes.map((r) => r.path).sort()).toEqual(original.api.routes.map((r) => r.path).sort());
  });

  it('export-api refuses an unknown format (exit 2) and an HTTP API scenario (exit 1)', async () => {
    expect((await runIn(exportApi, tempHome(), ['cache-demo'], { format: 'raml' })).code).toBe(2);
    const http = await runIn(exportApi, tempHome(), [resolve(__dirname, '../../content/scenarios/http', 'http-jwt-scopes.json')]);
    expect(http.err).toContain('export-api writes REST APIs only');
  });
});

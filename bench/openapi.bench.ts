/**
 * OpenAPI import: `importApi` on a generated 300-route OpenAPI 3.0 YAML definition (parse, $ref
 * resolution, mapping, the scenario schema), median of 25 runs after one warm-up that loads the
 * yaml package (target < 300 ms, absolute; the same text through yaml.parse alone is shown beside it,
 * since parsing is most of the work). And the first frame's
 * code: the static imports of dist/cli.js and of the TUI chunk it opens must reach neither the
 * yaml chunk nor the import code (they load on `import()` only when a definition is opened).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { exportApi } from '../src/gateway/openapi/exportApi.js';
import { importApi } from '../src/gateway/openapi/importApi.js';
import { scenarioSchema } from '../src/gateway/schema.js';
import { median, timeMsAsync, type BenchRow } from './lib.js';

const ROUTES = 300;
const RUNS = 25;

export function definition(): string {
  const routes = Array.from({ length: ROUTES }, (_, i) => ({
    method: ['GET', 'POST', 'PUT'][i % 3],
    path: `/r${Math.floor(i / 3)}/{id}`,
    authorization: i % 2 === 0 ? 'CUSTOM' : 'NONE',
    ...(i % 2 === 0 ? { authorizer: 'tok' } : {}),
    apiKeyRequired: i % 5 === 0,
    validate: { requiredHeaders: ['X-Tenant'], requiredQuery: [], ...(i % 3 === 1 ? { bodyModel: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } : {}) },
    methodResponses: { '200': { headers: ['X-Trace'] }, '400': {} },
    integration: {
      type: i % 4 === 0 ? 'AWS_PROXY' : 'HTTP',
      uri: i % 4 === 0 ? undefined : `https://\${stageVariables.host}/r/{id}`,
      requestParameters: { 'integration.request.path.id': 'method.request.path.id', 'integration.request.header.X-Tenant': 'method.request.header.X-Tenant' },
      ...(i % 4 === 0 ? {} : { responses: { '4\\d{2}': { statusCode: '400' }, default: { statusCode: '200', responseParameters: { 'method.response.header.X-Trace': "'t'" } } } }),
    },
  }));
  const s = scenarioSchema.parse({
    name: 'bench',
    api: { authorizers: { tok: { type: 'TOKEN' } }, routes, gatewayResponses: { DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } } } },
    stage: { variables: { host: 'example.com' } },
    requests: [{ method: 'GET', path: '/r0/1' }],
  });
  return stringify(exportApi(s, 'oas30').definition, { lineWidth: 0 });
}

/** Chunks reachable from `entry` by static imports only. */
function staticClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/(?:chunks\/)?([^"]+\.js)"/g)) staticClosure(dist, entry.startsWith('chunks/') ? `chunks/${m[1]}` : `chunks/${m[1]!.replace(/^chunks\//, '')}`, seen);
  return seen;
}

export default async function bench(): Promise<BenchRow[]> {
  const text = definition();
  const run = async () => {
    const r = await importApi({ file: 'bench.yaml', text }, null, null);
    if (!r.ok || (r.scenario.api as { routes: unknown[] }).routes.length !== ROUTES) throw new Error('the 300-route import failed');
  };
  await run(); // loads yaml once, as the first definition a user opens does
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push(await timeMsAsync(run));
  const importMs = median(ms);
  // baseline, same run (the machine is shared): the yaml package parsing the same text, nothing else
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) bare.push(await timeMsAsync(async () => parse(text, { uniqueKeys: false })));
  const bareMs = median(bare);

  const dist = join(import.meta.dirname, '..', 'dist');
  const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
  const tui = /runTui\}=await import\("\.\/(chunks\/[^"]+)"\)/.exec(cli)?.[1];
  if (!tui) throw new Error('cannot find the TUI chunk in dist/cli.js');
  const firstFrame = new Set([...staticClosure(dist, 'cli.js'), ...staticClosure(dist, tui)]);
  const heavy = [...firstFrame].filter((f) => /YAMLParseError|x-amazon-apigateway-integration/.test(readFileSync(join(dist, f), 'utf8')));
  return [
    { name: `OpenAPI import, ${ROUTES}-route YAML definition (${Math.round(text.length / 1024)} KB), median of ${RUNS}`, value: Math.round(importMs * 10) / 10, unit: 'ms',
      baseline: { name: 'yaml.parse of the same text', value: Math.round(bareMs * 10) / 10 }, ratio: Math.round((importMs / bareMs) * 100) / 100, target: '< 300 ms (absolute)', pass: importMs < 300 },
    { name: `first-frame chunks that hold yaml or the OpenAPI import (of ${firstFrame.size} loaded statically)`, value: heavy.length, unit: 'chunks', target: '0', pass: heavy.length === 0 },
  ];
}

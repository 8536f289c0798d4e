/**
 * import(export(s)) gives s again: over every REST preset and over generated scenarios, for both
 * OpenAPI 3.0 and Swagger 2.0, through the text of the files (JSON) as a user would keep them.
 * The one difference allowed: routes come back grouped by path (a definition lists methods under
 * their resource), which does not change routing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportApi } from '../../../src/gateway/openapi/exportApi.js';
import { importApi } from '../../../src/gateway/openapi/importApi.js';
import { scenarioSchema, type ScenarioParsed } from '../../../src/gateway/schema.js';
import { runs } from '../../runs.js';

const presetDir = resolve(__dirname, '../../../content/scenarios');
const presets = readdirSync(presetDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, json: JSON.parse(readFileSync(join(presetDir, f), 'utf8')) as unknown }));

/** Routes grouped by path, paths in order of first appearance. */
function grouped(s: ScenarioParsed): ScenarioParsed {
  const order = [...new Set(s.api.routes.map((r) => r.path))];
  return { ...s, api: { ...s.api, routes: order.flatMap((p) => s.api.routes.filter((r) => r.path === p)) } };
}

async function roundTrip(s: ScenarioParsed, version: 'oas30' | 'swagger'): Promise<ScenarioParsed> {
  const { definition, side } = exportApi(s, version);
  const r = await importApi({ file: 'API.json', text: JSON.stringify(definition) }, { file: 'API.gateprep.json', text: JSON.stringify(side) }, null);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  expect(r.ignored).toEqual([]);
  return scenarioSchema.parse(r.scenario);
}

describe('OpenAPI round trip', () => {
  it.each(presets.filter((p) => !JSON.stringify(p.json).includes('"apiType"')).map((p) => [p.name, p.json] as const))('preset %s', async (_name, json) => {
    const s = scenarioSchema.parse(json);
    for (const v of ['oas30', 'swagger'] as const) expect(await roundTrip(s, v)).toEqual(grouped(s));
  });

  const throttle = fc.record({ rateLimit: fc.integer({ min: 0, max: 1000 }), burstLimit: fc.integer({ min: 0, max: 500 }) });
  const header = fc.constantFrom('X-Trace', 'X-Tenant', 'Accept');
  const route = fc.record(
    {
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'ANY'),
      path: fc.constantFrom('/', '/pets', '/pets/{id}', '/files/{proxy+}', '/a/b'),
      auth: fc.constantFrom('NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'),
      apiKeyRequired: fc.boolean(),
      validate: fc.option(fc.record({ requiredHeaders: fc.uniqueArray(header, { maxLength: 2 }), requiredQuery: fc.uniqueArray(fc.constantFrom('q', 'limit'), { maxLength: 2 }), model: fc.boolean(), fields: fc.boolean() }), { nil: undefined }),
      throttle: fc.option(throttle, { nil: undefined }),
      cache: fc.option(fc.record({ enabled: fc.option(fc.boolean(), { nil: undefined }), ttlSeconds: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }), keyParameters: fc.uniqueArray(fc.constantFrom('method.request.querystring.q', 'method.request.header.X-Tenant'), { maxLength: 2 }) }), { nil: undefined }),
      declared: fc.boolean(),
      type: fc.constantFrom('MOCK', 'HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY'),
      latencyMs: fc.integer({ min: 0, max: 40_000 }),
      status: fc.constantFrom(200, 404, 500),
      timeoutMs: fc.integer({ min: 50, max: 29_000 }),
      mapped: fc.boolean(),
      passthroughBehavior: fc.constantFrom('WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'),
      uri: fc.option(fc.constantFrom('https://${stageVariables.host}/x', 'arn:aws:apigateway:us-east-1:s3:path/bucket/{key}'), { nil: undefined }),
    },
    { requiredKeys: ['method', 'path', 'auth', 'apiKeyRequired', 'declared', 'type', 'latencyMs', 'status', 'timeoutMs', 'mapped', 'passthroughBehavior'] },
  );
  const arbScenario = fc
    .record({
      routes: fc.uniqueArray(route, { minLength: 1, maxLength: 6, selector: (r) => `${r.method} ${r.path}` }),
      endpointType: fc.constantFrom('EDGE', 'REGIONAL', 'PRIVATE'),
      apiKeySource: fc.constantFrom('HEADER', 'AUTHORIZER'),
      policy: fc.option(fc.record({ allowSourceIps: fc.uniqueArray(fc.constantFrom('0.0.0.0/0', '203.0.113.0/24')), denySourceIps: fc.uniqueArray(fc.constantFrom('198.51.100.7')), allowVpces: fc.uniqueArray(fc.constantFrom('vpce-1', 'vpce-2')) }), { nil: undefined }),
      ttl: fc.integer({ min: 0, max: 3600 }),
      allow: fc.uniqueArray(fc.constantFrom('good', 'admin')),
      stageThrottle: fc.option(throttle, { nil: undefined }),
      gateway: fc.boolean(),
    })
    .map((g) => {
      const routes = g.routes.map((r) => ({
        method: r.method,
        path: r.path,
        authorization: r.auth,
        ...(r.auth === 'CUSTOM' ? { authorizer: 'tokenAuth' } : r.auth === 'COGNITO_USER_POOLS' ? { authorizer: 'pool' } : {}),
        apiKeyRequired: r.apiKeyRequired,
        ...(r.validate
          ? { validate: { requiredHeaders: r.validate.requiredHeaders, requiredQuery: r.validate.requiredQuery, ...(r.validate.model ? { bodyModel: { type: 'object', required: ['name'] } } : {}), ...(r.validate.fields ? { bodyRequiredFields: ['id'] } : {}) } }
          : {}),
        ...(r.throttle ? { throttle: r.throttle } : {}),
        ...(r.cache ? { cache: r.cache } : {}),
        ...(r.declared ? { methodResponses: { '200': { headers: ['X-Trace'] }, '404': {} } } : {}),
        integration: {
          type: r.type,
          latencyMs: r.latencyMs,
          status: r.status,
          timeoutMs: r.timeoutMs,
          passthroughBehavior: r.passthroughBehavior,
          ...(r.uri ? { uri: r.uri } : {}),
          ...(r.mapped ? { requestParameters: { 'integration.request.header.X-Tenant': 'method.request.header.X-Tenant', 'integration.request.querystring.q': "'fixed'" } } : {}),
          ...(r.declared && r.type !== 'HTTP_PROXY' && r.type !== 'AWS_PROXY'
            ? { responses: { '4\\d{2}': { statusCode: '404' }, default: { statusCode: '200', responseParameters: { 'method.response.header.X-Trace': "'t'" }, responseTemplates: { 'application/json': '{"ok": true}' } } } }
            : {}),
        },
      }));
      return scenarioSchema.parse({
        name: 'generated',
        api: {
          endpointType: g.endpointType,
          apiKeySource: g.apiKeySource,
          ...(g.policy ? { resourcePolicy: g.policy } : {}),
          authorizers: {
            tokenAuth: { type: 'TOKEN', resultTtlSeconds: g.ttl, allow: g.allow, identityValidationExpression: '^[a-z]+$' },
            reqAuth: { type: 'REQUEST', identitySource: 'method.request.header.X-A, method.request.querystring.k', policyScope: 'method', context: { tenant: 't1' } },
            pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt-ok'] },
          },
          routes,
          ...(g.gateway ? { gatewayResponses: { DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } }, THROTTLED: { statusCode: 503 } } } : {}),
        },
        stage: { name: 'beta', ...(g.stageThrottle ? { throttle: g.stageThrottle } : {}), variables: { host: 'example.com' } },
        apiKeys: [{ id: 'k1', value: 'abcdefghijklmnopqrst' }],
        usagePlans: [{ name: 'plan', apiKeys: ['k1'], quota: { limit: 100, period: 'DAY' } }],
        requests: [{ method: 'GET', path: '/pets' }],
      });
    });

  it('generated scenarios come back equal, in both formats', async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, fc.constantFrom('oas30' as const, 'swagger' as const), async (s, v) => {
        expect(await roundTrip(s, v)).toEqual(grouped(s));
      }),
      { numRuns: runs(150) },
    );
  });
});

/** The defaults and field limits of the HTTP API scenario schema (docs/scenario-format.md, "HTTP APIs"). */
import { describe, expect, it } from 'vitest';
import type * as HttpSchema from '../../../src/gateway/http/schema.js';
// A static import too: the mutation runner picks a source file's tests by static imports only.
import '../../../src/gateway/http/schema.js';

import { zodErrors } from '../../../src/gateway/zodErrors.js';
import { fresh } from '../freshModule.js';

const schema = async () => (await fresh<typeof HttpSchema>('../../src/gateway/http/schema.js')).httpScenarioSchema;
const base = { name: 't', api: { apiType: 'HTTP', routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] }, requests: [{ method: 'GET', path: '/' }] };
async function errors(json: Record<string, unknown>) {
  const p = (await schema()).safeParse({ ...base, ...json });
  return p.success ? [] : zodErrors(p.error);
}

describe('HTTP API schema defaults', () => {
  it('fills every default of a minimal scenario', async () => {
    expect((await schema()).parse(base)).toEqual({
      name: 't',
      account: { rateLimit: 10_000, burstLimit: 5_000 },
      api: {
        apiType: 'HTTP',
        authorizers: {},
        routes: [
          {
            routeKey: '$default',
            authorization: 'NONE',
            authorizationScopes: [],
            integration: { type: 'HTTP_PROXY', payloadFormatVersion: '2.0', latencyMs: 0, timeoutMs: 30_000, status: 200, headers: {}, body: '', requestParameters: {}, responseParameters: {} },
          },
        ],
        disableExecuteApiEndpoint: false,
      },
      stage: { name: '$default', variables: {} },
      requests: [{ method: 'GET', path: '/', headers: {}, query: {}, body: '', sourceIp: '198.51.100.10', iam: 'none', repeat: 1, everyMs: 0 }],
    });
  });

  it('fills the defaults of authorizers, CORS and the jwt shorthand', async () => {
    const p = (await schema()).parse({
      ...base,
      api: {
        ...base.api,
        cors: {},
        authorizers: { j: { type: 'JWT', issuer: 'https://i.example.com', audience: ['app'] }, l: { type: 'REQUEST' } },
      },
      requests: [{ method: 'GET', path: '/', jwt: { claims: { sub: 'u' } } }],
    });
    expect([p.api.cors, p.api.authorizers, p.requests[0]!.jwt]).toEqual([
      { allowOrigins: [], allowMethods: [], allowHeaders: [], exposeHeaders: [], allowCredentials: false },
      {
        j: { type: 'JWT', identitySource: ['$request.header.Authorization'], issuer: 'https://i.example.com', audience: ['app'], keys: ['key-1'] },
        l: { type: 'REQUEST', identitySource: ['$request.header.Authorization'], payloadFormatVersion: '2.0', enableSimpleResponses: false, resultTtlSeconds: 0, allow: [], deny: [], error: [], context: {} },
      },
      { claims: { sub: 'u' }, kid: 'key-1', header: 'authorization' },
    ]);
  });
});

describe('HTTP API schema limits', () => {
  it('repeat is 1 to 100,000', async () => {
    expect(await errors({ requests: [{ method: 'GET', path: '/', repeat: 1 }, { method: 'GET', path: '/', repeat: 100_000 }] })).toEqual([]);
    expect(await errors({ requests: [{ method: 'GET', path: '/', repeat: 0 }, { method: 'GET', path: '/', repeat: 100_001 }] })).toEqual([
      { path: 'requests[0].repeat', message: 'Too small: expected number to be >=1' },
      { path: 'requests[1].repeat', message: 'Too big: expected number to be <=100000' },
    ]);
  });

  it('repeats are spaced by 0 ms or more', async () => {
    expect([await errors({ requests: [{ method: 'GET', path: '/', everyMs: 250 }] }), await errors({ requests: [{ method: 'GET', path: '/', everyMs: -1 }] })]).toEqual([[], [{ path: 'requests[0].everyMs', message: 'Too small: expected number to be >=0' }]]);
  });

  it('a name of any length but empty', async () => {
    expect([await errors({ name: 'a long name' }), await errors({ name: '' })]).toEqual([[], [{ path: 'name', message: 'Too small: expected string to have >=1 characters' }]]);
  });

  it('an integration fails by timeout, unreachable backend or (Lambda) error, nothing else', async () => {
    const route = (fail: string) => ({ routeKey: '$default', integration: { type: 'AWS_PROXY', fail } });
    expect(await errors({ api: { apiType: 'HTTP', routes: [route('timeout'), { ...route('unreachable'), routeKey: 'GET /a' }, { ...route('error'), routeKey: 'GET /b' }] } })).toEqual([]);
    expect(await errors({ api: { apiType: 'HTTP', routes: [route('')] } })).toEqual([{ path: 'api.routes[0].integration.fail', message: 'Invalid option: expected one of "timeout"|"unreachable"|"error"' }]);
  });

  it('accepts header and query string mappings with names of several characters', async () => {
    const integration = {
      type: 'HTTP_PROXY',
      requestParameters: { 'append:header.x-abc': 'v', 'overwrite:querystring.page': 'v', 'remove:header.cookie': '' },
      responseParameters: { '404': { 'overwrite:statuscode': '200', 'append:header.x-abc': 'v', 'remove:header.server': '' } },
    };
    expect(await errors({ api: { apiType: 'HTTP', routes: [{ routeKey: '$default', integration }] } })).toEqual([]);
  });

  it('refuses mapping keys with text before or after the rule', async () => {
    const integration = { type: 'HTTP_PROXY', requestParameters: { 'overwrite:pathx': 'v' }, responseParameters: { '200': { 'xoverwrite:statuscode': '1', 'overwrite:statuscodes': '1' } } };
    expect(await errors({ api: { apiType: 'HTTP', routes: [{ routeKey: '$default', integration }] } })).toEqual([
      { path: 'api.routes[0].integration.requestParameters["overwrite:pathx"]', message: 'must be append|overwrite|remove:header.NAME, ...:querystring.NAME or overwrite:path' },
      { path: 'api.routes[0].integration.responseParameters["200"]["xoverwrite:statuscode"]', message: 'must be append|overwrite|remove:header.NAME or overwrite:statuscode' },
      { path: 'api.routes[0].integration.responseParameters["200"]["overwrite:statuscodes"]', message: 'must be append|overwrite|remove:header.NAME or overwrite:statuscode' },
    ]);
  });

  it('names the REST features HTTP APIs do not have', async () => {
    expect(await errors({ api: { ...base.api, resourcePolicy: {}, apiKeySource: 'HEADER', endpointType: 'EDGE' }, stage: { cache: {} }, apiKeys: [], usagePlans: [] })).toEqual([
      { path: 'api.resourcePolicy', message: 'HTTP APIs have no resource policies (a REST API feature)' },
      { path: 'api.apiKeySource', message: 'HTTP APIs have no API keys (a REST API feature)' },
      { path: 'api.endpointType', message: 'HTTP APIs have no endpoint types: every HTTP API is Regional (a REST API feature)' },
      { path: 'stage.cache', message: 'HTTP APIs have no caching (a REST API feature)' },
      { path: 'apiKeys', message: 'HTTP APIs have no API keys (a REST API feature)' },
      { path: 'usagePlans', message: 'HTTP APIs have no usage plans (a REST API feature)' },
    ]);
  });
});

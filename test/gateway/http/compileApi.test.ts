/** What compileHttpApi makes of a parsed HTTP API scenario: the lookup-ready routes and stage. */
import { describe, expect, it } from 'vitest';
import { compileHttpApi, splitSegments } from '../../../src/gateway/http/compile.js';
import { httpScenarioSchema } from '../../../src/gateway/http/schema.js';

const compile = (api: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  compileHttpApi(httpScenarioSchema.parse({ name: 'c', api: { apiType: 'HTTP', ...api }, requests: [{ method: 'GET', path: '/' }], ...extra }));
const integration = { type: 'HTTP_PROXY', payloadFormatVersion: '2.0', latencyMs: 0, timeoutMs: 30_000, status: 200, headers: {}, body: '', requestParameters: {}, responseParameters: {} };

describe('compileHttpApi', () => {
  it('compiles method routes, the $default route and the stage', () => {
    const api = compile(
      {
        authorizers: { j: { type: 'JWT', issuer: 'https://i.example.com', audience: ['app'] } },
        routes: [
          { routeKey: 'GET /pets/{id}', authorization: 'JWT', authorizer: 'j', authorizationScopes: ['read'], throttle: { rateLimit: 5, burstLimit: 2 }, integration: { type: 'HTTP_PROXY', headers: { 'X-Up': 'a' } } },
          { routeKey: '$default', integration: { type: 'HTTP_PROXY', responseParameters: { '404': { 'overwrite:statuscode': '200' } } } },
        ],
      },
      { stage: { name: 'prod', throttle: { rateLimit: 1, burstLimit: 1 }, variables: { v: '1' } } },
    );
    expect(api).toEqual({
      name: 'c',
      routes: [
        {
          routeKey: 'GET /pets/{id}',
          method: 'GET',
          path: '/pets/{id}',
          segments: [
            { kind: 'literal', value: 'pets' },
            { kind: 'var', value: 'id' },
          ],
          authorization: 'JWT',
          authorizer: { type: 'JWT', identitySource: ['$request.header.Authorization'], issuer: 'https://i.example.com', audience: ['app'], keys: ['key-1'], name: 'j' },
          authorizationScopes: ['read'],
          throttle: { rateLimit: 5, burstLimit: 2 },
          integration: { ...integration, headers: { 'X-Up': 'a' } },
          bucketKey: 'route:GET /pets/{id}',
          hasResponseMappings: false,
          backendHeaders: { 'x-up': 'a' },
        },
      ],
      defaultRoute: {
        routeKey: '$default',
        method: null,
        path: null,
        segments: [],
        authorization: 'NONE',
        authorizer: null,
        authorizationScopes: [],
        throttle: null,
        integration: { ...integration, responseParameters: { '404': { 'overwrite:statuscode': '200' } } },
        bucketKey: 'route:$default',
        hasResponseMappings: true,
        backendHeaders: {},
      },
      cors: null,
      stage: { name: 'prod', autoDeploy: false, throttle: { rateLimit: 1, burstLimit: 1 }, variables: { v: '1' } },
      account: { rateLimit: 10_000, burstLimit: 5_000 },
      disableExecuteApiEndpoint: false,
    });
  });

  it('a $default stage deploys automatically unless told not to; a named one only when told', () => {
    const route = { routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] };
    expect([compile(route).stage.autoDeploy, compile(route, { stage: { name: '$default', autoDeploy: false } }).stage.autoDeploy, compile(route, { stage: { name: 'dev', autoDeploy: true } }).stage.autoDeploy]).toEqual([true, false, true]);
  });

  it('splits paths into literal, variable and greedy segments', () => {
    expect([splitSegments('/'), splitSegments('/a/{b}/{c+}')]).toEqual([
      [],
      [
        { kind: 'literal', value: 'a' },
        { kind: 'var', value: 'b' },
        { kind: 'greedy', value: 'c' },
      ],
    ]);
  });
});

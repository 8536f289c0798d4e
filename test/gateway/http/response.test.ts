import { describe, expect, it } from 'vitest';
import { readLambdaOutput } from '../../../src/gateway/http/stages/response.js';
import { runHttp } from './helpers.js';

describe('Lambda output by payload format (http-api-develop-integrations-lambda.html)', () => {
  it('2.0 infers 200, application/json and the value as body when there is no statusCode', () => {
    expect(readLambdaOutput({ message: 'hi' }, '2.0')).toMatchObject({ ok: true, res: { status: 200, headers: { 'content-type': 'application/json' }, body: '{"message":"hi"}' } });
    expect(readLambdaOutput('Hello from Lambda!', '2.0')).toMatchObject({ ok: true, res: { status: 200, body: 'Hello from Lambda!' } });
  });
  it('1.0 needs the proxy shape: the same output is invalid', () => {
    expect(readLambdaOutput({ message: 'hi' }, '1.0')).toEqual({ ok: false, why: 'statusCode undefined is not an HTTP status' });
    expect(readLambdaOutput('x', '1.0')).toEqual({ ok: false, why: 'payload 1.0 needs an object with statusCode, headers and body' });
  });
  it('reads headers, multiValueHeaders, cookies (2.0) and base64 bodies', () => {
    const p = readLambdaOutput({ statusCode: 201, headers: { 'X-A': 'a' }, multiValueHeaders: { 'x-b': ['1', '2'] }, cookies: ['c=1'], body: btoa('raw'), isBase64Encoded: true }, '2.0');
    expect(p).toEqual({ ok: true, how: 'statusCode 201 as returned (payload 2.0)', res: { status: 201, headers: { 'x-a': 'a', 'x-b': '1, 2', 'set-cookie': 'c=1' }, body: 'raw' } });
  });
  it('a 1.0 invalid output reaches the client as 500 Internal Server Error at the response stage', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /', integration: { type: 'AWS_PROXY', payloadFormatVersion: '1.0', proxyResult: [1, 2] } }] }, requests: [{ method: 'GET', path: '/' }] });
    expect([r!.status, r!.body, r!.stoppedAt]).toEqual([500, '{"message":"Internal Server Error"}', 'response']);
  });
});

describe('HTTP API integration', () => {
  it('times out at timeoutMs with 503 Service Unavailable (at most 30 s)', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /', integration: { type: 'HTTP_PROXY', latencyMs: 30_001 } }] }, requests: [{ method: 'GET', path: '/' }] });
    expect([r!.status, r!.body, r!.stoppedAt, r!.integrationCalled]).toEqual([503, '{"message":"Service Unavailable"}', 'integration', true]);
    expect(() => runHttp({ api: { routes: [{ routeKey: 'GET /', integration: { type: 'HTTP_PROXY', timeoutMs: 30_001 } }] }, requests: [{ method: 'GET', path: '/' }] })).toThrow(/30000/);
  });

  it('maps request parameters: overwrite a header from a stage variable, remove one, append a query value', () => {
    const [r] = runHttp({
      api: {
        routes: [
          {
            routeKey: 'GET /users/{id}',
            integration: {
              type: 'HTTP_PROXY',
              uri: 'https://${stageVariables.host}/u/{id}',
              requestParameters: { 'overwrite:header.x-env': '$stageVariables.env', 'remove:header.cookie': "''", 'append:querystring.src': 'gw', 'overwrite:path': '/v2/users' },
            },
          },
        ],
      },
      stage: { name: '$default', variables: { host: 'api.internal', env: 'blue' } },
      requests: [{ method: 'GET', path: '/users/7', headers: { cookie: 'a=1', 'x-env': 'client' }, query: { src: 'web' } }],
    });
    expect(r!.integrationRequest).toEqual({
      method: 'GET',
      uri: 'https://api.internal/u/7',
      headers: { 'x-env': 'blue' },
      query: { src: 'web,gw' },
      body: '',
    });
  });

  it('maps the response: a backend 404 becomes 200 with a header copied from the backend', () => {
    const [r] = runHttp({
      api: { routes: [{ routeKey: 'GET /', integration: { type: 'HTTP_PROXY', status: 404, headers: { 'x-trace': 't-1' }, responseParameters: { '404': { 'overwrite:statuscode': '200', 'append:header.x-copied': '$response.header.x-trace' } } } }] },
      requests: [{ method: 'GET', path: '/' }],
    });
    expect(r!.status).toBe(200);
    expect(r!.headers['x-copied']).toBe('t-1');
  });

  it('has no API keys, usage plans or cache: the schema says so, and the trace skips them in place', () => {
    expect(() => runHttp({ api: { routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] }, usagePlans: [], requests: [{ method: 'GET', path: '/' }] })).toThrow(/HTTP APIs have no usage plans/);
    const [r] = runHttp({ api: { routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] }, requests: [{ method: 'GET', path: '/' }] });
    expect(r!.trace.filter((t) => t.outcome === 'skip').map((t) => t.stage)).toEqual(['auth', 'cors', 'apiKey', 'cache']);
    expect(r!.cache).toBe('OFF');
  });
});

describe('HTTP API built-in CORS (http-api-cors.html)', () => {
  const cors = { allowOrigins: ['https://app.example.com'], allowMethods: ['PUT'], allowHeaders: ['x-h'], maxAge: 60 };
  const preflight = { method: 'OPTIONS', path: '/r', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-h' } };
  it('answers a preflight at the gateway with no OPTIONS route, and the browser allows it', () => {
    const [r] = runHttp({ api: { cors, routes: [{ routeKey: 'PUT /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [preflight] });
    expect([r!.status, r!.stoppedAt, r!.integrationCalled, r!.cors?.allowed]).toEqual([204, 'cors', false, true]);
    expect(r!.headers).toMatchObject({ 'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-methods': 'PUT', 'access-control-allow-headers': 'x-h', 'access-control-max-age': '60' });
  });
  it('an origin not allowed gets no CORS headers, and the browser blocks it', () => {
    const [r] = runHttp({ api: { cors, routes: [{ routeKey: 'PUT /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [{ ...preflight, headers: { ...preflight.headers, origin: 'https://evil.example.com' } }] });
    expect(r!.headers['access-control-allow-origin']).toBeUndefined();
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: true,
      reason: 'no Access-Control-Allow-Origin on the preflight response',
      fix: "add the page's origin to api.cors.allowOrigins; if a route with authorization catches OPTIONS, add OPTIONS /{proxy+} without authorization",
    });
  });
  it('replaces the integration\'s CORS headers with the configured ones', () => {
    const [r] = runHttp({
      api: { cors, routes: [{ routeKey: 'PUT /r', integration: { type: 'HTTP_PROXY', headers: { 'Access-Control-Allow-Origin': '*' } } }] },
      requests: [{ method: 'PUT', path: '/r', headers: { origin: 'https://app.example.com' } }],
    });
    expect(r!.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(r!.trace.at(-1)!.reason).toContain("the integration's access-control-allow-origin ignored");
  });
});

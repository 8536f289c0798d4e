/**
 * The HTTP API response stage: response parameter mapping (http-api-parameter-mapping.html) and
 * the configured CORS headers on every response (http-api-cors.html).
 */
import { describe, expect, it } from 'vitest';
import { runHttp } from './helpers.js';

const responseOf = (r: { trace: Array<{ stage: string; reason: string; data: unknown }> }) => r.trace.find((t) => t.stage === 'response')!;
const backend = (status: number, mappings: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  routeKey: 'GET /r',
  integration: { type: 'HTTP_PROXY', status, headers: { 'X-Trace': 't-1', server: 'nginx' }, body: 'b', responseParameters: { [String(status)]: mappings }, ...extra },
});
const one = (route: unknown, req: Record<string, unknown> = {}) => runHttp({ api: { routes: [route] }, requests: [{ method: 'GET', path: '/r', ...req }] })[0]!;

describe('response parameter mapping', () => {
  it.each([
    ['100', 100],
    ['599', 599],
    ['99', 404],
    ['600', 404],
    ['201.5', 404],
    ['abc', 404],
  ])('overwrite:statuscode %s gives %i', (value, status) => {
    expect(one(backend(404, { 'overwrite:statuscode': value })).status).toBe(status);
  });

  it('appends, overwrites and removes headers, reading the backend headers by any case', () => {
    const r = one(backend(200, { 'append:header.x-trace': '$response.header.X-TRACE', 'overwrite:header.Server': 'gw', 'remove:header.x-trace': '', 'append:header.x-new': '$response.header.x-trace', 'overwrite:header.x-none': '$response.header.missing' }));
    expect(r.headers).toEqual({ server: 'gw', 'x-new': 't-1', 'apigw-requestid': 'req-1' });
    expect(responseOf(r)).toEqual({
      stage: 'response',
      outcome: 'pass',
      reason: "200: the backend's 200 passes through (HTTP proxy), then 5 response mapping(s)",
      data: {
        mappings: ['append:header.x-trace = "t-1"', 'overwrite:header.Server = "gw"', 'remove:header.x-trace = (removed)', 'append:header.x-new = "t-1"', 'overwrite:header.x-none = undefined'],
        status: 200,
        headers: { server: 'gw', 'x-new': 't-1', 'apigw-requestid': 'req-1' },
      },
      cards: [],
    });
  });

  it('append adds to a header the backend sent, with a comma', () => {
    expect(one(backend(200, { 'append:header.x-trace': 'gw' })).headers['x-trace']).toBe('t-1,gw');
  });

  it('mappings for another status do not apply', () => {
    const r = one({ ...backend(200, {}), integration: { type: 'HTTP_PROXY', status: 200, responseParameters: { '404': { 'overwrite:statuscode': '200', 'overwrite:header.x': 'y' } } } });
    expect([r.status, r.headers, responseOf(r).reason]).toEqual([200, { 'apigw-requestid': 'req-1' }, "200: the backend's 200 passes through (HTTP proxy)"]);
  });

  it('a Lambda answer is mapped by its own status code', () => {
    const r = one({ routeKey: 'GET /r', integration: { type: 'AWS_PROXY', proxyResult: { statusCode: 418, headers: { 'x-l': 'v' } }, responseParameters: { '418': { 'overwrite:statuscode': '200' } } } });
    expect([r.status, r.headers, responseOf(r).reason]).toEqual([200, { 'x-l': 'v', 'apigw-requestid': 'req-1' }, '200: statusCode 418 as returned (payload 2.0), then 1 response mapping(s)']);
  });

  it('a Lambda output that is not a response is a 500 whose trace shows what came back', () => {
    const r = one({ routeKey: 'GET /r', integration: { type: 'AWS_PROXY', proxyResult: { statusCode: 'x' } } });
    expect([r.status, r.body, responseOf(r).reason, responseOf(r).data]).toEqual([500, '{"message":"Internal Server Error"}', 'the function\'s output is not a valid response: statusCode "x" is not an HTTP status: 500', { returned: { statusCode: 'x' } }]);
  });

  it('without proxyResult a Lambda integration answers with its status, headers and body', () => {
    const r = one({ routeKey: 'GET /r', integration: { type: 'AWS_PROXY', status: 202, headers: { 'X-H': 'v' }, body: 'queued' } });
    expect([r.status, r.headers, r.body]).toEqual([202, { 'x-h': 'v', 'apigw-requestid': 'req-1' }, 'queued']);
  });
});

describe('CORS headers on responses', () => {
  const cors = { allowOrigins: ['https://app.example.com'], exposeHeaders: ['x-total'], allowCredentials: true };
  it('adds the configured headers for an allowed origin and says so', () => {
    const r = runHttp({ api: { cors, routes: [{ routeKey: 'GET /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [{ method: 'GET', path: '/r', headers: { origin: 'https://app.example.com' } }] })[0]!;
    expect(r.headers).toEqual({ 'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'x-total', 'apigw-requestid': 'req-1' });
    expect(responseOf(r).reason).toBe("200: the backend's 200 passes through (HTTP proxy); CORS configuration applied");
  });

  it('drops every CORS header of the integration, even for an origin it does not allow', () => {
    const r = runHttp({
      api: { cors, routes: [{ routeKey: 'GET /r', integration: { type: 'HTTP_PROXY', headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Max-Age': '5', 'x-keep': '1' } } }] },
      requests: [{ method: 'GET', path: '/r', headers: { origin: 'https://evil.example.com' } }],
    })[0]!;
    expect(r.headers).toEqual({ 'x-keep': '1', 'apigw-requestid': 'req-1' });
    expect(responseOf(r).reason).toBe("200: the backend's 200 passes through (HTTP proxy); CORS configuration applied (the integration's access-control-allow-origin, access-control-max-age ignored)");
  });
});

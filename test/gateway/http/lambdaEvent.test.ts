/**
 * The Lambda event an HTTP API sends, by payload format (http-api-develop-integrations-lambda.html),
 * and the proxied HTTP request after parameter mapping (http-api-parameter-mapping.html).
 */
import { describe, expect, it } from 'vitest';
import { ISS, jwtFor, runHttp } from './helpers.js';

const lambda = (payloadFormatVersion: string, extra: Record<string, unknown> = {}) => ({ type: 'AWS_PROXY', payloadFormatVersion, proxyResult: { statusCode: 200 }, ...extra });
const eventOf = (r: { integrationRequest: { body: string } | null }) => JSON.parse(r.integrationRequest!.body) as Record<string, unknown>;
const request = { method: 'PUT', path: '/prod/pets/7', atMs: 42, headers: { 'x-a': '1' }, query: { q: 'a b', n: '2' }, body: '{"x":1}', sourceIp: '192.0.2.4' };

describe('the Lambda event', () => {
  it('payload 2.0 with path, query, stage variables and body', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'PUT /pets/{id}', integration: lambda('2.0') }] }, stage: { name: 'prod', variables: { v: '1' } }, requests: [request] });
    expect(r!.integrationRequest).toEqual({ method: 'POST', uri: 'arn:aws:lambda:us-east-1:123456789012:function:handler', headers: {}, query: {}, body: r!.integrationRequest!.body });
    expect(eventOf(r!)).toEqual({
      version: '2.0',
      routeKey: 'PUT /pets/{id}',
      rawPath: '/prod/pets/7',
      rawQueryString: 'q=a%20b&n=2',
      headers: { 'x-a': '1' },
      queryStringParameters: { q: 'a b', n: '2' },
      pathParameters: { id: '7' },
      stageVariables: { v: '1' },
      requestContext: { routeKey: 'PUT /pets/{id}', stage: 'prod', requestId: 'req-1', timeEpoch: 42, http: { method: 'PUT', path: '/prod/pets/7', sourceIp: '192.0.2.4' } },
      body: '{"x":1}',
      isBase64Encoded: false,
    });
  });

  it('payload 2.0 leaves out what the request does not have', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /r', integration: lambda('2.0', { uri: 'arn:aws:lambda:eu-west-1:111122223333:function:f' }) }] }, requests: [{ method: 'GET', path: '/r' }] });
    expect(r!.integrationRequest!.uri).toBe('arn:aws:lambda:eu-west-1:111122223333:function:f');
    expect(eventOf(r!)).toEqual({
      version: '2.0',
      routeKey: 'GET /r',
      rawPath: '/r',
      rawQueryString: '',
      headers: {},
      requestContext: { routeKey: 'GET /r', stage: '$default', requestId: 'req-1', timeEpoch: 0, http: { method: 'GET', path: '/r', sourceIp: '198.51.100.10' } },
      isBase64Encoded: false,
    });
  });

  it('payload 1.0 in the REST proxy shape, with nulls for what is missing', () => {
    const r = runHttp({
      api: { routes: [{ routeKey: 'PUT /pets/{id}', integration: lambda('1.0') }, { routeKey: '$default', integration: lambda('1.0') }] },
      stage: { name: 'prod', variables: { v: '1' } },
      requests: [request, { method: 'GET', path: '/prod/other' }],
    });
    expect(eventOf(r[0]!)).toEqual({
      version: '1.0',
      resource: '/pets/{id}',
      path: '/prod/pets/7',
      httpMethod: 'PUT',
      headers: { 'x-a': '1' },
      multiValueHeaders: { 'x-a': ['1'] },
      queryStringParameters: { q: 'a b', n: '2' },
      pathParameters: { id: '7' },
      stageVariables: { v: '1' },
      requestContext: { stage: 'prod', requestId: 'req-1', httpMethod: 'PUT', identity: { sourceIp: '192.0.2.4' }, authorizer: null },
      body: '{"x":1}',
      isBase64Encoded: false,
    });
    expect(eventOf(r[1]!)).toMatchObject({ resource: '$default', queryStringParameters: null, pathParameters: null, body: null, multiValueHeaders: {} });
  });

  it('carries the JWT claims and scopes in both formats', () => {
    const api = (v: string) => ({ authorizers: { j: { type: 'JWT', issuer: ISS, audience: ['app'] } }, routes: [{ routeKey: 'GET /r', authorization: 'JWT', authorizer: 'j', integration: lambda(v) }] });
    const claims = { iss: ISS, aud: 'app', exp: 3600, scope: 's1' };
    const auth = (v: string) => (eventOf(runHttp({ api: api(v), requests: [{ method: 'GET', path: '/r', jwt: jwtFor({ scope: 's1' }) }] })[0]!).requestContext as { authorizer: unknown }).authorizer;
    expect([auth('2.0'), auth('1.0')]).toEqual([{ jwt: { claims, scopes: ['s1'] } }, { jwt: { claims, scopes: ['s1'] } }]);
  });
});

describe('the proxied HTTP request', () => {
  const proxy = (requestParameters: Record<string, string>, extra: Record<string, unknown> = {}) => ({ type: 'HTTP_PROXY', uri: 'https://b.example.com/base', requestParameters, ...extra });
  const mapped = (routes: unknown[], req: Record<string, unknown>) => runHttp({ api: { routes }, requests: [{ method: 'GET', path: '/r', ...req }] })[0]!;

  it('lower-cases mapped header names, keeps query names, and says what it mapped', () => {
    const r = mapped(
      [{ routeKey: 'GET /r', integration: proxy({ 'overwrite:header.X-Up': 'static', 'append:header.x-new': 'n', 'remove:querystring.Drop': '', 'overwrite:querystring.Page': '$request.header.x-page', 'append:header.x-none': '$request.querystring.none' }) }],
      { headers: { 'x-page': '3' }, query: { Drop: '1', drop: '2' } },
    );
    expect(r.integrationRequest).toEqual({ method: 'GET', uri: 'https://b.example.com/base', headers: { 'x-page': '3', 'x-up': 'static', 'x-new': 'n' }, query: { drop: '2', Page: '3' }, body: '' });
    expect((r.trace.find((t) => t.stage === 'integrationRequest')!.data as { mappings: string[] }).mappings).toEqual([
      'overwrite:header.X-Up = "static"',
      'append:header.x-new = "n"',
      'remove:querystring.Drop = (removed)',
      'overwrite:querystring.Page = "3"',
      'append:header.x-none: $request.querystring.none is absent, nothing mapped',
    ]);
    expect(r.trace.find((t) => t.stage === 'integrationRequest')!.reason).toBe('HTTP proxy request to https://b.example.com/base, after 5 parameter mapping(s)');
  });

  it('the default backend, with the full path only for the $default route', () => {
    const r = runHttp({
      api: { routes: [{ routeKey: 'GET /r', integration: { type: 'HTTP_PROXY' } }, { routeKey: '$default', integration: { type: 'HTTP_PROXY' } }] },
      requests: [{ method: 'GET', path: '/r' }, { method: 'POST', path: '/x/y', body: 'b' }],
    });
    expect(r.map((x) => x.integrationRequest)).toEqual([
      { method: 'GET', uri: 'https://backend.example.com', headers: {}, query: {}, body: '' },
      { method: 'POST', uri: 'https://backend.example.com/x/y', headers: {}, query: {}, body: 'b' },
    ]);
    expect(r[0]!.trace.find((t) => t.stage === 'integrationRequest')!.reason).toBe('HTTP proxy request to https://backend.example.com');
  });

  it('fills path variables and stage variables into the URI, empty when unknown', () => {
    const [r] = runHttp({
      api: { routes: [{ routeKey: 'GET /r/{id}/{rest+}', integration: proxy({}, { uri: 'https://${stageVariables.host}${stageVariables.none}/i/{id}/{rest+}/{other}' }) }] },
      stage: { name: '$default', variables: { host: 'api.internal' } },
      requests: [{ method: 'GET', path: '/r/5/a/b' }],
    });
    expect(r!.integrationRequest!.uri).toBe('https://api.internal/i/5/a/b/');
  });

  it('a Lambda trace names its payload format and mapping count', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /r', integration: lambda('1.0', { requestParameters: { 'overwrite:header.x': 'v' } }) }] }, requests: [{ method: 'GET', path: '/r' }] });
    expect(r!.trace.find((t) => t.stage === 'integrationRequest')!.reason).toBe('Lambda event, payload format 1.0, after 1 parameter mapping(s)');
  });
});

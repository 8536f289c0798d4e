/**
 * What the HTTP API auth stage tells the user (trace reason and data) and passes on: JWT scopes
 * and claims (http-api-jwt-authorizer.html), Lambda authorizer results and their cache
 * (http-api-lambda-authorizer.html), and $context values in mappings (http-api-parameter-mapping.html).
 */
import { describe, expect, it } from 'vitest';
import { ISS, jwtFor, runHttp } from './helpers.js';

const lambda = { type: 'AWS_PROXY', proxyResult: { statusCode: 200, body: 'ok' } };
const authOf = (r: { trace: Array<{ stage: string; outcome: string; reason: string; data: unknown; note?: string }> }) => {
  const e = r.trace.find((t) => t.stage === 'auth')!;
  return { outcome: e.outcome, reason: e.reason, data: e.data };
};
const lambdaEvent = (r: { integrationRequest: { body: string } | null }) => JSON.parse(r.integrationRequest!.body) as { requestContext: { authorizer: unknown } };

describe('JWT authorizer results', () => {
  const api = (scopes: string[]) => ({
    authorizers: { j: { type: 'JWT', issuer: ISS, audience: ['app'] } },
    routes: [{ routeKey: 'GET /r', authorization: 'JWT', authorizer: 'j', authorizationScopes: scopes, integration: lambda }],
  });

  it('names the matching scope and passes only string scopes, without empty ones', () => {
    const r = runHttp({ api: api(['b', 'c']), requests: [{ method: 'GET', path: '/r', jwt: jwtFor({ scope: ' a  c ' }) }, { method: 'GET', path: '/r', jwt: jwtFor({ scp: ['a', 7, 'b', null] }) }] });
    expect(r.map((x) => [x.status, authOf(x).reason])).toEqual([
      [200, 'JWT authorizer "j": signature, exp, issuer and audience are valid, scope c matches'],
      [200, 'JWT authorizer "j": signature, exp, issuer and audience are valid, scope b matches'],
    ]);
    expect(r.map((x) => (lambdaEvent(x).requestContext.authorizer as { jwt: { scopes: unknown } }).jwt.scopes)).toEqual([['a', 'c'], ['a', 'b']]);
    expect((authOf(r[1]!).data as { scopes: unknown }).scopes).toEqual(['a', 'b']);
  });

  it('a route without scopes does not mention them, and a token without scopes has none', () => {
    const [r] = runHttp({ api: api([]), requests: [{ method: 'GET', path: '/r', jwt: jwtFor({ sub: 'u1' }) }] });
    expect(authOf(r!)).toEqual({
      outcome: 'pass',
      reason: 'JWT authorizer "j": signature, exp, issuer and audience are valid',
      data: { claims: { iss: ISS, aud: 'app', exp: 3600, sub: 'u1' }, scopes: [] },
    });
  });

  it('403 for missing scopes lists the route scopes in the trace and in www-authenticate', () => {
    const [r] = runHttp({ api: api(['pets/read', 'pets/admin']), requests: [{ method: 'GET', path: '/r', jwt: jwtFor({ scope: 'pets/write' }) }] });
    expect([r!.status, r!.headers['www-authenticate']]).toEqual([403, 'Bearer scope="pets/read pets/admin" error="insufficient_scope" error_description="expected scopes: [pets/read pets/admin]"']);
    expect(authOf(r!)).toEqual({
      outcome: 'stop',
      reason: "the token is valid but has none of the route's scopes (pets/read, pets/admin): 403",
      data: { tokenScopes: ['pets/write'], routeScopes: ['pets/read', 'pets/admin'] },
    });
  });

  it('a missing token names the identity source', () => {
    const [r] = runHttp({ api: api([]), requests: [{ method: 'GET', path: '/r', headers: { authorization: '' } }] });
    expect([r!.status, authOf(r!)]).toEqual([401, { outcome: 'stop', reason: 'JWT authorizer "j": no token in $request.header.Authorization: 401', data: {} }]);
  });

  it('claims are $context.authorizer.claims values for mappings', () => {
    const routes = [{ routeKey: 'GET /r', authorization: 'JWT', authorizer: 'j', integration: { type: 'HTTP_PROXY', requestParameters: { 'overwrite:header.x-sub': '$context.authorizer.jwt.claims.sub' } } }];
    const [r] = runHttp({ api: { ...api([]), routes }, requests: [{ method: 'GET', path: '/r', jwt: jwtFor({ sub: 'u1' }) }] });
    expect(r!.integrationRequest!.headers['x-sub']).toBe('u1');
  });
});

describe('Lambda authorizer results', () => {
  const api = (a: Record<string, unknown>) => ({
    authorizers: { l: { type: 'REQUEST', identitySource: ['$request.header.x-token'], allow: ['good'], deny: ['bad'], error: ['boom'], context: { role: 'admin' }, ...a } },
    routes: [{ routeKey: 'GET /r', authorization: 'CUSTOM', authorizer: 'l', integration: lambda }],
  });
  const req = (token: string, atMs = 0) => ({ method: 'GET', path: '/r', atMs, headers: { 'x-token': token } });

  it('says how the function answered, by response mode', () => {
    const policy = runHttp({ api: api({}), requests: [req('good'), req('bad'), req('nobody'), req('boom')] });
    expect(policy.map(authOf)).toEqual([
      { outcome: 'pass', reason: 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned an Allow policy', data: { identity: ['good'], context: { role: 'admin' }, cacheTtlSeconds: 0 } },
      { outcome: 'stop', reason: 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned an explicit Deny policy: 403', data: { identity: ['bad'] } },
      { outcome: 'stop', reason: 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned no Allow: 403', data: { identity: ['nobody'] } },
      { outcome: 'stop', reason: 'Lambda authorizer "l" failed (the function threw or timed out): 500', data: {} },
    ]);
    const simple = runHttp({ api: api({ enableSimpleResponses: true }), requests: [req('good')] });
    expect(authOf(simple[0]!).reason).toBe('Lambda authorizer "l": the function ran (payload 2.0, simple response) and returned {"isAuthorized": true}');
  });

  it('passes the allowing context to the Lambda event', () => {
    const [r] = runHttp({ api: api({}), requests: [req('good')] });
    expect(lambdaEvent(r!).requestContext.authorizer).toEqual({ lambda: { role: 'admin' } });
  });

  it('a cached result, allow or deny, counts down its seconds and is not shared between identities', () => {
    const r = runHttp({ api: api({ resultTtlSeconds: 10 }), requests: [req('good', 0), req('good', 2_500), req('bad', 3_000), req('bad', 4_000), req('other', 4_000)] });
    expect(r.map((x) => [x.status, authOf(x).reason])).toEqual([
      [200, 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned an Allow policy'],
      [200, 'Lambda authorizer "l": cached result (8 s left) and returned an Allow policy'],
      [403, 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned an explicit Deny policy: 403'],
      [403, 'Lambda authorizer "l": cached result (9 s left) and returned an explicit Deny policy: 403'],
      [403, 'Lambda authorizer "l": the function ran (payload 2.0, IAM policy response) and returned no Allow: 403'],
    ]);
    expect(authOf(r[1]!).data).toEqual({ identity: ['good'], context: { role: 'admin' }, cacheTtlSeconds: 10 });
  });

  it('a cached failure is not kept: the function runs again', () => {
    const r = runHttp({ api: api({ resultTtlSeconds: 10 }), requests: [req('boom', 0), req('boom', 1)] });
    expect(r.map((x) => [x.status, x.stoppedAt, x.message, authOf(x).reason])).toEqual([
      [500, 'auth', 'Internal Server Error', 'Lambda authorizer "l" failed (the function threw or timed out): 500'],
      [500, 'auth', 'Internal Server Error', 'Lambda authorizer "l" failed (the function threw or timed out): 500'],
    ]);
  });

  it('two authorizers with the same identity value keep separate cache entries', () => {
    const authorizers = {
      a: { type: 'REQUEST', identitySource: ['$request.header.x-token'], resultTtlSeconds: 60, allow: ['t'] },
      b: { type: 'REQUEST', identitySource: ['$request.header.x-token'], resultTtlSeconds: 60, allow: [] },
    };
    const routes = [
      { routeKey: 'GET /a', authorization: 'CUSTOM', authorizer: 'a', integration: lambda },
      { routeKey: 'GET /b', authorization: 'CUSTOM', authorizer: 'b', integration: lambda },
    ];
    const r = runHttp({ api: { authorizers, routes }, requests: ['/a', '/b'].map((path) => ({ method: 'GET', path, headers: { 'x-token': 't' } })) });
    expect(r.map((x) => x.status)).toEqual([200, 403]);
  });
});

describe('the auth stage without authorization', () => {
  it('says the route has none, or that no route was matched (a preflight answered by CORS)', () => {
    const r = runHttp({
      api: { cors: { allowOrigins: ['*'] }, routes: [{ routeKey: 'GET /r', integration: lambda }] },
      requests: [{ method: 'GET', path: '/r' }, { method: 'OPTIONS', path: '/x', headers: { origin: 'https://a.example.com', 'access-control-request-method': 'GET' } }],
    });
    expect(r.map(authOf)).toEqual([
      { outcome: 'skip', reason: 'route GET /r has no authorization', data: {} },
      { outcome: 'skip', reason: 'no route: nothing to authorize', data: {} },
    ]);
  });
});

describe('$context values in parameter mappings', () => {
  it('maps the request id, stage, route key, method, path, source IP, time and authorizer context', () => {
    const ctx = ['requestId', 'stage', 'routeKey', 'httpMethod', 'path', 'identity.sourceIp', 'requestTimeEpoch', 'authorizer.role', 'authorizer.missing', 'nope'];
    const requestParameters = Object.fromEntries(ctx.map((k) => [`overwrite:header.x-${k.replace('.', '-').toLowerCase()}`, `$context.${k}`]));
    const [r] = runHttp({
      api: {
        authorizers: { l: { type: 'REQUEST', identitySource: ['$request.header.x-token'], allow: ['t'], context: { role: 'admin' } } },
        routes: [{ routeKey: 'POST /r/{id}', authorization: 'CUSTOM', authorizer: 'l', integration: { type: 'HTTP_PROXY', requestParameters } }],
      },
      stage: { name: 'prod' },
      requests: [{ method: 'POST', path: '/prod/r/7', atMs: 1234, sourceIp: '192.0.2.9', headers: { 'x-token': 't' } }],
    });
    expect(r!.integrationRequest!.headers).toEqual({
      'x-token': 't',
      'x-requestid': 'req-1',
      'x-stage': 'prod',
      'x-routekey': 'POST /r/{id}',
      'x-httpmethod': 'POST',
      'x-path': '/prod/r/7',
      'x-identity-sourceip': '192.0.2.9',
      'x-requesttimeepoch': '1234',
      'x-authorizer-role': 'admin',
    });
  });
});

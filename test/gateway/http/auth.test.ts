import { describe, expect, it } from 'vitest';
import { encodeJwt } from '../../../src/gateway/jwt.js';
import { ISS, jwtFor, runHttp } from './helpers.js';

const lambda = { type: 'AWS_PROXY', proxyResult: { statusCode: 200, body: 'ok' } };
const jwtApi = (scopes: string[] = []) => ({
  authorizers: { j: { type: 'JWT', issuer: ISS, audience: ['app'] } },
  routes: [{ routeKey: 'GET /r', authorization: 'JWT', authorizer: 'j', authorizationScopes: scopes, integration: lambda }],
});
const get = (extra: Record<string, unknown> = {}) => ({ method: 'GET', path: '/r', ...extra });

describe('HTTP API JWT authorizer (http-api-jwt-authorizer.html)', () => {
  it('401 without a token, without calling the integration', () => {
    const [r] = runHttp({ api: jwtApi(), requests: [get()] });
    expect([r!.status, r!.body, r!.stoppedAt, r!.integrationCalled]).toEqual([401, '{"message":"Unauthorized"}', 'auth', false]);
    expect(r!.headers['www-authenticate']).toBeUndefined();
  });

  it.each([
    ['an expired token', { exp: 0 }, 'the token has expired'],
    ['a token from another issuer', { iss: 'https://evil.example.com' }, 'the token does not have a valid issuer'],
    ['a token for another audience', { aud: 'other' }, 'the token does not have a valid audience'],
    ['a token not valid yet', { nbf: 60 }, 'the token is not valid yet (nbf)'],
  ])('401 with www-authenticate for %s', (_name, claims, why) => {
    const [r] = runHttp({ api: jwtApi(), requests: [get({ jwt: jwtFor(claims) })] });
    expect(r!.status).toBe(401);
    expect(r!.headers['www-authenticate']).toBe(`Bearer scope="" error="invalid_token" error_description="${why}"`);
  });

  it('401 for a token signed by a key the issuer does not publish, and for a string that is not a JWT', () => {
    const r = runHttp({ api: jwtApi(), requests: [get({ jwt: jwtFor({}, 'rogue') }), get({ headers: { authorization: 'Bearer not-a-jwt' } })] });
    expect(r.map((x) => x.headers['www-authenticate'])).toEqual([
      'Bearer scope="" error="invalid_token" error_description="the token signature is invalid (its kid is not a key of the issuer)"',
      'Bearer scope="" error="invalid_token" error_description="the token is not a valid JWT"',
    ]);
  });

  it('accepts client_id when the token has no aud, and the token without the Bearer prefix', () => {
    const token = encodeJwt({ iss: ISS, client_id: 'app', exp: 3600 }, 'key-1');
    const r = runHttp({ api: jwtApi(), requests: [get({ headers: { authorization: token } })] });
    expect(r[0]!.status).toBe(200);
  });

  it('403 Forbidden when the token has none of the route scopes; scp arrays count too', () => {
    const r = runHttp({
      api: jwtApi(['pets/read']),
      requests: [get({ jwt: jwtFor({ scope: 'pets/write' }) }), get({ jwt: jwtFor({ scp: ['pets/read'] }) })],
    });
    expect([r[0]!.status, r[0]!.body]).toEqual([403, '{"message":"Forbidden"}']);
    expect(r[1]!.status).toBe(200);
  });

  it('expiry follows the virtual clock: the same token passes at 3599 s and fails at 3600 s', () => {
    const r = runHttp({ api: jwtApi(), requests: [get({ atMs: 3_599_000, jwt: jwtFor({}) }), get({ atMs: 3_600_000, jwt: jwtFor({}) })] });
    expect(r.map((x) => x.status)).toEqual([200, 401]);
  });

  it('puts claims and scopes in the Lambda event (payload 2.0 requestContext.authorizer.jwt)', () => {
    const [r] = runHttp({ api: jwtApi(), requests: [get({ jwt: jwtFor({ sub: 'u1', scope: 'a b' }) })] });
    const event = JSON.parse(r!.integrationRequest!.body) as { requestContext: { authorizer: { jwt: { claims: { sub: string }; scopes: string[] } } } };
    expect(event.requestContext.authorizer.jwt.claims.sub).toBe('u1');
    expect(event.requestContext.authorizer.jwt.scopes).toEqual(['a', 'b']);
  });
});

describe('HTTP API Lambda authorizer (http-api-lambda-authorizer.html)', () => {
  const api = (a: Record<string, unknown>) => ({
    authorizers: { l: { type: 'REQUEST', identitySource: ['$request.header.x-token', '$request.querystring.tenant'], allow: ['good,t1'], deny: ['bad,t1'], error: ['boom,t1'], context: { role: 'admin' }, ...a } },
    routes: [{ routeKey: 'GET /r', authorization: 'CUSTOM', authorizer: 'l', integration: lambda }],
  });
  const req = (token: string, tenant: string | null = 't1', atMs = 0) => get({ atMs, headers: { 'x-token': token }, query: tenant === null ? {} : { tenant } });

  it('401 without calling the function when an identity source is missing', () => {
    const [r] = runHttp({ api: api({}), requests: [req('good', null)] });
    expect([r!.status, r!.body]).toEqual([401, '{"message":"Unauthorized"}']);
    expect(r!.trace.at(-1)!.reason).toContain('identity source $request.querystring.tenant is missing, so the function is not called');
  });

  it('allow passes with its context, deny and unknown values are 403, a failing function is 500', () => {
    const r = runHttp({ api: api({ enableSimpleResponses: true }), requests: [req('good'), req('bad'), req('nobody'), req('boom')] });
    expect(r.map((x) => [x.status, x.body])).toEqual([
      [200, 'ok'],
      [403, '{"message":"Forbidden"}'],
      [403, '{"message":"Forbidden"}'],
      [500, '{"message":"Internal Server Error"}'],
    ]);
    expect(r[1]!.trace.at(-1)!.reason).toContain('returned {"isAuthorized": false}');
  });

  it('caches the result by identity source for resultTtlSeconds', () => {
    const r = runHttp({ api: api({ resultTtlSeconds: 10 }), requests: [req('good', 't1', 0), req('good', 't1', 9_999), req('good', 't1', 10_000)] });
    expect(r.map((x) => x.trace.find((t) => t.stage === 'auth')!.reason.includes('cached result'))).toEqual([false, true, false]);
  });

  it('rejects simple responses with payload format 1.0 in the schema', () => {
    expect(() => runHttp({ api: api({ enableSimpleResponses: true, payloadFormatVersion: '1.0' }), requests: [req('good')] })).toThrow(/simple responses need payloadFormatVersion 2.0/);
  });
});

describe('HTTP API IAM authorization', () => {
  it('passes signed-allowed callers and answers 403 otherwise', () => {
    const r = runHttp({
      api: { routes: [{ routeKey: 'GET /r', authorization: 'AWS_IAM', integration: lambda }] },
      requests: ['signed-allowed', 'none', 'bad-signature', 'signed-denied'].map((iam) => get({ iam })),
    });
    expect(r.map((x) => x.status)).toEqual([200, 403, 403, 403]);
  });
});

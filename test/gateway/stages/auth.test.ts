import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from '../helpers.js';

const lambdaApi = (authorizer: Record<string, unknown>, routeExtra: Record<string, unknown> = {}) => ({
  routes: [
    { method: 'GET', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK' }, ...routeExtra },
    { method: 'POST', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK' }, ...routeExtra },
  ],
  authorizers: { a: { type: 'TOKEN', ...authorizer } },
});
const get = (token?: string, atMs = 0) => ({ atMs, method: 'GET', path: '/pets', headers: token === undefined ? {} : { Authorization: token } });

describe('auth stage: Lambda TOKEN authorizer', () => {
  it('missing token: 401 without invoking the function', () => {
    const [r] = run({ api: lambdaApi({ allow: ['t'] }), requests: [get()] });
    expect(brief(r!)).toEqual([401, 'UnauthorizedException', 'auth']);
    expect(r!.message).toBe('Unauthorized');
    expect(entry(r!, 'auth').data.invoked).toBe(false);
  });

  it('identityValidationExpression mismatch: 401 without invoking', () => {
    const [r] = run({ api: lambdaApi({ allow: ['tok'], identityValidationExpression: '^Bearer .+$' }), requests: [get('tok')] });
    expect(r!.status).toBe(401);
    expect(entry(r!, 'auth').reason).toContain('identityValidationExpression');
  });

  it('explicit Deny: 403 with the explicit-deny message (body key Message)', () => {
    const [r] = run({ api: lambdaApi({ deny: ['d'] }), requests: [get('d')] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(r!.message).toBe('User is not authorized to access this resource with an explicit deny');
  });

  it('function error: 500 AuthorizerConfigurationException with message null', () => {
    const [r] = run({ api: lambdaApi({ error: ['e'] }), requests: [get('e')] });
    expect(brief(r!)).toEqual([500, 'AuthorizerConfigurationException', 'auth']);
    expect(r!.message).toBeNull();
  });

  it('unknown token behaves like "Unauthorized"', () => {
    const [r] = run({ api: lambdaApi({ allow: ['t'] }), requests: [get('who')] });
    expect(brief(r!)).toEqual([401, 'UnauthorizedException', 'auth']);
  });

  it('caches an Allow for resultTtlSeconds, then invokes again', () => {
    const rs = run({ api: lambdaApi({ allow: ['t'], resultTtlSeconds: 10 }), requests: [get('t', 0), get('t', 9_999), get('t', 10_000)] });
    expect(rs.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(rs.map((r) => entry(r, 'auth').data.invoked)).toEqual([true, false, true]);
    expect(entry(rs[1]!, 'auth').data.ttlRemainingMs).toBe(1);
  });

  it('TTL 0 disables the cache', () => {
    const rs = run({ api: lambdaApi({ allow: ['t'], resultTtlSeconds: 0 }), requests: [get('t'), get('t', 1)] });
    expect(rs.map((r) => entry(r, 'auth').data.invoked)).toEqual([true, true]);
  });

  it('method-scoped policy gotcha: a cached Allow denies another method until it expires', () => {
    const rs = run({
      api: lambdaApi({ allow: ['t'], policyScope: 'method', resultTtlSeconds: 60 }),
      requests: [get('t', 0), { atMs: 1000, method: 'POST', path: '/pets', headers: { Authorization: 't' } }, { atMs: 61_000, method: 'POST', path: '/pets', headers: { Authorization: 't' } }],
    });
    expect(rs[0]!.status).toBe(200);
    expect(brief(rs[1]!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(rs[1]!.message).toBe('User is not authorized to access this resource');
    expect(rs[2]!.status).toBe(200);
  });

  it('REQUEST authorizer: all identity sources joined; a missing one gives 401 when caching is on', () => {
    const a = { type: 'REQUEST', identitySource: 'method.request.header.x-user, method.request.querystring.tenant', allow: ['u1,t1'] };
    const rs = run({
      api: { ...lambdaApi({}), authorizers: { a } },
      requests: [
        { method: 'GET', path: '/pets', headers: { 'X-User': 'u1' }, query: { tenant: 't1' } },
        { method: 'GET', path: '/pets', headers: { 'X-User': 'u1' } },
      ],
    });
    expect(rs[0]!.status).toBe(200);
    expect(entry(rs[0]!, 'auth').data.identity).toBe('u1,t1');
    expect(brief(rs[1]!)).toEqual([401, 'UnauthorizedException', 'auth']);
  });
});

describe('auth stage: IAM and Cognito', () => {
  const iamApi = api({ authorization: 'AWS_IAM' });
  it.each([
    ['none', 403, 'MissingAuthenticationTokenException'],
    ['bad-signature', 403, 'InvalidSignatureException'],
    ['signed-denied', 403, 'AccessDeniedException'],
    ['signed-allowed', 200, null],
  ])('IAM %s -> %i %s', (iam, status, errorType) => {
    const [r] = run({ api: iamApi, requests: [{ method: 'GET', path: '/pets', iam }] });
    expect(r!.status).toBe(status);
    expect(r!.errorType).toBe(errorType);
  });

  it('Cognito: missing or invalid token 401, valid token passes', () => {
    const cog = api({ authorization: 'COGNITO_USER_POOLS', authorizer: 'pool' }, { authorizers: { pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt-ok'] } } });
    const rs = run({ api: cog, requests: [get(), get('jwt-bad'), get('jwt-ok')] });
    expect(rs.map(brief)).toEqual([
      [401, 'UnauthorizedException', 'auth'],
      [401, 'UnauthorizedException', 'auth'],
      [200, null, null],
    ]);
  });
});

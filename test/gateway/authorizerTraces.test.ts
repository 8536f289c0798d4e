/** Lambda, Cognito and IAM traces on the paths the presets do not take: exact reasons, notes and the authorizer context. */
import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from './helpers.js';

type R = ReturnType<typeof run>[number];
const auth = (r: R) => { const e = entry(r, 'auth'); return [e.outcome, e.reason, e.data, e.note]; };
const lambdaApi = (authorizer: Record<string, unknown>, extra: Record<string, unknown> = {}, integration: Record<string, unknown> = { type: 'MOCK' }) =>
  api({ authorization: 'CUSTOM', authorizer: 'a', integration }, { authorizers: { a: { type: 'TOKEN', ...authorizer } }, ...extra });
const get = (headers: Record<string, string> = {}, more: Record<string, unknown> = {}) => ({ method: 'GET', path: '/pets', headers, ...more });

describe('Lambda authorizer traces', () => {
  it('"Unauthorized" with caching on says the documentation is silent on caching it; with TTL 0 no note', () => {
    const [cachedTtl] = run({ api: lambdaApi({ allow: ['t'] }), requests: [get({ Authorization: 'x' })] });
    expect(brief(cachedTtl!)).toEqual([401, 'UnauthorizedException', 'auth']);
    expect(auth(cachedTtl!)).toEqual(['stop', 'the authorizer answered "Unauthorized": 401', { authorizer: 'a', type: 'TOKEN', identity: 'x', resultTtlSeconds: 300, invoked: true },
      'The documentation is silent on caching this answer; the simulator does not cache it.']);
    const [noTtl] = run({ api: lambdaApi({ allow: ['t'], resultTtlSeconds: 0 }), requests: [get({ Authorization: 'x' })] });
    expect(auth(noTtl!)[3]).toBeUndefined();
  });

  it('a function error: 500 with message null, invoked', () => {
    const [r] = run({ api: lambdaApi({ error: ['e'] }), requests: [get({ Authorization: 'e' })] });
    expect([r!.status, r!.body]).toEqual([500, '{"message":null}']);
    expect(auth(r!)).toEqual(['stop', 'the authorizer function failed: 500 with message null', { authorizer: 'a', type: 'TOKEN', identity: 'e', resultTtlSeconds: 300, invoked: true }, undefined]);
  });

  it('a token failing identityValidationExpression is refused without calling the function', () => {
    const [r] = run({ api: lambdaApi({ allow: ['tok'], identityValidationExpression: '^Bearer .+$' }), requests: [get({ Authorization: 'tok' })] });
    expect(auth(r!)).toEqual(['stop', 'token does not match identityValidationExpression ^Bearer .+$: 401 without calling the authorizer',
      { authorizer: 'a', type: 'TOKEN', identity: 'tok', resultTtlSeconds: 300, invoked: false }, undefined]);
  });

  it('an Allow with a silent resource policy: the authorizer decides, and says so', () => {
    const [r] = run({ api: lambdaApi({ allow: ['t'], resultTtlSeconds: 0 }, { resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } }), requests: [get({ Authorization: 't' }, { sourceIp: '192.0.2.1' })] });
    expect(r!.status).toBe(200);
    expect(auth(r!)).toEqual(['pass', 'the authorizer allowed every method of the API; the resource policy is silent, so the authorizer decides',
      { authorizer: 'a', type: 'TOKEN', identity: 't', resultTtlSeconds: 0, invoked: true, cached: false }, undefined]);
  });

  it('a method-scoped Allow on its own method: "this method"', () => {
    const [r] = run({ api: lambdaApi({ allow: ['t'], policyScope: 'method' }), requests: [get({ Authorization: 't' })] });
    expect(auth(r!).slice(0, 2)).toEqual(['pass', 'the authorizer allowed this method']);
  });

  it('a REQUEST authorizer on a query string: the missing source is named', () => {
    const a = api({ authorization: 'CUSTOM', authorizer: 'a' }, { authorizers: { a: { type: 'REQUEST', identitySource: 'method.request.header.X-A, method.request.querystring.q', allow: ['1,2'] } } });
    const rs = run({ api: a, requests: [get({ 'x-a': '1' }), get({ 'x-a': '1' }, { query: { q: '2' } })] });
    expect(rs.map((r) => r.status)).toEqual([401, 200]);
    expect(entry(rs[0]!, 'auth').reason).toBe('identity source missing (query string q): 401 without calling the authorizer');
    expect(entry(rs[1]!, 'auth').data.identity).toBe('1,2');
  });

  it('$context.authorizer: principalId defaults to the identity value, context values become strings', () => {
    const integration = {
      type: 'HTTP', uri: 'https://b.example/pets',
      requestParameters: { 'integration.request.header.x-p': 'context.authorizer.principalId', 'integration.request.header.x-n': 'context.authorizer.n', 'integration.request.header.x-b': 'context.authorizer.b' },
    };
    const [r] = run({ api: lambdaApi({ allow: ['t'], context: { n: 1, b: true } }, {}, integration), requests: [get({ Authorization: 't' })] });
    expect(r!.integrationRequest!.headers).toStrictEqual({ 'x-p': 't', 'x-n': '1', 'x-b': 'true' });
    const [named] = run({ api: lambdaApi({ allow: ['t'], principalId: 'user-1' }, {}, integration), requests: [get({ Authorization: 't' })] });
    expect(named!.integrationRequest!.headers).toStrictEqual({ 'x-p': 'user-1' });
  });
});

describe('Cognito and IAM traces', () => {
  it('Cognito without a token names the missing header', () => {
    const cog = api({ authorization: 'COGNITO_USER_POOLS', authorizer: 'pool' }, { authorizers: { pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt-ok'] } } });
    const [r] = run({ api: cog, requests: [get()] });
    expect(auth(r!)).toEqual(['stop', 'Cognito token missing (header authorization)', { authorizer: 'pool', identity: '' }, undefined]);
  });

  it('IAM signed but not allowed: the resource policy is named only when there is one', () => {
    const [plain] = run({ api: api({ authorization: 'AWS_IAM' }), requests: [get({}, { iam: 'signed-denied' })] });
    expect(auth(plain!)).toEqual(['stop', "the caller's IAM policy does not allow execute-api:Invoke on this method", { iam: 'signed-denied' }, undefined]);
    expect(plain!.body).toBe('{"Message":"User: arn:aws:iam::123456789012:user/caller is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets"}');
    const [withPolicy] = run({ api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } }), requests: [get({}, { iam: 'signed-denied', sourceIp: '192.0.2.1' })] });
    expect(auth(withPolicy!)[1]).toBe("the caller's IAM policy does not allow execute-api:Invoke on this method and the resource policy does not allow it either: implicit deny (Table A)");
    const [allowed] = run({ api: api({ authorization: 'AWS_IAM' }), requests: [get({}, { iam: 'signed-allowed' })] });
    expect(auth(allowed!)).toEqual(['pass', 'signed request; IAM allows execute-api:Invoke', { iam: 'signed-allowed' }, undefined]);
  });
});

/**
 * An explicit IP Deny in the resource policy with IAM or Cognito: the caller is authenticated first, so the
 * resourcePolicy stage passes and the auth stage applies the deny; a failed authentication answers first.
 */
import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from './helpers.js';

const resourcePolicy = { allowSourceIps: ['10.0.0.0/8'], denySourceIps: ['10.9.9.9'] };
const ARN = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets';
const stages = (r: { trace: { stage: string; outcome: string }[] }) => r.trace.map((t) => `${t.stage}:${t.outcome}`).slice(0, 3);

describe('explicit Deny with AWS_IAM', () => {
  const iamApi = api({ authorization: 'AWS_IAM' }, { resourcePolicy });
  const req = (iam: string) => ({ method: 'GET', path: '/pets', sourceIp: '10.9.9.9', iam });

  it('a signed request: the deny is applied in auth, with the caller ARN and explicit-deny text', () => {
    const [r] = run({ api: iamApi, requests: [req('signed-allowed')] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(r!.body).toBe(`{"Message":"User: arn:aws:iam::123456789012:user/caller is not authorized to perform: execute-api:Invoke on resource: ${ARN} with an explicit deny"}`);
    const rp = entry(r!, 'resourcePolicy');
    expect([rp.outcome, rp.reason, rp.data]).toEqual([
      'pass',
      'explicit Deny matches (source IP 10.9.9.9 in 10.9.9.9), but with IAM the caller is authenticated first: the deny is applied in the auth stage',
      { sourceIp: '10.9.9.9', deniedBy: '10.9.9.9' },
    ]);
    const a = entry(r!, 'auth');
    expect([a.reason, a.data]).toEqual([
      'signed request authenticated; the resource policy explicitly denies source IP 10.9.9.9 (10.9.9.9): explicit deny wins',
      { iam: 'signed-allowed', deniedBy: '10.9.9.9' },
    ]);
  });

  it('an unsigned request gets Missing Authentication Token before the deny', () => {
    const [r] = run({ api: iamApi, requests: [req('none')] });
    expect(brief(r!)).toEqual([403, 'MissingAuthenticationTokenException', 'auth']);
    const a = entry(r!, 'auth');
    expect([a.reason, a.data]).toEqual(['AWS_IAM method but the request is not SigV4-signed', { iam: 'none' }]);
  });
});

describe('explicit Deny with Cognito', () => {
  const cog = (extra: Record<string, unknown> = {}) =>
    api({ authorization: 'COGNITO_USER_POOLS', authorizer: 'pool' }, { authorizers: { pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt-ok'] } }, resourcePolicy, ...extra });
  const req = (token: string, extra: Record<string, unknown> = {}) => ({ method: 'GET', path: '/pets', sourceIp: '10.9.9.9', headers: { Authorization: token }, ...extra });

  it('a valid token: the deny is applied in auth', () => {
    const [r] = run({ api: cog(), requests: [req('jwt-ok')] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(r!.body).toBe(`{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN} with an explicit deny"}`);
    expect(entry(r!, 'resourcePolicy').reason).toBe(
      'explicit Deny matches (source IP 10.9.9.9 in 10.9.9.9), but with Cognito the caller is authenticated first: the deny is applied in the auth stage',
    );
    const a = entry(r!, 'auth');
    expect([a.reason, a.data]).toEqual([
      'valid Cognito token, but the resource policy explicitly denies source IP 10.9.9.9 (10.9.9.9)',
      { authorizer: 'pool', identity: 'jwt-ok', deniedBy: '10.9.9.9' },
    ]);
  });

  it('an invalid token: 401 first', () => {
    const [r] = run({ api: cog(), requests: [req('jwt-bad')] });
    expect(brief(r!)).toEqual([401, 'UnauthorizedException', 'auth']);
    expect(stages(r!)).toEqual(['route:pass', 'resourcePolicy:pass', 'auth:stop']);
    expect(entry(r!, 'auth').reason).toBe('Cognito token is not valid for this user pool');
  });

  it('a private API reached through an endpoint the policy does not allow: the deny stops at resourcePolicy', () => {
    const [r] = run({ api: cog({ endpointType: 'PRIVATE' }), requests: [req('jwt-ok', { vpce: 'vpce-ffff' })] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
    expect(entry(r!, 'resourcePolicy').reason).toBe('explicit Deny: source IP 10.9.9.9 matches 10.9.9.9; checked before any authorizer runs');
  });

  it('a private API reached through an allowed endpoint: the deny waits for the token, as on a public API', () => {
    const [r] = run({ api: cog({ endpointType: 'PRIVATE', resourcePolicy: { ...resourcePolicy, allowVpces: ['vpce-1'] } }), requests: [req('jwt-ok', { vpce: 'vpce-1' })] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(entry(r!, 'auth').reason).toBe('valid Cognito token, but the resource policy explicitly denies source IP 10.9.9.9 (10.9.9.9)');
  });
});

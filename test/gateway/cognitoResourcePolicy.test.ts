/** Cognito authenticates first, then the resource policy must explicitly allow: a silent policy denies after the token check. */
import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from './helpers.js';

const cognito = api(
  { authorization: 'COGNITO_USER_POOLS', authorizer: 'pool' },
  { authorizers: { pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt-ok'] } }, resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } },
);
const get = (sourceIp: string) => ({ method: 'GET', path: '/pets', sourceIp, headers: { Authorization: 'jwt-ok' } });

describe('Cognito and a resource policy', () => {
  it('a valid token from an IP no Allow covers: 403 implicit deny in the auth stage', () => {
    const [r] = run({ api: cognito, requests: [get('192.0.2.1')] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(r!.body).toBe('{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets"}');
    const e = entry(r!, 'auth');
    expect([e.outcome, e.reason, e.data]).toEqual(['stop', 'valid Cognito token, but the resource policy has no matching Allow: implicit deny', { authorizer: 'pool', identity: 'jwt-ok' }]);
  });

  it('a valid token from an allowed IP passes', () => {
    const [r] = run({ api: cognito, requests: [get('10.1.2.3')] });
    expect(brief(r!)).toEqual([200, null, null]);
    const e = entry(r!, 'auth');
    expect([e.outcome, e.reason]).toEqual(['pass', 'valid Cognito token']);
  });
});

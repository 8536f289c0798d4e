/** The resourcePolicy stage's exact answers and trace on each branch: private API, explicit deny, allow, implicit deny, silent policy. */
import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from './helpers.js';

const ARN = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/pets';
const rp = (r: ReturnType<typeof run>[number]) => { const e = entry(r, 'resourcePolicy'); return [e.outcome, e.reason, e.data]; };

describe('resourcePolicy traces', () => {
  it('a private API called from outside: the unreachable stand-in has no body and no headers', () => {
    const [r] = run({ api: api({}, { endpointType: 'PRIVATE', resourcePolicy: { allowVpces: ['vpce-1'] } }), requests: [{ method: 'GET', path: '/pets' }] });
    expect([r!.status, r!.errorType, r!.message, r!.body, r!.headers]).toEqual([403, null, null, '', {}]);
    expect(rp(r!)).toEqual(['stop',
      'private API called from outside a VPC: in AWS its DNS name does not resolve, so there is no HTTP response at all; the simulator shows 403 only as a stand-in (the documentation gives no status for this)',
      { endpointType: 'PRIVATE', vpce: null }]);
    expect(entry(r!, 'route').reason).toBe('private API called from outside a VPC: the request never reaches the gateway, so nothing is matched');
  });

  it('a private API without a resource policy denies every endpoint', () => {
    const [r] = run({ api: api({}, { endpointType: 'PRIVATE' }), requests: [{ method: 'GET', path: '/pets', vpce: 'vpce-1' }] });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
    expect(r!.body).toBe(`{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}"}`);
    expect(rp(r!)).toEqual(['stop', 'private API has no resource policy: nothing grants the VPC endpoint, so every call is denied', { vpce: 'vpce-1' }]);
  });

  it('a private API through an endpoint the policy does not list', () => {
    const [r] = run({ api: api({}, { endpointType: 'PRIVATE', resourcePolicy: { allowVpces: ['vpce-1'] } }), requests: [{ method: 'GET', path: '/pets', vpce: 'vpce-2', sourceIp: '10.0.0.1' }] });
    expect(rp(r!)).toEqual(['stop', 'private API: the policy does not allow VPC endpoint vpce-2 (aws:SourceVpce)', { sourceIp: '10.0.0.1', vpce: 'vpce-2', allowedBy: null }]);
  });

  it('an allowed endpoint and an allowed IP: explicit Allow names what matched', () => {
    const [v] = run({ api: api({}, { endpointType: 'PRIVATE', resourcePolicy: { allowVpces: ['vpce-1'] } }), requests: [{ method: 'GET', path: '/pets', vpce: 'vpce-1', sourceIp: '10.0.0.1' }] });
    expect(rp(v!)).toEqual(['pass', 'explicit Allow matches (vpce-1)', { sourceIp: '10.0.0.1', vpce: 'vpce-1', allowedBy: 'vpce-1' }]);
    const [ip] = run({ api: api({}, { resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } }), requests: [{ method: 'GET', path: '/pets', sourceIp: '10.0.0.1' }] });
    expect(rp(ip!)).toEqual(['pass', 'explicit Allow matches (10.0.0.0/8)', { sourceIp: '10.0.0.1', vpce: null, allowedBy: '10.0.0.0/8' }]);
  });

  it('explicit Deny before a Lambda authorizer: the data names the rule', () => {
    const a = api({ authorization: 'CUSTOM', authorizer: 'a' }, { resourcePolicy: { denySourceIps: ['192.0.2.0/24'] }, authorizers: { a: { type: 'TOKEN', allow: ['t'] } } });
    const [r] = run({ api: a, requests: [{ method: 'GET', path: '/pets', sourceIp: '192.0.2.9', headers: { Authorization: 't' } }] });
    expect(r!.body).toBe(`{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN} with an explicit deny"}`);
    expect(rp(r!)).toEqual(['stop', 'explicit Deny: source IP 192.0.2.9 matches 192.0.2.0/24; checked before any authorizer runs', { sourceIp: '192.0.2.9', deniedBy: '192.0.2.0/24' }]);
  });

  it('no statement matches: NONE is an implicit deny; IAM, Lambda and Cognito are told apart', () => {
    const resourcePolicy = { allowSourceIps: ['10.0.0.0/8'] };
    const req = { method: 'GET', path: '/pets', sourceIp: '192.0.2.1', headers: { Authorization: 't' }, iam: 'signed-allowed' };
    const one = (route: Record<string, unknown>) => run({
      api: api(route, { resourcePolicy, authorizers: { a: { type: 'TOKEN', allow: ['t'] }, c: { type: 'COGNITO_USER_POOLS', allow: ['t'] } } }), requests: [req],
    })[0]!;
    const data = { sourceIp: '192.0.2.1', vpce: null, allowedBy: null };
    expect(rp(one({}))).toEqual(['stop', 'no Allow statement matches and the method has no authorizer: implicit deny', data]);
    expect(rp(one({ authorization: 'AWS_IAM' }))).toEqual(['pass', 'no statement matches: the policy is silent, so the IAM result decides', data]);
    expect(rp(one({ authorization: 'CUSTOM', authorizer: 'a' }))).toEqual(['pass', 'no statement matches: the policy is silent, so the authorizer result decides', data]);
    expect(rp(one({ authorization: 'COGNITO_USER_POOLS', authorizer: 'c' }))).toEqual(['pass', 'no Allow statement matches; Cognito authenticates first, then a silent policy denies (applied after the token check)', data]);
  });
});

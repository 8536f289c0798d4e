/**
 * Faithfulness review: each test pins one rule where the engine disagreed with its source
 * (AWS documentation or ../shared/gateway-reference.md). The source is named in each test.
 */
import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from './helpers.js';

describe('review: resource policy combined with IAM / authorizers (Table A, same account)', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
  // Table A: "Neither Allow nor Deny" (IAM / Lambda / Cognito) + resource policy "Allow" -> Allow.
  it('IAM: signed caller whose IAM policy does not grant Invoke is allowed when the resource policy allows', () => {
    const [r] = run({
      api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '10.1.2.3', iam: 'signed-denied' }],
    });
    expect(brief(r!)).toEqual([200, null, null]);
    expect(entry(r!, 'auth').reason).toContain('Table A');
  });

  it('IAM: without a resource policy Allow, the same caller is still denied', () => {
    const [r] = run({
      api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] } }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '192.0.2.1', iam: 'signed-denied' }],
    });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
  });

  it('Lambda: a cached method-scoped policy that does not cover this method is allowed by a resource policy Allow', () => {
    const rs = run({
      api: {
        resourcePolicy: { allowSourceIps: ['10.0.0.0/8'] },
        authorizers: { a: { type: 'TOKEN', allow: ['t'], policyScope: 'method' } },
        routes: [
          { method: 'GET', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK' } },
          { method: 'POST', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK', status: 201 } },
        ],
      },
      requests: [
        { method: 'GET', path: '/pets', sourceIp: '10.1.1.1', headers: { Authorization: 't' } },
        { method: 'POST', path: '/pets', sourceIp: '10.1.1.1', headers: { Authorization: 't' } },
        { method: 'POST', path: '/pets', sourceIp: '192.0.2.1', headers: { Authorization: 't' } },
      ],
    });
    expect(rs.map((r) => r.status)).toEqual([200, 201, 403]);
    expect(entry(rs[1]!, 'auth').reason).toContain('Table A');
    expect(rs[2]!.message).toBe('User is not authorized to access this resource');
  });
});

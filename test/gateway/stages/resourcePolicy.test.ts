import { describe, expect, it } from 'vitest';
import { api, brief, run } from '../helpers.js';

const policy = { allowSourceIps: ['10.0.0.0/8'], denySourceIps: ['10.9.9.9'] };

describe('resourcePolicy stage', () => {
  it('is skipped without a policy', () => {
    const [r] = run({ api: api(), requests: [{ method: 'GET', path: '/pets' }] });
    expect(r!.trace[1]).toMatchObject({ stage: 'resourcePolicy', outcome: 'skip' });
  });

  it('explicit IP deny wins over an allow and stops before the authorizer', () => {
    const [r] = run({
      api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { resourcePolicy: policy, authorizers: { a: { type: 'TOKEN', allow: ['t'] } } }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '10.9.9.9', headers: { Authorization: 't' } }],
    });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
    expect(r!.message).toMatch(/^User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:.*\/prod\/GET\/pets with an explicit deny$/);
    expect(r!.trace.map((t) => t.stage)).not.toContain('auth');
  });

  it('with authorization NONE the policy must explicitly allow (CIDR match)', () => {
    const rs = run({
      api: api({}, { resourcePolicy: policy }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '10.1.2.3' }, { method: 'GET', path: '/pets', sourceIp: '192.0.2.1' }],
    });
    expect(rs[0]!.status).toBe(200);
    expect(brief(rs[1]!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
    expect(rs[1]!.message).not.toContain('explicit deny');
  });

  it('a silent policy defers to a Lambda authorizer', () => {
    const [r] = run({
      api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { resourcePolicy: policy, authorizers: { a: { type: 'TOKEN', allow: ['t'] } } }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '192.0.2.1', headers: { Authorization: 't' } }],
    });
    expect(r!.status).toBe(200);
  });

  it('private API: no VPC endpoint = unreachable stand-in; allowed endpoint passes; other endpoint 403', () => {
    const rs = run({
      api: api({}, { endpointType: 'PRIVATE', resourcePolicy: { allowVpces: ['vpce-1a2b3c4d'] } }),
      requests: [
        { method: 'GET', path: '/pets' },
        { method: 'GET', path: '/pets', vpce: 'vpce-1a2b3c4d' },
        { method: 'GET', path: '/pets', vpce: 'vpce-ffff' },
      ],
    });
    expect(rs[0]!.stoppedAt).toBe('resourcePolicy');
    expect(rs[0]!.trace.at(-1)!.reason).toMatch(/does not resolve.*stand-in/);
    expect(rs[1]!.status).toBe(200);
    expect(brief(rs[2]!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
  });
});

/**
 * Faithfulness review: each test pins one rule where the engine disagreed with its source
 * (AWS documentation or ../shared/gateway-reference.md). The source is named in each test.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario } from '../../src/gateway/scenario.js';
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

describe('review: IAM and Cognito authenticate before the resource policy is evaluated', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
  // IAM: "After authenticating the user with the IAM service, the policies ... are evaluated together".
  // Cognito: "API Gateway first attempts to authenticate the caller through Amazon Cognito ... If
  // authentication is successful, the resource policy is evaluated". Only the Lambda-authorizer
  // flow checks explicit denies before calling the authorizer.
  const policy = { denySourceIps: ['203.0.113.7'], allowSourceIps: ['0.0.0.0/0'] };

  it('IAM: an unsigned request from a denied IP gets Missing Authentication Token (authentication fails first)', () => {
    const [r] = run({ api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: policy }), requests: [{ method: 'GET', path: '/pets', sourceIp: '203.0.113.7' }] });
    expect(brief(r!)).toEqual([403, 'MissingAuthenticationTokenException', 'auth']);
  });

  it('IAM: a bad signature from a denied IP gets the signature error', () => {
    const [r] = run({
      api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: policy }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '203.0.113.7', iam: 'bad-signature' }],
    });
    expect(brief(r!)).toEqual([403, 'InvalidSignatureException', 'auth']);
  });

  it('IAM: a signed, allowed caller from a denied IP gets the explicit deny after authentication', () => {
    const [r] = run({
      api: api({ authorization: 'AWS_IAM' }, { resourcePolicy: policy }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '203.0.113.7', iam: 'signed-allowed' }],
    });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(r!.message).toMatch(/is not authorized to perform: execute-api:Invoke on resource: .* with an explicit deny$/);
    expect(entry(r!, 'resourcePolicy').outcome).toBe('pass');
  });

  it('Cognito: a missing token from a denied IP gets 401; a valid token from it gets the explicit deny', () => {
    const cog = api({ authorization: 'COGNITO_USER_POOLS', authorizer: 'pool' }, { resourcePolicy: policy, authorizers: { pool: { type: 'COGNITO_USER_POOLS', allow: ['jwt'] } } });
    const rs = run({
      api: cog,
      requests: [
        { method: 'GET', path: '/pets', sourceIp: '203.0.113.7' },
        { method: 'GET', path: '/pets', sourceIp: '203.0.113.7', headers: { Authorization: 'jwt' } },
      ],
    });
    expect(brief(rs[0]!)).toEqual([401, 'UnauthorizedException', 'auth']);
    expect(brief(rs[1]!)).toEqual([403, 'AccessDeniedException', 'auth']);
    expect(rs[1]!.message).toMatch(/with an explicit deny$/);
  });

  it('Lambda authorizer: the explicit deny is still checked before the authorizer runs', () => {
    const [r] = run({
      api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { resourcePolicy: policy, authorizers: { a: { type: 'TOKEN', allow: ['t'] } } }),
      requests: [{ method: 'GET', path: '/pets', sourceIp: '203.0.113.7' }],
    });
    expect(brief(r!)).toEqual([403, 'AccessDeniedException', 'resourcePolicy']);
  });
});

describe('review: a key can be in only one usage plan per stage', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
  // "a given API key can only be associated with one usage plan for each stage of your API".
  it('the schema rejects a key in two plans attached to the same stage, naming the JSON path', () => {
    const p = parseScenario(
      JSON.stringify({
        name: 's',
        api: api({ apiKeyRequired: true }),
        apiKeys: [{ id: 'k1', value: 'kkkkkkkkkkkkkkkkkkkk1' }],
        usagePlans: [
          { name: 'a', apiKeys: ['k1'] },
          { name: 'b', apiKeys: ['k1'], stages: ['prod'] },
          { name: 'c', apiKeys: ['k1'], stages: ['dev'] },
        ],
        requests: [{ method: 'GET', path: '/pets' }],
      }),
    );
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.errors.map((e) => e.path)).toEqual(['usagePlans[1].apiKeys[0]']);
      expect(p.errors[0]!.message).toContain('only one usage plan per stage');
    }
  });
});

describe('review: a private API called from outside a VPC gets no response at all', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html ;
  // gateway-reference.md §8/§10: no HTTP response exists, stop at resourcePolicy with a stand-in.
  // The gateway never sees the request, so it cannot answer 403 Missing Authentication Token or 413.
  it('an unknown path or an oversized body still stops at resourcePolicy with the stand-in', () => {
    const rs = run({
      api: api({}, { endpointType: 'PRIVATE', resourcePolicy: { allowVpces: ['vpce-1'] } }),
      requests: [
        { method: 'GET', path: '/nowhere' },
        { method: 'POST', path: '/pets', bodyBytes: 20_000_000 },
        { method: 'GET', path: '/nowhere', vpce: 'vpce-1' },
      ],
    });
    for (const r of rs.slice(0, 2)) {
      expect(brief(r)).toEqual([403, null, 'resourcePolicy']);
      expect(r.message).toBeNull();
      expect(entry(r, 'route').outcome).toBe('skip');
      expect(entry(r, 'resourcePolicy').reason).toContain('no HTTP response');
    }
    expect(brief(rs[2]!)).toEqual([403, 'MissingAuthenticationTokenException', 'route']);
  });
});

describe('review: the trace says where the documentation is silent (gateway-reference.md §10)', () => {
  const KEY = 'kkkkkkkkkkkkkkkkkkkk1';
  const keyed = (extra: Record<string, unknown> = {}) => ({
    api: api({ apiKeyRequired: true }),
    apiKeys: [{ id: 'k1', value: KEY }],
    usagePlans: [{ name: 'p', apiKeys: ['k1'], ...extra }],
  });
  const get = (n = 1) => ({ method: 'GET', path: '/pets', headers: { 'x-api-key': KEY }, repeat: n });

  it('throttle stop on a key whose plan has a quota: the throttle-before-quota order is undocumented', () => {
    const rs = run({ ...keyed({ throttle: { rateLimit: 0, burstLimit: 1 }, quota: { limit: 1, period: 'DAY' } }), requests: [get(2)] });
    expect(rs[1]!.stoppedAt).toBe('throttle');
    expect(entry(rs[1]!, 'throttle').note).toMatch(/quota.*documentation is silent|documentation is silent.*quota/);
  });

  it('key rejected: checking the key before the throttle buckets is undocumented', () => {
    const [r] = run({ ...keyed(), requests: [{ method: 'GET', path: '/pets' }] });
    expect(entry(r!, 'apiKey').note).toMatch(/before .*throttl.*documentation is silent/);
  });

  it('account bucket empty: its placement after authorization is undocumented', () => {
    const rs = run({ account: { rateLimit: 0, burstLimit: 1 }, api: api(), requests: [{ method: 'GET', path: '/pets', repeat: 2 }] });
    expect(entry(rs[1]!, 'throttle').note).toMatch(/account.*documentation is silent/);
  });

  it('explicit Deny from a Lambda authorizer: the trace names the newer message variant', () => {
    const [r] = run({
      api: api({ authorization: 'CUSTOM', authorizer: 'a' }, { authorizers: { a: { type: 'TOKEN', deny: ['d'] } } }),
      requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 'd' } }],
    });
    expect(r!.message).toBe('User is not authorized to access this resource with an explicit deny');
    expect(entry(r!, 'auth').note).toContain('in an identity-based policy');
  });
});

describe('review: cacheable size is measured in bytes', () => {
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
  // largest cacheable response 1,048,576 bytes (UTF-8), not UTF-16 code units.
  it('a response of 600,000 "é" (1.2 MB in UTF-8) is not stored', () => {
    const body = 'é'.repeat(600_000);
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/big', integration: { type: 'HTTP_PROXY', body } }] },
      stage: { cache: { enabled: true } },
      requests: [{ atMs: 0, method: 'GET', path: '/big' }, { atMs: 1000, method: 'GET', path: '/big' }],
    });
    expect(rs.map((r) => r.cache)).toEqual(['MISS', 'MISS']);
    expect(entry(rs[0]!, 'response').reason).toContain('1 MB');
  });
});

describe('review: stand-ins are named as such in the trace (gateway-reference.md §6, §10)', () => {
  it('SUCCEED_WITH_RESPONSE_HEADER: the warning header text is a stand-in', () => {
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/p', integration: { type: 'HTTP_PROXY' } }] },
      stage: { cache: { enabled: true } },
      requests: [{ atMs: 0, method: 'GET', path: '/p' }, { atMs: 10, method: 'GET', path: '/p', headers: { 'Cache-Control': 'max-age=0' } }],
    });
    expect(rs[1]!.cache).toBe('HIT');
    expect(entry(rs[1]!, 'cache').note).toMatch(/warning header.*documentation is silent/);
  });

  it('413: placing the size check before routing is inferred, not documented', () => {
    const [r] = run({ api: api(), requests: [{ method: 'POST', path: '/pets', bodyBytes: 10_485_761 }] });
    expect(entry(r!, 'route').note).toMatch(/before routing.*inferred/);
  });
});

describe('review: traced and untraced runs agree on every preset', () => {
  it('same response, stoppedAt, errorType, message, cache and integrationCalled', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const { createState } = await import('../../src/gateway/model.js');
    const { simulate } = await import('../../src/gateway/pipeline.js');
    const dir = resolve(__dirname, '../../content/scenarios');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const p = await loadScenario(readFileSync(join(dir, f), 'utf8'));
      if (!p.ok) throw new Error(f);
      const pick = (trace: boolean) => {
        const state = createState();
        return p.scenario.requests.map(({ atMs, request }) => {
          const r = simulate(p.scenario.config, request, state, atMs, { trace });
          return [r.response, r.stoppedAt, r.errorType, r.message, r.cache, r.integrationCalled];
        });
      };
      expect(pick(false), f).toEqual(pick(true));
    }
  });
});

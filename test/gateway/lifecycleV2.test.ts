/** Version-2 rules outside the three new stages: gateway responses, proxy output, CORS, config errors, models. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/gateway/models.js';
import { checkProxyResult } from '../../src/gateway/proxyResult.js';
import { loadScenario, parseScenario } from '../../src/gateway/scenario.js';
import { brief, entry, run } from './helpers.js';

beforeAll(loadModels);

const mock = { method: 'GET', path: '/pets', integration: { type: 'MOCK', body: '[]' } };

describe('gateway responses', () => {
  it("a type's own entry replaces DEFAULT_4XX; DEFAULT_4XX's status moves every other 4xx type", () => {
    const gatewayResponses = {
      DEFAULT_4XX: { statusCode: 499, responseParameters: { 'gatewayresponse.header.x-d': "'default'" } },
      MISSING_AUTHENTICATION_TOKEN: { statusCode: '404', responseTemplates: { 'application/json': '{"error":$context.error.messageString,"path":"$context.path"}' } },
    };
    const rs = run({
      api: { routes: [{ ...mock, apiKeyRequired: true }], gatewayResponses },
      requests: [{ method: 'GET', path: '/nope' }, { method: 'GET', path: '/pets' }],
    });
    expect([rs[0]!.status, rs[0]!.body, rs[0]!.headers['x-d']]).toEqual([404, '{"error":"Missing Authentication Token","path":"/prod/nope"}', undefined]);
    expect([rs[1]!.status, rs[1]!.errorType, rs[1]!.headers['x-d'], rs[1]!.body]).toEqual([499, 'ForbiddenException', 'default', '{"message":"Forbidden"}']);
    expect(entry(rs[1]!, 'apiKey').reason).toContain('gatewayResponses.DEFAULT_4XX makes it 499 with x-d');
    expect(entry(rs[1]!, 'apiKey').note).toContain('x-amzn-ErrorType');
  });

  it('DEFAULT_5XX does not touch a 4xx; the AWS_PROXY non-POST 500 ignores INTEGRATION_FAILURE', () => {
    const rs = run({
      api: {
        routes: [{ method: 'GET', path: '/l', integration: { type: 'AWS_PROXY', httpMethod: 'GET' } }],
        gatewayResponses: { DEFAULT_5XX: { statusCode: 599 }, INTEGRATION_FAILURE: { statusCode: 598 } },
      },
      requests: [{ method: 'GET', path: '/l' }, { method: 'GET', path: '/x' }],
    });
    expect(brief(rs[0]!)).toEqual([500, 'InternalServerErrorException', 'integration']);
    expect(rs[1]!.status).toBe(403);
  });
});

describe('Lambda proxy output (recorded cases)', () => {
  it.each([
    [{ statusCode: '201' }, 201],
    [{ headers: { h: 'v' } }, 200],
    [{ headers: null, body: 'x' }, 200],
  ])('%j is accepted with status %i', (out, status) => {
    const r = checkProxyResult(out);
    expect(r.ok && r.response.status).toBe(status);
  });

  it.each([[{}], ['a string'], [{ statusCode: 'test' }], [{ statusCode: 200, extra: 1 }], [{ multiValueHeaders: { m: 'v' } }], [{ body: { a: 1 } }]])('%j gives 502', (out) => {
    expect(checkProxyResult(out).ok).toBe(false);
  });

  it('merges multiValueHeaders and headers (a pair in both once), header true -> "true"', () => {
    const r = checkProxyResult({ multiValueHeaders: { m: ['v1', 'v2'], n: ['a'] }, headers: { N: 'b', m: 'v1', t: true } });
    expect(r.ok && r.response.headers).toEqual({ m: 'v1, v2', n: 'a, b', t: 'true', 'content-type': 'application/json' });
  });
});

describe('CORS verdict', () => {
  const opts = { method: 'OPTIONS', path: '/pets', headers: { origin: 'https://a.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' } };
  it('no OPTIONS method: the preflight gets 403 and the fix names the OPTIONS method', () => {
    const [r] = run({ api: { routes: [mock] }, requests: [opts] });
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: true,
      reason: 'no Access-Control-Allow-Origin on the preflight response',
      fix: 'add an OPTIONS method on /pets (usually MOCK) whose 200 method response declares Access-Control-Allow-Origin, -Methods and -Headers and whose integration response maps them',
    });
  });

  it('the preflight needs the method and Authorization listed, even under *', () => {
    const route = (methods: string, headers: string) => ({
      method: 'OPTIONS', path: '/pets', methodResponses: { '200': { headers: ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers'] } },
      integration: { type: 'MOCK', responses: { default: { statusCode: '200', responseParameters: {
        'method.response.header.Access-Control-Allow-Origin': "'*'", 'method.response.header.Access-Control-Allow-Methods': `'${methods}'`,
        'method.response.header.Access-Control-Allow-Headers': `'${headers}'` } } } },
    });
    expect(run({ api: { routes: [route('GET', '*')] }, requests: [opts] })[0]!.cors!.reason).toBe('method PUT is not in Access-Control-Allow-Methods');
    expect(run({ api: { routes: [route('PUT', '*')] }, requests: [opts] })[0]!.cors!.reason).toBe('request header authorization is not in Access-Control-Allow-Headers');
    expect(run({ api: { routes: [route('PUT', 'Authorization')] }, requests: [opts] })[0]!.cors!.allowed).toBe(true);
  });

  it('no Origin header: cors is null', () => {
    expect(run({ api: { routes: [mock] }, requests: [{ method: 'GET', path: '/pets' }] })[0]!.cors).toBeNull();
  });
});

describe('configuration errors named by JSON path', () => {
  it('a mapped response header the method response does not declare', () => {
    const p = parseScenario(JSON.stringify({
      name: 'x',
      api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'MOCK', responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X-A': "'1'" } } } } }] },
      requests: [{ method: 'GET', path: '/a' }],
    }));
    expect(p.ok ? [] : p.errors).toEqual([{
      path: 'api.routes[0].integration.responses.default.responseParameters["method.response.header.X-A"]',
      message: 'header X-A is not declared on method response 200: add it to methodResponses["200"].headers',
    }]);
  });

  it('an invalid model is reported at its path once ajv is loaded', async () => {
    const p = await loadScenario(JSON.stringify({
      name: 'x', api: { routes: [{ method: 'POST', path: '/a', validate: { bodyModel: { type: 'nonsense' } }, integration: { type: 'MOCK' } }] },
      requests: [{ method: 'POST', path: '/a' }],
    }));
    expect(p.ok ? '' : p.errors[0]!.path).toBe('api.routes[0].validate.bodyModel');
  });
});

describe('body model (JSON Schema draft 4)', () => {
  const api = { routes: [{ method: 'POST', path: '/p', validate: { bodyModel: { type: 'object', required: ['n'], properties: { n: { type: 'integer', maximum: 9 } } } }, integration: { type: 'MOCK' } }] };
  it('any violation is 400 Invalid request body; other content types are not validated', () => {
    const rs = run({ api, requests: [
      { method: 'POST', path: '/p', body: '{"n":10}' },
      { method: 'POST', path: '/p', body: '' },
      { method: 'POST', path: '/p', headers: { 'content-type': 'text/plain' }, body: 'n=10' },
      { method: 'POST', path: '/p', body: '{"n":3}' },
    ] });
    expect(rs.map((r) => r.status)).toEqual([400, 400, 200, 200]);
    expect(entry(rs[0]!, 'validation').reason).toBe('body does not match the model: /n must be <= 9');
  });
});

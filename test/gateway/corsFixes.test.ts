/** The CORS verdict's fix names the place that lacks the header: OPTIONS method, gateway response class, or method response. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const origin = 'https://a.example';
const mock = { method: 'GET', path: '/pets', integration: { type: 'MOCK', body: '[]' } };

/** An OPTIONS MOCK whose 200 maps the three Access-Control-Allow-* headers to static values. */
function options(values: Record<string, string>, extra: Record<string, unknown> = {}) {
  const names = Object.keys(values).map((n) => `Access-Control-Allow-${n}`);
  const responseParameters = Object.fromEntries(Object.entries(values).map(([n, v]) => [`method.response.header.Access-Control-Allow-${n}`, `'${v}'`]));
  return {
    method: 'OPTIONS', path: '/pets', methodResponses: { '200': { headers: names } },
    integration: { type: 'MOCK', responses: { default: { statusCode: '200', responseParameters } } }, ...extra,
  };
}

const preflight = (method: string, headers: Record<string, string> = {}) => ({
  method: 'OPTIONS', path: '/pets', headers: { origin, 'access-control-request-method': method, ...headers },
});

describe('where the missing Access-Control-Allow-Origin belongs', () => {
  it('a simple request to an unknown path: the 403 is a gateway response, DEFAULT_4XX', () => {
    const [r] = run({ api: { routes: [mock] }, requests: [{ method: 'GET', path: '/nope', headers: { origin } }] });
    expect([r!.status, r!.stoppedAt]).toEqual([403, 'route']);
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: false,
      reason: 'no Access-Control-Allow-Origin on the 403 response',
      fix: 'this 403 is a gateway response: add gatewayresponse.header.Access-Control-Allow-Origin to DEFAULT_4XX (or to the response type itself) in gatewayResponses',
    });
  });

  it('a preflight stopped after routing (API key missing on OPTIONS) is a gateway response, not a missing OPTIONS method', () => {
    const route = options({ Origin: '*', Methods: 'PUT' }, { apiKeyRequired: true });
    const [r] = run({ api: { routes: [mock, route] }, requests: [preflight('PUT')] });
    expect([r!.status, r!.stoppedAt]).toEqual([403, 'apiKey']);
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: true,
      reason: 'no Access-Control-Allow-Origin on the preflight response',
      fix: 'this 403 is a gateway response: add gatewayresponse.header.Access-Control-Allow-Origin to DEFAULT_4XX (or to the response type itself) in gatewayResponses',
    });
  });

  it('a 500 gateway response belongs to DEFAULT_5XX', () => {
    const route = { method: 'GET', path: '/l', integration: { type: 'AWS_PROXY', httpMethod: 'GET' } };
    const [r] = run({ api: { routes: [route] }, requests: [{ method: 'GET', path: '/l', headers: { origin } }] });
    expect([r!.status, r!.stoppedAt]).toEqual([500, 'integration']);
    expect(r!.cors!.fix).toBe('this 500 is a gateway response: add gatewayresponse.header.Access-Control-Allow-Origin to DEFAULT_5XX (or to the response type itself) in gatewayResponses');
  });

  it('an answer of a non-proxy integration: the method response and its mapping', () => {
    const [r] = run({ api: { routes: [mock] }, requests: [{ method: 'GET', path: '/pets', headers: { origin } }] });
    expect([r!.status, r!.stoppedAt]).toEqual([200, null]);
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: false,
      reason: 'no Access-Control-Allow-Origin on the 200 response',
      fix: 'declare Access-Control-Allow-Origin on method response 200 and map method.response.header.Access-Control-Allow-Origin in its integration response',
    });
  });
});

describe('Access-Control-Allow-Methods: *', () => {
  it('covers a non-safelisted method without credentials', () => {
    const [r] = run({ api: { routes: [mock, options({ Origin: '*', Methods: '*' })] }, requests: [preflight('PUT')] });
    expect(r!.cors).toEqual({ allowed: true, preflight: true, reason: `the preflight allows PUT from ${origin}` });
  });

  it('does not cover it for a credentialed request', () => {
    const route = options({ Origin: origin, Methods: '*', Credentials: 'true' });
    const [r] = run({ api: { routes: [mock, route] }, requests: [preflight('PUT', { cookie: 'a=1' })] });
    expect(r!.cors).toEqual({
      allowed: false,
      preflight: true,
      reason: 'method PUT is not in Access-Control-Allow-Methods',
      fix: "add PUT to Access-Control-Allow-Methods in the OPTIONS method's integration response",
    });
  });
});

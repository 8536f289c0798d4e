/** Gateway responses in simulate(): applied on the untraced fast path too, and an entry of the other class leaves the answer alone. */
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/gateway/model.js';
import { simulate } from '../../src/gateway/pipeline.js';
import { entry, run, scenario } from './helpers.js';

const config = (gatewayResponses: Record<string, unknown>) =>
  scenario({ api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }], gatewayResponses }, requests: [{ method: 'GET', path: '/nope' }] });

describe('gateway responses outside the traced path', () => {
  it('trace off: the customised status and header still apply, and no trace is built', () => {
    const s = config({ DEFAULT_4XX: { statusCode: 404, responseParameters: { 'gatewayresponse.header.x-c': "'1'" } } });
    const r = simulate(s.config, s.requests[0]!.request, createState(), 0, { trace: false });
    expect([r.response.status, r.response.headers['x-c'], r.response.body, r.trace, r.cors]).toEqual([404, '1', '{"message":"Missing Authentication Token"}', [], null]);
  });

  it('only DEFAULT_5XX configured: a 403 keeps AWS default answer and its reason', () => {
    const [r] = run({ api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }], gatewayResponses: { DEFAULT_5XX: { statusCode: 599 } } }, requests: [{ method: 'GET', path: '/nope' }] });
    expect([r!.status, r!.headers]).toEqual([403, { 'content-type': 'application/json', 'x-amzn-errortype': 'MissingAuthenticationTokenException' }]);
    const e = entry(r!, 'route');
    expect([e.reason, e.data, e.note]).toEqual(['no resource matches /nope: REST APIs answer 403 Missing Authentication Token, not 404', { method: 'GET', path: '/nope', resource: null }, undefined]);
  });
});

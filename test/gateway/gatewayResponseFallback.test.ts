/** Customised gateway responses: a header whose source is missing is left out, and the UNAUTHORIZED fallback note. */
import { describe, expect, it } from 'vitest';
import { entry, run } from './helpers.js';

const routes = [{ method: 'GET', path: '/pets', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK' } }];
const KEEPS_TYPE = 'The documentation does not say whether x-amzn-ErrorType changes when a gateway response is customised; the simulator keeps it.';
const UNAUTHORIZED_SILENT = ' It is also silent on whether UNAUTHORIZED falls back to DEFAULT_4XX (its row lacks the sentence the other 4XX types carry); the simulator applies it.';

/** A missing token: 401 UNAUTHORIZED at auth, without calling the authorizer. */
function unauthorized(gatewayResponses: Record<string, unknown>, headers: Record<string, string> = {}) {
  const [r] = run({ api: { routes, authorizers: { a: { type: 'TOKEN', allow: ['t'] } }, gatewayResponses }, requests: [{ method: 'GET', path: '/pets', headers }] });
  return r!;
}

describe('gateway response customisation', () => {
  it('DEFAULT_4XX applies to UNAUTHORIZED, leaves out a header whose request header is absent, and says the documentation is silent', () => {
    const r = unauthorized({
      DEFAULT_4XX: { statusCode: 499, responseParameters: { 'gatewayresponse.header.x-id': 'method.request.header.x-id', 'gatewayresponse.header.x-s': "'s'" } },
    });
    expect([r.status, r.body]).toEqual([499, '{"message":"Unauthorized"}']);
    expect(Object.keys(r.headers)).toEqual(['content-type', 'x-amzn-errortype', 'x-s']);
    const e = entry(r, 'auth');
    expect(e.reason).toBe('identity source missing (header authorization): 401 without calling the authorizer; gatewayResponses.DEFAULT_4XX makes it 499 with x-s');
    expect(e.data.gatewayResponse).toStrictEqual({
      type: 'UNAUTHORIZED', entry: 'DEFAULT_4XX', status: 499,
      headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': 'UnauthorizedException', 'x-s': 's' },
      body: '{"message":"Unauthorized"}',
    });
    expect(e.note).toBe(KEEPS_TYPE + UNAUTHORIZED_SILENT);
  });

  it('the same header is added when the request carries it', () => {
    const r = unauthorized({ DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.x-id': 'method.request.header.x-id' } } }, { 'x-id': 'abc' });
    expect([r.status, r.headers['x-id']]).toEqual([401, 'abc']);
    expect(entry(r, 'auth').reason).toBe('identity source missing (header authorization): 401 without calling the authorizer; gatewayResponses.DEFAULT_4XX makes it 401 with x-id');
  });

  it("UNAUTHORIZED's own entry: no fallback, so only the x-amzn-ErrorType note", () => {
    const r = unauthorized({ UNAUTHORIZED: { statusCode: 498 } });
    expect(r.status).toBe(498);
    expect(entry(r, 'auth').note).toBe(KEEPS_TYPE);
  });

  it('another 4xx type falling back to DEFAULT_4XX gets only the x-amzn-ErrorType note', () => {
    const [r] = run({ api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK' } }], gatewayResponses: { DEFAULT_4XX: { statusCode: 404 } } }, requests: [{ method: 'GET', path: '/nope' }] });
    expect([r!.status, r!.errorType, r!.stoppedAt]).toEqual([404, 'MissingAuthenticationTokenException', 'route']);
    expect(entry(r!, 'route').note).toBe(KEEPS_TYPE);
  });
});

/** $context.resourcePath is the matched resource template, or the request path when no route matched (a gateway response). */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('$context.resourcePath', () => {
  it('matched: the template with its {id}; unmatched: the path asked for', () => {
    const rs = run({
      api: {
        routes: [{ method: 'GET', path: '/pets/{id}', integration: { type: 'HTTP', uri: 'https://b.example/pets/{id}', requestParameters: { 'integration.request.header.x-r': 'context.resourcePath', 'integration.request.header.x-p': 'context.path' } } }],
        gatewayResponses: { MISSING_AUTHENTICATION_TOKEN: { responseParameters: { 'gatewayresponse.header.x-r': 'context.resourcePath' } } },
      },
      requests: [{ method: 'GET', path: '/pets/7' }, { method: 'GET', path: '/nope/1' }],
    });
    expect(rs[0]!.integrationRequest!.headers).toStrictEqual({ 'x-r': '/pets/{id}', 'x-p': '/prod/pets/7' });
    expect([rs[1]!.status, rs[1]!.headers['x-r']]).toEqual([403, '/nope/1']);
  });
});

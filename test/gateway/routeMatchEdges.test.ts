/** Route matching edges: slashes, the 10 MB limit at its boundary, and a resource that lacks the method. */
import { describe, expect, it } from 'vitest';
import { brief, entry, run } from './helpers.js';

const routes = [{ method: 'GET', path: '/pets/{id}', integration: { type: 'MOCK', body: '[]' } }];

describe('route matching edges', () => {
  it('leading slashes merge and trailing ones are ignored', () => {
    const rs = run({ api: { routes }, requests: [{ method: 'GET', path: '//pets/1/' }, { method: 'GET', path: '/pets/1//' }] });
    expect(rs.map((r) => [r.status, entry(r, 'route').reason])).toEqual([
      [200, 'GET //pets/1/ matched GET /pets/{id}'],
      [200, 'GET /pets/1// matched GET /pets/{id}'],
    ]);
  });

  it('10,485,760 bytes pass, one more is 413 with the plain-text body', () => {
    const rs = run({ api: { routes }, requests: [{ method: 'GET', path: '/pets/1', bodyBytes: 10_485_760 }, { method: 'GET', path: '/pets/1', bodyBytes: 10_485_761 }] });
    expect(rs[0]!.status).toBe(200);
    expect(entry(rs[0]!, 'route').data.bodyBytes).toBe(10_485_760);
    expect([rs[1]!.status, rs[1]!.errorType, rs[1]!.stoppedAt, rs[1]!.body, rs[1]!.headers]).toEqual([413, null, 'route', 'HTTP content length exceeded 10485760 bytes.', { 'content-type': 'text/plain' }]);
    const e = entry(rs[1]!, 'route');
    expect([e.reason, e.data]).toEqual(['body is 10485761 bytes, over the 10 MB (10485760 bytes) payload limit: 413, plain-text body (as observed)', { bodyBytes: 10_485_761, limitBytes: 10_485_760 }]);
  });

  it('a known resource without the method: 403, and the trace names the resource', () => {
    const [r] = run({ api: { routes }, requests: [{ method: 'POST', path: '/pets/1' }] });
    expect(brief(r!)).toEqual([403, 'MissingAuthenticationTokenException', 'route']);
    const e = entry(r!, 'route');
    expect([e.reason, e.data]).toEqual([
      'resource /pets/{id} exists but has no POST (or ANY) method: REST APIs answer 403 Missing Authentication Token, not 405',
      { method: 'POST', path: '/pets/1', resource: '/pets/{id}' },
    ]);
  });
});

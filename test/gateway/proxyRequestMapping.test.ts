/** HTTP_PROXY with parameter mappings: the request goes on as it is, and a mapped header replaces the client's of the same name. */
import { describe, expect, it } from 'vitest';
import { brief, entry, run } from './helpers.js';

describe('HTTP_PROXY parameter mapping', () => {
  it('a mapped X-Tag replaces the client x-tag; other client headers pass', () => {
    const [r] = run({
      api: { routes: [{ method: 'GET', path: '/p', integration: { type: 'HTTP_PROXY', uri: 'https://b.example/p', requestParameters: { 'integration.request.header.X-Tag': "'mapped'" } } }] },
      requests: [{ method: 'GET', path: '/p', headers: { 'x-tag': 'client', 'x-other': 'o' } }],
    });
    expect(brief(r!)).toEqual([200, null, null]);
    const sent = { method: 'GET', uri: 'https://b.example/p', headers: { 'x-tag': 'mapped', 'x-other': 'o' }, query: {}, body: '' };
    expect(r!.integrationRequest).toStrictEqual(sent);
    const e = entry(r!, 'integrationRequest');
    expect([e.outcome, e.reason, e.data]).toStrictEqual(['skip', 'HTTP_PROXY is a proxy integration: no template; the mapped parameters are added to the request as it is', { after: sent }]);
    expect(entry(r!, 'integration').reason).toBe('backend answered 200 after 0 ms');
  });

  it('a mapped query parameter joins the client query, a mapped one of the same name wins', () => {
    const requestParameters = { 'integration.request.querystring.b': "'2'", 'integration.request.querystring.c': "'mapped'" };
    const [r] = run({
      api: { routes: [{ method: 'GET', path: '/p', integration: { type: 'HTTP_PROXY', uri: 'https://b.example/p', requestParameters } }] },
      requests: [{ method: 'GET', path: '/p', query: { a: '1', c: 'client' } }],
    });
    expect(r!.integrationRequest).toStrictEqual({ method: 'GET', uri: 'https://b.example/p', headers: {}, query: { a: '1', c: 'mapped', b: '2' }, body: '' });
  });
});

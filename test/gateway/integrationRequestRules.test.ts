/** Which rule the integrationRequest stage applies and how its trace words it: proxy, version 1, restricted headers, templates, passthrough. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../src/gateway/templates/vtl.js';
import { brief, entry, run } from './helpers.js';

beforeAll(loadVtl);

const one = (integration: Record<string, unknown>, req: Record<string, unknown> = {}) =>
  run({ api: { routes: [{ method: 'POST', path: '/p', integration }] }, requests: [{ method: 'POST', path: '/p', ...req }] })[0]!;
const ir = (r: ReturnType<typeof one>) => { const e = entry(r, 'integrationRequest'); return [e.outcome, e.reason]; };

describe('integrationRequest rules', () => {
  it('a proxy integration without mappings goes as it is', () => {
    const r = one({ type: 'HTTP_PROXY', uri: 'https://b.example/p' }, { body: 'x', headers: { 'x-a': '1' } });
    expect(ir(r)).toEqual(['skip', 'HTTP_PROXY is a proxy integration: the request goes to the backend as it is (no mapping, no template)']);
    expect(entry(r, 'integrationRequest').data).toStrictEqual({ after: { method: 'POST', uri: 'https://b.example/p', headers: { 'x-a': '1' }, query: {}, body: 'x' } });
  });

  it('a version-1 route passes the body through (WHEN_NO_MATCH)', () => {
    const r = one({ type: 'HTTP', body: 'ok' }, { body: 'x' });
    expect(ir(r)).toEqual(['pass', 'no parameter mapping and no template: the body passes through unchanged (WHEN_NO_MATCH)']);
    expect(entry(r, 'integrationRequest').data.passthrough).toBe('WHEN_NO_MATCH');
  });

  it('mapping Content-Length is a configuration error: 500', () => {
    const r = one({ type: 'HTTP', uri: 'https://b.example/p', requestParameters: { 'integration.request.header.Content-Length': "'5'" } });
    expect(brief(r)).toEqual([500, 'InternalServerErrorException', 'integrationRequest']);
    expect(ir(r)).toEqual(['stop', 'header Content-Length may not be mapped: 500 Internal server error']);
  });

  it('WHEN_NO_TEMPLATES and no templates at all: the body passes, and the data says which rule', () => {
    const r = one({ type: 'HTTP', uri: 'https://b.example/p', passthroughBehavior: 'WHEN_NO_TEMPLATES' }, { body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(ir(r)).toEqual(['pass', 'the integration has no templates: WHEN_NO_TEMPLATES passes the body through unchanged']);
    const d = entry(r, 'integrationRequest').data;
    expect([d.contentType, d.passthrough, d.template, d.mapped]).toEqual(['text/plain', 'WHEN_NO_TEMPLATES', null, []]);
  });

  it('a template without Content-Type: the rule says no Content-Type counts as JSON; with one it does not', () => {
    const requestTemplates = { 'application/json': '{"v":"$input.path(\'$.v\')"}' };
    const requestParameters = { 'integration.request.header.x-s': "'s'" };
    const bare = one({ type: 'HTTP', uri: 'https://b.example/p', requestTemplates, requestParameters }, { body: '{"v":"a"}' });
    expect(ir(bare)).toEqual(['pass', '1 parameter(s) mapped; the application/json template (no Content-Type counts as application/json) made the body']);
    const d = entry(bare, 'integrationRequest').data;
    expect([d.contentType, d.template, bare.integrationRequest!.body]).toEqual(['(none: application/json)', { contentType: 'application/json', source: requestTemplates['application/json'] }, '{"v":"a"}']);
    const typed = one({ type: 'HTTP', uri: 'https://b.example/p', requestTemplates }, { body: '{"v":"a"}', headers: { 'content-type': 'application/json' } });
    expect(ir(typed)).toEqual(['pass', 'the application/json template made the body']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../../src/gateway/templates/vtl.js';
import { brief, entry, run } from '../helpers.js';

beforeAll(loadVtl);

const route = (integration: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  api: { routes: [{ method: 'POST', path: '/pets/{id}', integration: { type: 'HTTP', uri: 'https://b.example.com/p/{id}', ...integration }, ...extra }] },
});

describe('integrationRequest stage', () => {
  it('maps headers, query and path from the method request; only mapped headers reach an HTTP backend', () => {
    const [r] = run({
      ...route({
        requestParameters: {
          'integration.request.header.x-tenant': 'method.request.header.x-tenant',
          'integration.request.querystring.v': "'2'",
          'integration.request.path.id': 'method.request.path.id',
          'integration.request.header.x-missing': 'method.request.header.x-absent',
        },
      }),
      requests: [{ method: 'POST', path: '/pets/42', headers: { 'X-Tenant': 't1', 'User-Agent': 'curl' }, body: '' }],
    });
    expect(r!.integrationRequest).toEqual({ method: 'POST', uri: 'https://b.example.com/p/42', headers: { 'x-tenant': 't1' }, query: { v: '2' }, body: '' });
    expect(entry(r!, 'integrationRequest').data['mapped']).toContainEqual({ to: 'integration.request.header.x-missing', from: 'method.request.header.x-absent', value: null });
  });

  it('chooses the template by Content-Type, ignoring parameters; no Content-Type counts as application/json', () => {
    const tpl = { requestTemplates: { 'application/json': '{"id":"$input.params(\'id\')","n":$input.json(\'$.n\')}' } };
    const rs = run({
      ...route(tpl),
      requests: [
        { method: 'POST', path: '/pets/1', headers: { 'content-type': 'application/json; charset=UTF-8' }, body: '{"n":5}' },
        { method: 'POST', path: '/pets/2', body: '{"n":6}' },
      ],
    });
    expect(rs.map((r) => r.integrationRequest!.body)).toEqual(['{"id":"1","n":5}', '{"id":"2","n":6}']);
    expect(entry(rs[1]!, 'integrationRequest').reason).toContain('no Content-Type counts as application/json');
  });

  it('passthrough: WHEN_NO_MATCH passes the body, WHEN_NO_TEMPLATES and NEVER answer 415 when other templates exist', () => {
    const xml = { method: 'POST', path: '/pets/1', headers: { 'content-type': 'application/xml' }, body: '<a/>' };
    const tpl = { requestTemplates: { 'application/json': '{}' } };
    const [match] = run({ ...route({ ...tpl, passthroughBehavior: 'WHEN_NO_MATCH' }), requests: [xml] });
    expect(match!.integrationRequest!.body).toBe('<a/>');
    const [noTpl] = run({ ...route({ ...tpl, passthroughBehavior: 'WHEN_NO_TEMPLATES' }), requests: [xml] });
    expect(brief(noTpl!)).toEqual([415, 'BadRequestException', 'integrationRequest']);
    expect(noTpl!.integrationCalled).toBe(false);
    const [never] = run({ ...route({ passthroughBehavior: 'NEVER' }), requests: [xml] });
    expect(never!.body).toBe('{"message":"Unsupported Media Type"}');
    expect(entry(never!, 'integrationRequest').reason).toBe('no template for application/xml and passthroughBehavior NEVER: 415 Unsupported Media Type');
    const [noneAtAll] = run({ ...route({ passthroughBehavior: 'WHEN_NO_TEMPLATES' }), requests: [xml] });
    expect(noneAtAll!.integrationRequest!.body).toBe('<a/>');
  });

  it('a template that fails at run time answers 500 and the trace names its line', () => {
    const [r] = run({
      ...route({ requestTemplates: { 'application/json': '{\n  "a": 1,\n  "b": $util.parseJson($input.body)\n}' } }),
      requests: [{ method: 'POST', path: '/pets/1', body: 'not json' }],
    });
    expect(brief(r!)).toEqual([500, 'InternalServerErrorException', 'integrationRequest']);
    const e = entry(r!, 'integrationRequest');
    expect(e.data['failedLine']).toBe(3);
    expect(e.data['lineText']).toBe('  "b": $util.parseJson($input.body)');
    expect(e.note).toContain('does not describe a failing template');
  });

  it('a template that does not parse answers 500 with the line of the syntax error', () => {
    const [r] = run({ ...route({ requestTemplates: { 'application/json': 'ok\n#if($a\nmore' } }), requests: [{ method: 'POST', path: '/pets/1' }] });
    expect(r!.status).toBe(500);
    expect(entry(r!, 'integrationRequest').reason).toMatch(/failed at line 2: the template does not parse/);
  });

  it('mapping Content-Length is refused with 500 (recorded against AWS)', () => {
    const [r] = run({ ...route({ requestParameters: { 'integration.request.header.Content-Length': "'5'" } }), requests: [{ method: 'POST', path: '/pets/1' }] });
    expect(brief(r!)).toEqual([500, 'InternalServerErrorException', 'integrationRequest']);
  });

  it('proxy integrations skip the stage and forward client headers; a mapped header replaces the client one', () => {
    const [r] = run({
      api: { routes: [{ method: 'GET', path: '/{proxy+}', integration: { type: 'HTTP_PROXY', uri: 'https://b.example.com/{proxy}' } }] },
      requests: [{ method: 'GET', path: '/a/b', headers: { 'x-h': '1' }, query: { q: 'z' } }],
    });
    expect(entry(r!, 'integrationRequest').outcome).toBe('skip');
    expect(r!.integrationRequest).toEqual({ method: 'GET', uri: 'https://b.example.com/a/b', headers: { 'x-h': '1' }, query: { q: 'z' }, body: '' });
  });

  it('$context.authorizer carries principalId and the context map, as strings', () => {
    const [r] = run({
      api: {
        authorizers: { a: { type: 'TOKEN', allow: ['tok'], principalId: 'user-7', context: { tenant: 't9', admin: true, level: 3 } } },
        routes: [{ method: 'GET', path: '/me', authorization: 'CUSTOM', authorizer: 'a',
          integration: { type: 'AWS', requestTemplates: { 'application/json': '$context.authorizer.principalId/$context.authorizer.tenant/$context.authorizer.admin/$context.authorizer.level' } } }],
      },
      requests: [{ method: 'GET', path: '/me', headers: { authorization: 'tok' } }],
    });
    expect(r!.integrationRequest!.body).toBe('user-7/t9/true/3');
  });
});

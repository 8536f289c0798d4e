import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../../src/gateway/templates/vtl.js';
import { brief, entry, run } from '../helpers.js';

beforeAll(loadVtl);

const one = (integration: Record<string, unknown>, extra: Record<string, unknown> = {}, req: Record<string, unknown> = {}) =>
  run({ api: { routes: [{ method: 'GET', path: '/x', integration, ...extra }] }, requests: [{ method: 'GET', path: '/x', ...req }] })[0]!;

describe('integrationResponse stage', () => {
  it('HTTP: the pattern is matched against the backend status (4\\d{2}: 404 -> 400, 201 -> default 200)', () => {
    const responses = { '4\\d{2}': { statusCode: '400' }, default: { statusCode: '200' } };
    const mr = { methodResponses: { '200': {}, '400': {} } };
    const nf = one({ type: 'HTTP', status: 404, body: 'nope', responses }, mr);
    expect([nf.status, nf.stoppedAt, nf.body]).toEqual([400, null, 'nope']);
    expect(entry(nf, 'integrationResponse').reason).toBe('pattern 4\\d{2} matched backend status 404 sets status 400; no template: the body passes unchanged');
    const created = one({ type: 'HTTP', status: 201, responses }, mr);
    expect(created.status).toBe(200);
  });

  it('Lambda: errorMessage selects; a success has no errorMessage, so .+ does not match it but .* does', () => {
    const mr = { methodResponses: { '200': {}, '400': {}, '502': {} } };
    const err = one({ type: 'AWS', fail: 'error', errorMessage: 'Bad input: x', responses: { '.*Bad input.*': { statusCode: '400' }, default: { statusCode: '200' } } }, mr);
    expect(err.status).toBe(400);
    expect(JSON.parse(err.body)).toEqual({ errorMessage: 'Bad input: x', errorType: 'Error', stackTrace: [] });
    const ok = one({ type: 'AWS', body: '{"v":1}', responses: { '.+': { statusCode: '502' }, default: { statusCode: '200' } } }, mr);
    expect([ok.status, ok.body]).toEqual([200, '{"v":1}']);
    const star = one({ type: 'AWS', body: '{}', responses: { '.*': { statusCode: '400' } } }, mr);
    expect(star.status).toBe(400);
  });

  it('no pattern matches and there is no default: 500 Internal server error', () => {
    const r = one({ type: 'AWS', fail: 'error', errorMessage: 'boom', responses: { 'Not found.*': { statusCode: '404' } } }, { methodResponses: { '404': {} } });
    expect(brief(r)).toEqual([500, 'InternalServerErrorException', 'integrationResponse']);
    expect(r.body).toBe('{"message":"Internal server error"}');
  });

  it('MOCK: the request template statusCode selects, and the body is the response template (empty without one)', () => {
    const integration = {
      type: 'MOCK',
      requestTemplates: { 'application/json': "{\"statusCode\": #if($input.params('fail') == 'yes')500#{else}200#end}" },
      responses: { '5\\d{2}': { statusCode: '503' }, default: { statusCode: '200', responseTemplates: { 'application/json': '{"id": "$input.params(\'fail\')"}' } } },
    };
    const mr = { methodResponses: { '200': {}, '503': {} } };
    const fine = one(integration, mr, { query: { fail: 'no' } });
    expect([fine.status, fine.body]).toEqual([200, '{"id": "no"}']);
    const failing = one(integration, mr, { query: { fail: 'yes' } });
    expect([failing.status, failing.body]).toEqual([503, '']);
  });

  it('response parameters map static values, backend headers and body fields to declared method response headers', () => {
    const r = one(
      {
        type: 'HTTP',
        headers: { 'X-Backend': 'v1' },
        body: '{"etag":"abc"}',
        responses: {
          default: {
            statusCode: '200',
            responseParameters: {
              'method.response.header.Access-Control-Allow-Origin': "'*'",
              'method.response.header.X-From': 'integration.response.header.X-Backend',
              'method.response.header.ETag': 'integration.response.body.etag',
            },
          },
        },
      },
      { methodResponses: { '200': { headers: ['Access-Control-Allow-Origin', 'X-From', 'ETag'] } } },
    );
    expect(r.headers).toEqual({ 'access-control-allow-origin': '*', 'x-from': 'v1', etag: 'abc', 'content-type': 'application/json' });
  });

  it('the response template is chosen by Accept, else the first; $input.json reads the backend body', () => {
    const integration = {
      type: 'HTTP',
      body: '{"items":[1,2],"next":null}',
      responses: { default: { statusCode: '200', responseTemplates: { 'application/json': "$input.json('$.items')", 'text/plain': "count=$input.path('$.items').size()" } } },
    };
    expect(one(integration, {}, { headers: { accept: 'text/plain' } }).body).toBe('count=2');
    expect(one(integration, {}, { headers: { accept: 'application/xml' } }).body).toBe('[1,2]');
  });
});

describe('methodResponse stage', () => {
  it('a status the method does not declare is answered with 500 at run time', () => {
    const r = one({ type: 'HTTP', status: 404, responses: { '404': { statusCode: '404' }, default: { statusCode: '200' } } });
    expect(brief(r)).toEqual([500, 'InternalServerErrorException', 'methodResponse']);
    expect(entry(r, 'methodResponse').reason).toContain('which the method does not declare (declared: 200)');
  });

  it('proxy integrations and cache hits skip the three new stages', () => {
    const r = one({ type: 'HTTP_PROXY', status: 418 });
    expect(r.trace.filter((t) => ['integrationRequest', 'integrationResponse', 'methodResponse'].includes(t.stage)).map((t) => t.outcome)).toEqual(['skip', 'skip', 'skip']);
    expect(r.status).toBe(418);
  });
});

describe('integrationResponse selection patterns from a hostile file', () => {
  it('a catastrophic pattern matches in linear time (RE2), so a long errorMessage cannot freeze the trace', () => {
    const mr = { methodResponses: { '200': {}, '400': {} } };
    const time = (n: number) => {
      const t = performance.now();
      const r = one({ type: 'AWS', fail: 'error', errorMessage: `${'a'.repeat(n)}!`, responses: { '(a+)+$': { statusCode: '400' }, default: { statusCode: '200' } } }, mr);
      expect(r.status).toBe(200); // the pattern must match the whole message, and "!" stops it
      return performance.now() - t;
    };
    time(100);
    const small = Math.max(1, Math.min(time(500), time(500)));
    expect(Math.min(time(10_000), time(10_000)) / small).toBeLessThan(200); // backtracking: 2^30 steps at 30 a's
  });

  it('a literal range of more than 10,000 items is refused with 500 and its line', () => {
    const r = one({ type: 'HTTP', requestTemplates: { 'application/json': 'start\n#foreach($i in [1..50000000])x#end' } });
    expect(r.status).toBe(500);
    expect(entry(r, 'integrationRequest').reason).toBe(
      'the application/json request template failed at line 2: a range of more than 10000 items: the simulator refuses it so a template cannot hang it; 500 Internal server error',
    );
  });

  it('a range whose end comes from the request, and nested loops, stop with 500 and their line instead of hanging', () => {
    const fromBody = one({ type: 'HTTP', requestTemplates: { 'application/json': "#set($n = $input.path('$.n'))\n#foreach($i in [1..$n])x#end" } }, {}, { body: '{"n": 1000000000}' });
    expect(fromBody.status).toBe(500);
    expect(entry(fromBody, 'integrationRequest').reason).toBe(
      'the application/json request template failed at line 2: a range of more than 10000 items ([1..1000000000]): the simulator refuses it so a template cannot hang it; 500 Internal server error',
    );
    const nested = one({ type: 'HTTP', requestTemplates: { 'application/json': 'a\n#foreach($i in [1..9000])#foreach($j in [1..9000])x#end#end' } });
    expect(nested.status).toBe(500);
    expect(entry(nested, 'integrationRequest').reason).toMatch(/failed at line 2: more than 100000 #foreach iterations in one run: the simulator stops here so a template cannot hang it/);
    const fine = one({ type: 'HTTP', requestTemplates: { 'application/json': "#set($n = $input.path('$.n'))#foreach($i in [1..$n])$i#end" } }, {}, { body: '{"n": 3}' });
    expect(entry(fine, 'integrationRequest').data).toMatchObject({ after: { body: '123' } });
  });

  it('a selection pattern with a backreference is a configuration error', () => {
    expect(() => one({ type: 'HTTP', responses: { '(a)\\1': { statusCode: '200' }, default: { statusCode: '200' } } })).toThrow(/selection pattern: not a regular expression the simulator can match in linear time/);
  });
});

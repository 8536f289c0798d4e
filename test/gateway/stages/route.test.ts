import { describe, expect, it } from 'vitest';
import { run, brief, entry } from '../helpers.js';

const mock = { type: 'MOCK' };
const routes = [
  { method: 'GET', path: '/pets', integration: mock },
  { method: 'GET', path: '/pets/{id}', integration: { type: 'MOCK', body: 'one' } },
  { method: 'GET', path: '/pets/special', integration: { type: 'MOCK', body: 'special' } },
  { method: 'ANY', path: '/files/{proxy+}', integration: mock },
  { method: 'POST', path: '/pets', integration: { type: 'MOCK', status: 201 } },
];
const req = (method: string, path: string, extra: Record<string, unknown> = {}) => ({ method, path, ...extra });

describe('route stage', () => {
  it('matches path parameters, literal segments first, ANY and greedy {proxy+}', () => {
    const rs = run({ api: { routes }, requests: [req('GET', '/pets/7'), req('GET', '/pets/special'), req('DELETE', '/files/a/b/c.txt'), req('POST', '/pets')] });
    expect(entry(rs[0]!, 'route').data).toMatchObject({ route: 'GET /pets/{id}', pathParameters: { id: '7' } });
    expect(entry(rs[1]!, 'route').data).toMatchObject({ route: 'GET /pets/special' });
    expect(entry(rs[2]!, 'route').data).toMatchObject({ route: 'ANY /files/{proxy+}', pathParameters: { proxy: 'a/b/c.txt' } });
    expect(rs[3]!.status).toBe(201);
  });

  it('answers an unknown path with 403 Missing Authentication Token, not 404', () => {
    const [r] = run({ api: { routes }, requests: [req('GET', '/cats')] });
    expect(brief(r!)).toEqual([403, 'MissingAuthenticationTokenException', 'route']);
    expect(r!.message).toBe('Missing Authentication Token');
    expect(r!.trace).toHaveLength(1);
  });

  it('answers a known path with an unknown method the same way, not 405', () => {
    const [r] = run({ api: { routes }, requests: [req('DELETE', '/pets')] });
    expect(brief(r!)).toEqual([403, 'MissingAuthenticationTokenException', 'route']);
    expect(r!.trace[0]!.reason).toContain('has no DELETE');
  });

  it('greedy {proxy+} needs at least one segment', () => {
    const [r] = run({ api: { routes }, requests: [req('GET', '/files')] });
    expect(r!.stoppedAt).toBe('route');
  });

  it('rejects a body over 10 MB with 413 plain text before routing, even on an unknown path', () => {
    const rs = run({ api: { routes }, requests: [req('POST', '/nowhere', { bodyBytes: 10_485_761 }), req('POST', '/pets', { bodyBytes: 10_485_760 })] });
    expect(rs[0]!.status).toBe(413);
    expect(rs[0]!.stoppedAt).toBe('route');
    expect(rs[0]!.message).toBe('HTTP content length exceeded 10485760 bytes.');
    expect(rs[0]!.errorType).toBeNull();
    expect(rs[1]!.status).toBe(201);
  });
});

describe('route matching edge cases (LocalStack router, tested against AWS)', () => {
  const api = {
    routes: [
      { method: 'GET', path: '/pets/{id}', integration: { type: 'MOCK', body: 'one pet' } },
      { method: 'GET', path: '/pets/special', integration: { type: 'MOCK', body: 'special' } },
      { method: 'POST', path: '/pets/special', integration: { type: 'MOCK', body: 'special post' } },
      { method: 'ANY', path: '/{proxy+}', integration: { type: 'MOCK', body: 'catch-all' } },
    ],
  };
  it('a resource that lacks the method falls back to a less specific sibling that has it', () => {
    const rs = run({ api, requests: [req('POST', '/pets/7'), req('DELETE', '/pets/special'), req('GET', '/pets/7')] });
    expect(entry(rs[0]!, 'route').data).toMatchObject({ route: 'ANY /{proxy+}', pathParameters: { proxy: 'pets/7' }, fallbackFrom: '/pets/{id}' });
    expect(entry(rs[0]!, 'route').reason).toBe('POST /pets/7 matched ANY /{proxy+}: /pets/{id} matches the path but has no POST method, so the less specific resource answers');
    expect(entry(rs[0]!, 'route').note).toContain('documentation is silent');
    expect(entry(rs[1]!, 'route').data).toMatchObject({ route: 'ANY /{proxy+}', fallbackFrom: '/pets/special' });
    expect(entry(rs[2]!, 'route').data).toMatchObject({ route: 'GET /pets/{id}', pathParameters: { id: '7' } });
    expect(entry(rs[2]!, 'route').note).toBeUndefined();
  });

  it('a literal resource without the method falls back to its {param} sibling', () => {
    const rs = run({ api: { routes: [api.routes[0]!, { method: 'POST', path: '/pets/special', integration: { type: 'MOCK' } }] }, requests: [req('GET', '/pets/special')] });
    expect(entry(rs[0]!, 'route').data).toMatchObject({ route: 'GET /pets/{id}', pathParameters: { id: 'special' } });
  });

  it('trailing slashes are ignored and leading double slashes collapse', () => {
    const rs = run({ api, requests: [req('GET', '/pets/7/'), req('GET', '//pets/special')] });
    expect(rs.map((r) => r.body)).toEqual(['one pet', 'special']);
  });

  // The AWS-validated recording: localstack tests/aws/services/apigateway/test_apigateway_common.py,
  // TestProxyRouting.test_proxy_routing_with_hardcoded_resource_sibling (marked aws.validated).
  it('the recorded AWS case: /test (POST), /test/any (ANY), /{proxy+} (OPTIONS)', () => {
    const recorded = {
      routes: [
        { method: 'POST', path: '/test', integration: { type: 'MOCK', body: 'POST request' } },
        { method: 'ANY', path: '/test/any', integration: { type: 'MOCK', body: 'ANY request' } },
        { method: 'OPTIONS', path: '/{proxy+}', integration: { type: 'MOCK', body: 'OPTIONS request' } },
      ],
    };
    const rs = run({ api: recorded, requests: [req('OPTIONS', '/test'), req('POST', '/test'), req('OPTIONS', '/test/any'), req('GET', '/test/any')] });
    expect(rs.map((r) => [r.status, r.body])).toEqual([
      [200, 'OPTIONS request'],
      [200, 'POST request'],
      [200, 'ANY request'],
      [200, 'ANY request'],
    ]);
  });
});

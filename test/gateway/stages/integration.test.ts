import { describe, expect, it } from 'vitest';
import { createState, makeRequest } from '../../../src/gateway/model.js';
import { simulate } from '../../../src/gateway/pipeline.js';
import { brief, entry, run, scenario } from '../helpers.js';

const one = (integration: Record<string, unknown>) => run({ api: { routes: [{ method: 'GET', path: '/x', integration }] }, requests: [{ method: 'GET', path: '/x' }] })[0]!;

describe('integration and response stages', () => {
  it('timeout: 504 Endpoint request timed out, stops at integration', () => {
    for (const r of [one({ type: 'HTTP_PROXY', latencyMs: 30_000 }), one({ type: 'HTTP', fail: 'timeout' }), one({ type: 'AWS_PROXY', latencyMs: 51, timeoutMs: 50 })]) {
      expect(brief(r)).toEqual([504, 'InternalServerErrorException', 'integration']);
      expect(r.message).toBe('Endpoint request timed out');
      expect(r.integrationCalled).toBe(true);
    }
    expect(one({ type: 'HTTP_PROXY', latencyMs: 29_000 }).status).toBe(200);
  });

  it('unreachable backend: 500, stops at integration', () => {
    const r = one({ type: 'HTTP_PROXY', fail: 'unreachable' });
    expect(brief(r)).toEqual([500, 'InternalServerErrorException', 'integration']);
    expect(r.message).toBe('Internal server error');
  });

  it('Lambda proxy function error: 502 at integration; malformed output: 502 at response', () => {
    expect(brief(one({ type: 'AWS_PROXY', fail: 'error' }))).toEqual([502, 'InternalServerErrorException', 'integration']);
    const m = one({ type: 'AWS_PROXY', fail: 'malformed' });
    expect(brief(m)).toEqual([502, 'InternalServerErrorException', 'response']);
    expect(m.message).toBe('Internal server error');
    expect(entry(m, 'response').reason).toContain('Malformed Lambda proxy response');
  });

  it('non-proxy Lambda error goes through the default integration response: 200', () => {
    const r = one({ type: 'AWS', fail: 'error' });
    expect(brief(r)).toEqual([200, null, null]);
  });

  it('proxy passes the backend status through; non-proxy maps it to 200', () => {
    expect(one({ type: 'HTTP_PROXY', status: 503 }).status).toBe(503);
    expect(one({ type: 'AWS_PROXY', status: 201 }).status).toBe(201);
    expect(one({ type: 'HTTP', status: 503 }).status).toBe(200);
    expect(one({ type: 'MOCK', status: 204 }).status).toBe(204);
  });

  it('a gateway response carries x-amzn-ErrorType and the JSON message body', () => {
    const s = scenario({ api: { routes: [{ method: 'GET', path: '/x', integration: { type: 'MOCK', body: '{"ok":true}' } }] }, requests: [{ method: 'GET', path: '/x' }] });
    const miss = simulate(s.config, makeRequest({ method: 'GET', path: '/nope' }), createState(), 0);
    expect(miss.response).toEqual({ status: 403, headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': 'MissingAuthenticationTokenException' }, body: '{"message":"Missing Authentication Token"}' });
    const ok = simulate(s.config, makeRequest({ method: 'GET', path: '/x' }), createState(), 0);
    expect(ok.response.body).toBe('{"ok":true}');
  });

  it('explicit deny body uses capital Message', () => {
    const s = scenario({
      api: { routes: [{ method: 'GET', path: '/x', authorization: 'CUSTOM', authorizer: 'a', integration: { type: 'MOCK' } }], authorizers: { a: { type: 'TOKEN', deny: ['d'] } } },
      requests: [{ method: 'GET', path: '/x' }],
    });
    const r = simulate(s.config, makeRequest({ method: 'GET', path: '/x', headers: { Authorization: 'd' } }), createState(), 0);
    expect(JSON.parse(r.response.body)).toEqual({ Message: 'User is not authorized to access this resource with an explicit deny' });
  });

  it('untraced path gives the same outcome with an empty trace', () => {
    const s = scenario({ api: { routes: [{ method: 'GET', path: '/x', integration: { type: 'MOCK' } }] }, requests: [{ method: 'GET', path: '/x' }] });
    const r = simulate(s.config, s.requests[0]!.request, createState(), 0, { trace: false });
    expect(r.trace).toEqual([]);
    expect(r.response.status).toBe(200);
  });
});

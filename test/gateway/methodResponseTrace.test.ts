/** What the integration and methodResponse stages record for a backend answer, a proxy function, and a declared method response. */
import { describe, expect, it } from 'vitest';
import { entry, run } from './helpers.js';

const one = (route: Record<string, unknown>) => run({ api: { routes: [{ method: 'GET', path: '/p', ...route }] }, requests: [{ method: 'GET', path: '/p' }] })[0]!;
const at = (r: ReturnType<typeof one>, stage: string) => { const e = entry(r, stage); return [e.outcome, e.reason, e.data]; };

describe('integration and method response traces', () => {
  it('an HTTP backend with headers (v2): names lower-cased, the method response declared with its headers', () => {
    const r = one({
      methodResponses: { '201': { headers: ['X-A'] } },
      integration: {
        type: 'HTTP', uri: 'https://b.example/p', status: 201, headers: { 'X-Up': 'u' }, body: 'b', latencyMs: 5,
        responses: { default: { statusCode: '201', responseParameters: { 'method.response.header.X-A': 'integration.response.header.X-Up' } } },
      },
    });
    expect([r.status, r.headers, r.body]).toEqual([201, { 'x-a': 'u', 'content-type': 'application/json' }, 'b']);
    expect(at(r, 'integration')).toEqual(['pass', 'backend answered 201 after 5 ms', {
      type: 'HTTP', latencyMs: 5, timeoutMs: 29000, backendStatus: 201, headers: { 'content-type': 'application/json', 'x-up': 'u' }, body: 'b',
    }]);
    expect(at(r, 'methodResponse')).toEqual(['pass', 'method response 201 sent with headers x-a, content-type', {
      status: 201, declaredHeaders: ['X-A'], headers: { 'x-a': 'u', 'content-type': 'application/json' },
    }]);
  });

  it('no integration responses: the implicit default answers and counts as declared', () => {
    const r = one({ integration: { type: 'MOCK', body: '[]' } });
    expect(at(r, 'methodResponse')).toEqual(['pass', 'status 200 sent with headers content-type', { status: 200, headers: { 'content-type': 'application/json' } }]);
  });

  it('a Lambda proxy function: its output is checked later, and method responses do not apply', () => {
    const r = one({ integration: { type: 'AWS_PROXY', latencyMs: 7, proxyResult: { statusCode: 202, body: 'ok' } } });
    expect([r.status, r.body]).toEqual([202, 'ok']);
    const [outcome, reason, data] = at(r, 'integration');
    expect([outcome, reason, (data as Record<string, unknown>).proxyResult]).toEqual(['pass', 'the Lambda function returned after 7 ms; its output is checked at the response stage', { statusCode: 202, body: 'ok' }]);
    expect(at(r, 'methodResponse')).toEqual(['skip', 'AWS_PROXY: method responses do not apply to proxy integrations', {}]);
  });
});

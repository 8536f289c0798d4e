/** HTTP API throttling (http-api-throttling.html): which bucket answers 429, in the trace's words. */
import { describe, expect, it } from 'vitest';
import { runHttp } from './helpers.js';

const integration = { type: 'HTTP_PROXY' };
const get = (path = '/r') => ({ method: 'GET', path });
const throttleEntry = (r: { trace: Array<{ stage: string; outcome: string; reason: string; data: unknown }> }) => {
  const e = r.trace.find((t) => t.stage === 'throttle')!;
  return { outcome: e.outcome, reason: e.reason, data: e.data };
};

describe('HTTP API throttle stage', () => {
  it('a route limit of its own stops the second request at once, naming the route', () => {
    const r = runHttp({ api: { routes: [{ routeKey: 'GET /r', throttle: { rateLimit: 1, burstLimit: 1 }, integration }] }, requests: [get(), get()] });
    expect(r.map((x) => [x.status, x.body, x.stoppedAt])).toEqual([
      [200, '', null],
      [429, '{"message":"Too Many Requests"}', 'throttle'],
    ]);
    expect(throttleEntry(r[0]!)).toEqual({
      outcome: 'pass',
      reason: 'a token from each bucket: route GET /r, account (Region)',
      data: { 'route:GET /r': { tokensLeft: 0, rateLimit: 1, burstLimit: 1 }, account: { tokensLeft: 4999, rateLimit: 10000, burstLimit: 5000 } },
    });
    expect(throttleEntry(r[1]!)).toEqual({ outcome: 'stop', reason: 'route GET /r bucket is empty (rate 1/s, burst 1): 429', data: { tokens: 0 } });
  });

  it('the stage default applies to each route in a bucket of its own', () => {
    const r = runHttp({
      api: { routes: [{ routeKey: 'GET /r', integration }, { routeKey: 'GET /s', integration }] },
      stage: { name: '$default', throttle: { rateLimit: 1, burstLimit: 1 } },
      requests: [get('/r'), get('/s'), get('/s')],
    });
    expect(r.map((x) => x.status)).toEqual([200, 200, 429]);
    expect(throttleEntry(r[0]!).reason).toBe('a token from each bucket: stage default route settings, account (Region)');
    expect(throttleEntry(r[2]!)).toEqual({ outcome: 'stop', reason: 'stage default route settings bucket is empty (rate 1/s, burst 1): 429', data: { tokens: 0 } });
  });

  it('a route limit overrides the stage default', () => {
    const r = runHttp({
      api: { routes: [{ routeKey: 'GET /r', throttle: { rateLimit: 5, burstLimit: 2 }, integration }] },
      stage: { name: '$default', throttle: { rateLimit: 1, burstLimit: 1 } },
      requests: [get(), get(), get()],
    });
    expect(r.map((x) => x.status)).toEqual([200, 200, 429]);
    expect(throttleEntry(r[2]!).reason).toBe('route GET /r bucket is empty (rate 5/s, burst 2): 429');
  });

  it('without route or stage limits only the account bucket counts', () => {
    const r = runHttp({ account: { rateLimit: 1, burstLimit: 1 }, api: { routes: [{ routeKey: 'GET /r', integration }] }, requests: [get(), get()] });
    expect(throttleEntry(r[0]!)).toEqual({ outcome: 'pass', reason: 'a token from each bucket: account (Region)', data: { account: { tokensLeft: 0, rateLimit: 1, burstLimit: 1 } } });
    expect(throttleEntry(r[1]!)).toEqual({ outcome: 'stop', reason: 'account (Region) bucket is empty (rate 1/s, burst 1): 429', data: { tokens: 0 } });
  });

  it('the API key and cache stages are skipped with the REST feature named', () => {
    const [r] = runHttp({ api: { routes: [{ routeKey: 'GET /r', integration }] }, requests: [get()] });
    expect(r!.trace.filter((t) => t.stage === 'apiKey' || t.stage === 'cache').map((t) => [t.stage, t.outcome, t.reason, t.data])).toEqual([
      ['apiKey', 'skip', 'HTTP APIs have no API keys or usage plans: x-api-key means nothing here (a REST API feature)', {}],
      ['cache', 'skip', 'HTTP APIs have no response cache: every request reaches the integration (a REST API feature)', {}],
    ]);
  });
});

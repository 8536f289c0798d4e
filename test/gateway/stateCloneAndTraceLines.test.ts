/** What the simulator's quiz questions build on: a cloned gateway state, the trace as lines, the load panel's note. */
import { describe, expect, it } from 'vitest';
import { cacheShareNote, runLoad } from '../../src/gateway/load.js';
import { cloneState, createState, makeRequest } from '../../src/gateway/model.js';
import { traceLines } from '../../src/gateway/questions.js';
import { api, scenario } from './helpers.js';

describe('cloneState', () => {
  it('copies buckets and quota counters by value: the clone goes on from the same counts without touching the original', () => {
    const s = createState();
    s.buckets.set('b', { tokens: 3, lastMs: 100 });
    s.quotas.set('q', { periodStart: 0, periodEnd: 86_400_000, used: 7 });
    const c = cloneState(s);
    expect([...c.buckets]).toEqual([['b', { tokens: 3, lastMs: 100 }]]);
    expect([...c.quotas]).toEqual([['q', { periodStart: 0, periodEnd: 86_400_000, used: 7 }]]);
    c.quotas.get('q')!.used = 8;
    c.buckets.get('b')!.tokens = 2;
    expect(s.quotas.get('q')).toEqual({ periodStart: 0, periodEnd: 86_400_000, used: 7 });
    expect(s.buckets.get('b')).toEqual({ tokens: 3, lastMs: 100 });
  });
  it('keeps the cached responses and authorizer results it shares', () => {
    const s = createState();
    const response = { status: 200, headers: {}, body: 'x' };
    s.cache.set('GET /a', [{ storedAt: 0, expiresAt: 1000, response }]);
    s.authCache.set('tok', { expiresAt: 5, value: 'allow' } as never);
    const c = cloneState(s);
    expect([...c.cache]).toEqual([['GET /a', [{ storedAt: 0, expiresAt: 1000, response }]]]);
    expect([...c.authCache]).toEqual([['tok', { expiresAt: 5, value: 'allow' }]]);
  });
});

describe('makeRequest', () => {
  it('lower-cases header names, keeps query names, and fills the documented defaults', () => {
    expect(makeRequest({ method: 'GET', path: '/a', headers: { 'X-Api-Key': 'k', Accept: 'text/plain' }, query: { Q: '1' } })).toEqual({
      method: 'GET',
      path: '/a',
      headers: Object.assign(Object.create(null), { 'x-api-key': 'k', accept: 'text/plain' }),
      query: Object.assign(Object.create(null), { Q: '1' }),
      body: '',
      sourceIp: '198.51.100.10',
      iam: 'none',
      cacheInvalidationAllowed: false,
    });
  });
  it('keeps what it is given, and the optional fields only when set', () => {
    const r = makeRequest({ method: 'POST', path: '/b', body: '{}', sourceIp: '10.0.0.1', iam: 'signed-allowed', cacheInvalidationAllowed: true, bodyBytes: 2, vpce: 'vpce-1' });
    expect({ ...r, headers: { ...r.headers }, query: { ...r.query } }).toEqual({
      method: 'POST', path: '/b', headers: {}, query: {}, body: '{}', sourceIp: '10.0.0.1', iam: 'signed-allowed', cacheInvalidationAllowed: true, bodyBytes: 2, vpce: 'vpce-1',
    });
    expect(Object.keys(makeRequest({ method: 'GET', path: '/' }))).toEqual(['method', 'path', 'headers', 'query', 'body', 'sourceIp', 'iam', 'cacheInvalidationAllowed']);
  });
});

describe('traceLines', () => {
  it('one line a stage: bold stage, outcome word, reason, and a note only where there is one', () => {
    expect(
      traceLines([
        { stage: 'route', outcome: 'pass', reason: 'matched GET /pets', data: {}, cards: [] },
        { stage: 'throttle', outcome: 'stop', reason: 'bucket empty', note: 'sources differ', data: {}, cards: [] },
        { stage: 'cache', outcome: 'skip', reason: 'cache off', data: {}, cards: [] },
      ]),
    ).toEqual(['- **route** pass: matched GET /pets', '- **throttle** STOP: bucket empty (Note: sources differ)', '- **cache** skip: cache off']);
  });
});

describe('cacheShareNote', () => {
  it('no targets at all: nothing to send requests to, whatever the cache', () => {
    const config = scenario({ api: api(), stage: { cache: { enabled: true } }, requests: [{ method: 'GET', path: '/pets' }] }).config;
    expect(cacheShareNote(config, [])).toBe('the API has no route to send requests to');
  });
});

describe('runLoad on routes with path parameters', () => {
  it('the default targets fill {id} and {proxy+} with values the routes match: every request is accepted', () => {
    const config = scenario({
      api: { routes: [{ method: 'GET', path: '/pets/{id}', integration: { type: 'MOCK' } }, { method: 'ANY', path: '/files/{key+}', integration: { type: 'MOCK' } }] },
      requests: [{ method: 'GET', path: '/pets/1' }],
    }).config;
    expect(runLoad(config, { ratePerSecond: 10, seed: 1 }, 2000).totals).toEqual({ requests: 20, accepted: 20, throttled: 0, quotaLimited: 0, cacheHits: 0, integrationCalls: 20, otherErrors: 0 });
  });
});

/** The cache stage: why it is skipped, and the MISS wording with an unauthorised Cache-Control: max-age=0. */
import { describe, expect, it } from 'vitest';
import { entry, run } from './helpers.js';

const mock = { integration: { type: 'MOCK', body: '[]' } };
const skipReason = (cache: Record<string, unknown>, route: Record<string, unknown>) => {
  const [r] = run({ api: { routes: [{ path: '/p', ...mock, ...route }] }, stage: { name: 'prod', cache }, requests: [{ method: String(route.method), path: '/p' }] });
  const e = entry(r!, 'cache');
  return [r!.cache, e.outcome, e.reason];
};

describe('cache stage skip reasons', () => {
  it.each([
    [{ enabled: false }, { method: 'GET' }, 'the stage cache is off'],
    [{ enabled: true }, { method: 'POST' }, 'caching is not enabled for POST (only GET by default)'],
    [{ enabled: true }, { method: 'GET', cache: { enabled: false } }, 'caching is not enabled for GET (only GET by default)'],
    [{ enabled: true, ttlSeconds: 0 }, { method: 'GET' }, 'the cache TTL is 0'],
    [{ enabled: true }, { method: 'GET', cache: { ttlSeconds: 0 } }, 'the cache TTL is 0'],
  ])('stage %j, route %j: %s', (cache, route, reason) => {
    expect(skipReason(cache, route)).toEqual(['OFF', 'skip', reason]);
  });
});

describe('cache MISS after an ignored max-age=0', () => {
  it('SUCCEED_WITH_RESPONSE_HEADER: the MISS says the header was ignored and a warning is added', () => {
    const [r] = run({
      api: { routes: [{ method: 'GET', path: '/p', ...mock }] },
      stage: { name: 'prod', cache: { enabled: true, ttlSeconds: 60, unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER' } },
      requests: [{ method: 'GET', path: '/p', headers: { 'cache-control': 'max-age=0' } }],
    });
    const e = entry(r!, 'cache');
    expect([r!.cache, e.outcome, e.reason, e.data, e.note]).toEqual([
      'MISS', 'pass',
      'Cache-Control: max-age=0 ignored: the caller may not invalidate (SUCCEED_WITH_RESPONSE_HEADER, a warning header is added); MISS: no fresh entry for this key; the integration will be called',
      { key: 'GET /p', ttlSeconds: 60 },
      "The warning header's name and text are a stand-in: the documentation is silent on them.",
    ]);
    expect(r!.headers['warning']).toBe('199 - "Cache-Control: max-age=0 ignored: caller is not authorized to invalidate the cache"');
  });

  it('a POST with caching enabled on the method is looked up, with the method TTL', () => {
    const [r] = run({
      api: { routes: [{ method: 'POST', path: '/p', cache: { enabled: true, ttlSeconds: 30 }, ...mock }] },
      stage: { name: 'prod', cache: { enabled: true } },
      requests: [{ method: 'POST', path: '/p' }],
    });
    const e = entry(r!, 'cache');
    expect([r!.cache, e.reason, e.data]).toEqual(['MISS', 'MISS: no fresh entry for this key; the integration will be called', { key: 'POST /p', ttlSeconds: 30 }]);
  });
});

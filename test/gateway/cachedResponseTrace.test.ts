/** The response stage with the cache on: storing a MISS (when, until when), and a HIT that carries the max-age=0 warning. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('response stage and the cache', () => {
  it('a MISS is stored when the answer arrives; a later HIT with an ignored max-age=0 gets the warning header', () => {
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/p', integration: { type: 'MOCK', body: '[]', latencyMs: 20 } }] },
      stage: { name: 'prod', cache: { enabled: true, ttlSeconds: 60 } },
      requests: [{ atMs: 0, method: 'GET', path: '/p' }, { atMs: 1000, method: 'GET', path: '/p', headers: { 'cache-control': 'max-age=0' } }],
    });
    const response = (i: number) => rs[i]!.trace.filter((t) => t.stage === 'response').map((t) => [t.outcome, t.reason, t.data]);
    expect([rs[0]!.cache, rs[0]!.headers]).toEqual(['MISS', { 'content-type': 'application/json' }]);
    expect(response(0)).toEqual([['pass', '200 returned to the client; stored in the cache at t+0.020 s until t+1 m 0.020 s', { status: 200, latencyMs: 20 }]]);
    expect([rs[1]!.cache, rs[1]!.body, rs[1]!.headers]).toEqual(['HIT', '[]', {
      'content-type': 'application/json',
      warning: '199 - "Cache-Control: max-age=0 ignored: caller is not authorized to invalidate the cache"',
    }]);
    expect(response(1)).toEqual([['pass', 'cached 200 returned to the client', { status: 200 }]]);
  });
});

/** What the simulator's quiz questions build on: a cloned gateway state, the trace as lines, the load panel's note. */
import { describe, expect, it } from 'vitest';
import { cacheShareNote } from '../../src/gateway/load.js';
import { cloneState, createState } from '../../src/gateway/model.js';
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

import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/gateway/clock.js';
import { createState, makeRequest } from '../../../src/gateway/model.js';
import { simulate } from '../../../src/gateway/pipeline.js';
import { api, brief, entry, run, scenario } from '../helpers.js';

const KEY = 'kkkkkkkkkkkkkkkkkkkk1';
const get = (atMs: number) => ({ atMs, method: 'GET', path: '/pets', headers: { 'x-api-key': KEY } });
const DAY = 86_400_000;

describe('quota stage', () => {
  it('exhausts, then resets at the next UTC day', () => {
    const rs = run({
      api: api({ apiKeyRequired: true }),
      apiKeys: [{ id: 'k1', value: KEY }],
      usagePlans: [{ name: 'p', apiKeys: ['k1'], quota: { limit: 1, period: 'DAY' } }],
      requests: [get(0), get(DAY - 1), get(DAY)],
    });
    expect(rs.map(brief)).toEqual([
      [200, null, null],
      [429, 'LimitExceededException', 'quota'],
      [200, null, null],
    ]);
    expect(rs[1]!.message).toBe('Limit Exceeded');
    expect(entry(rs[1]!, 'quota').data).toMatchObject({ used: 1, limit: 1, periodStartAtMs: 0, resetsAtMs: DAY });
    // the reset instant reads as an offset from the scenario's start, not as a 1970 date
    expect(entry(rs[1]!, 'quota').reason).toBe('key k1 used 1 of 1 per DAY; resets at t+1 d');
    // the hedge is a note of its own, not part of the reason
    expect(entry(rs[1]!, 'quota').note).toContain('documentation does not state the reset instant');
  });

  it('a WEEK quota resets on Sunday: t+3 d, and the note says why (t+0 is a Thursday)', () => {
    const rs = run({
      api: api({ apiKeyRequired: true }),
      apiKeys: [{ id: 'k1', value: KEY }],
      usagePlans: [{ name: 'p', apiKeys: ['k1'], quota: { limit: 1, period: 'WEEK' } }],
      requests: [get(0), get(1000)],
    });
    const q = entry(rs[1]!, 'quota');
    expect(q.data).toMatchObject({ periodStartAtMs: -4 * DAY, resetsAtMs: 3 * DAY });
    expect(q.reason).toBe('key k1 used 1 of 1 per WEEK; resets at t+3 d');
    expect(q.note).toContain('t+0 is 00:00 UTC on a Thursday, the 1st of a month (weeks start on Sunday)');
  });

  it('counts requests that later fail validation', () => {
    const rs = run({
      api: api({ apiKeyRequired: true, validate: { requiredQuery: ['q'] } }),
      apiKeys: [{ id: 'k1', value: KEY }],
      usagePlans: [{ name: 'p', apiKeys: ['k1'], quota: { limit: 1, period: 'MONTH' } }],
      requests: [get(0), get(1)],
    });
    expect(rs.map((r) => r.stoppedAt)).toEqual(['validation', 'quota']);
  });

  it('periods are UTC calendar periods: WEEK starts Sunday, MONTH the 1st', () => {
    // 1970-01-01 is a Thursday; the week began Sunday 1969-12-28.
    expect(new Date(periodOf('WEEK', 0).start).toISOString()).toBe('1969-12-28T00:00:00.000Z');
    expect(new Date(periodOf('WEEK', 3 * DAY).start).toISOString()).toBe('1970-01-04T00:00:00.000Z');
    const feb = Date.UTC(2024, 1, 29, 23, 59);
    expect(periodOf('MONTH', feb)).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
    expect(periodOf('DAY', DAY + 5)).toEqual({ start: DAY, end: 2 * DAY });
  });
});

describe('quota counter when virtual time goes backwards', () => {
  const cfg = scenario({
    api: api({ apiKeyRequired: true }),
    apiKeys: [{ id: 'k1', value: KEY }],
    usagePlans: [{ name: 'p', apiKeys: ['k1'], quota: { limit: 2, period: 'DAY' } }],
    requests: [get(0)],
  }).config;
  const send = (state: ReturnType<typeof createState>, atMs: number) => {
    const r = simulate(cfg, makeRequest({ method: 'GET', path: '/pets', headers: { 'x-api-key': KEY } }), state, atMs);
    const q = r.trace.find((t) => t.stage === 'quota')!;
    return [r.response.status, q.data.used, q.data.resetsAtMs];
  };

  it('back within the same day: the count goes on (no reset)', () => {
    const state = createState();
    expect([send(state, DAY + 5000), send(state, DAY + 1000), send(state, DAY + 10)]).toEqual([
      [200, 1, 2 * DAY],
      [200, 2, 2 * DAY],
      [429, 2, 2 * DAY],
    ]);
  });

  it('back into an earlier day: counted in that day, from zero, resetting at its end', () => {
    const state = createState();
    expect([send(state, DAY + 10), send(state, DAY + 20), send(state, DAY - 1), send(state, 0), send(state, 5)]).toEqual([
      [200, 1, 2 * DAY],
      [200, 2, 2 * DAY],
      [200, 1, DAY],
      [200, 2, DAY],
      [429, 2, DAY],
    ]);
  });
});

/** simulateHttp's options: the trace by default, the fast path without it, and the cards. */
import { describe, expect, it } from 'vitest';
import { createHttpState } from '../../../src/gateway/http/model.js';
import type * as Pipeline from '../../../src/gateway/http/pipeline.js';
import { simulateHttp } from '../../../src/gateway/http/pipeline.js';
import { fresh } from '../freshModule.js';
import { httpScenario } from './helpers.js';

/** The pipeline module loaded inside the test: its stage list and empty trace are module-level values. */
const freshSimulate = async () => (await fresh<typeof Pipeline>('../../src/gateway/http/pipeline.js')).simulateHttp;

const s = httpScenario({
  api: { routes: [{ routeKey: 'GET /r', integration: { type: 'AWS_PROXY', proxyResult: { statusCode: 201, headers: { 'x-a': '1' }, body: 'made' } } }] },
  requests: [{ method: 'GET', path: '/r' }],
});
const req = s.requests[0]!.request;

describe('simulateHttp options', () => {
  it('without options it traces every stage, with no cards', async () => {
    const r = (await freshSimulate())(s.api, req, createHttpState(), 0);
    expect(r.trace.map((t) => [t.stage, t.outcome, t.cards])).toEqual([
      ['route', 'pass', []],
      ['auth', 'skip', []],
      ['cors', 'skip', []],
      ['apiKey', 'skip', []],
      ['throttle', 'pass', []],
      ['cache', 'skip', []],
      ['integrationRequest', 'pass', []],
      ['integration', 'pass', []],
      ['response', 'pass', []],
    ]);
  });

  it('with trace false it answers the same, with no trace and no integration request', async () => {
    const r = (await freshSimulate())(s.api, req, createHttpState(), 0, { trace: false, cardsFor: () => ['c'] });
    expect(r).toEqual({
      response: { status: 201, headers: { 'x-a': '1', 'apigw-requestid': 'req-1' }, body: 'made' },
      trace: [],
      stoppedAt: null,
      errorType: null,
      message: null,
      integrationCalled: true,
      integrationRequest: null,
      routeKey: 'GET /r',
    });
  });

  it('cardsFor gives each entry a copy of the stage cards', () => {
    const cards = ['one'];
    const r = simulateHttp(s.api, req, createHttpState(), 0, { cardsFor: () => cards });
    expect(r.trace[0]!.cards).toEqual(['one']);
    expect(r.trace[0]!.cards).not.toBe(cards);
  });

  it('request ids count the requests of one state', () => {
    const state = createHttpState();
    const ids = [1, 2, 3].map(() => simulateHttp(s.api, req, state, 0, { trace: false }).response.headers['apigw-requestid']);
    expect(ids).toEqual(['req-1', 'req-2', 'req-3']);
  });
});

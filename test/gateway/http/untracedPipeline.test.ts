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

describe('the untraced fast path answers as the traced one, at every stop', () => {
  const lambda = { type: 'AWS_PROXY', proxyResult: { statusCode: 200, body: 'ok' } };
  const iss = 'https://i.example.com';
  const claims = { iss, aud: 'app', exp: 3600 };
  const cases: Record<string, Record<string, unknown>> = {
    'route stops': {
      api: { routes: [{ routeKey: 'GET /a', integration: lambda }] },
      stage: { name: 'prod' },
      requests: [{ method: 'GET', path: '/other' }, { method: 'GET', path: '/prod/b' }, { method: 'POST', path: '/prod/a', bodyBytes: 10_485_761 }, { method: 'GET', path: '/prod/a' }],
    },
    'disabled endpoint': { api: { disableExecuteApiEndpoint: true, routes: [{ routeKey: '$default', integration: lambda }] }, requests: [{ method: 'GET', path: '/' }] },
    'JWT answers': {
      api: { authorizers: { j: { type: 'JWT', issuer: iss, audience: ['app'] } }, routes: [{ routeKey: 'GET /a', authorization: 'JWT', authorizer: 'j', authorizationScopes: ['s'], integration: lambda }] },
      requests: [
        { method: 'GET', path: '/a' },
        { method: 'GET', path: '/a', headers: { authorization: 'Bearer x' } },
        { method: 'GET', path: '/a', jwt: { claims } },
        { method: 'GET', path: '/a', jwt: { claims: { ...claims, scope: 's' } } },
      ],
    },
    'Lambda authorizer answers': {
      api: { authorizers: { l: { type: 'REQUEST', identitySource: ['$request.header.t'], allow: ['y'], deny: ['n'], error: ['e'], resultTtlSeconds: 5 } }, routes: [{ routeKey: 'GET /a', authorization: 'CUSTOM', authorizer: 'l', integration: lambda }] },
      requests: ['', 'y', 'n', 'e', 'y'].map((t) => ({ method: 'GET', path: '/a', headers: t ? { t } : {} })),
    },
    'IAM answers': { api: { routes: [{ routeKey: 'GET /a', authorization: 'AWS_IAM', integration: lambda }] }, requests: [{ method: 'GET', path: '/a', iam: 'signed-allowed' }, { method: 'GET', path: '/a' }] },
    'CORS preflights': {
      api: { cors: { allowOrigins: ['https://a.example.com'] }, routes: [{ routeKey: 'GET /a', integration: lambda }] },
      requests: ['https://a.example.com', 'https://b.example.com'].map((origin) => ({ method: 'OPTIONS', path: '/a', headers: { origin, 'access-control-request-method': 'GET' } })),
    },
    'throttles': {
      account: { rateLimit: 1, burstLimit: 2 },
      api: { routes: [{ routeKey: 'GET /a', throttle: { rateLimit: 1, burstLimit: 1 }, integration: lambda }, { routeKey: 'GET /b', integration: lambda }] },
      requests: ['/a', '/a', '/b', '/b'].map((path) => ({ method: 'GET', path })),
    },
    'integration failures': {
      api: {
        routes: [
          { routeKey: 'GET /t', integration: { type: 'HTTP_PROXY', fail: 'timeout' } },
          { routeKey: 'GET /u', integration: { type: 'HTTP_PROXY', fail: 'unreachable' } },
          { routeKey: 'GET /e', integration: { type: 'AWS_PROXY', fail: 'error' } },
          { routeKey: 'GET /r', integration: { type: 'AWS_PROXY', payloadFormatVersion: '1.0', proxyResult: 'x' } },
          { routeKey: 'GET /m', integration: { type: 'HTTP_PROXY', status: 404, responseParameters: { '404': { 'overwrite:statuscode': '200' } } } },
        ],
      },
      requests: ['/t', '/u', '/e', '/r', '/m'].map((path) => ({ method: 'GET', path })),
    },
  };

  it.each(Object.keys(cases))('%s', (name) => {
    const s = httpScenario(cases[name]!);
    const answer = (r: { response: { status: number; headers: Record<string, string>; body: string }; stoppedAt: unknown; message: unknown }) => [r.response.status, r.response.headers, r.response.body, r.stoppedAt, r.message];
    const traced = createHttpState();
    const fast = createHttpState();
    for (const { atMs, request } of s.requests) {
      const full = simulateHttp(s.api, request, traced, atMs);
      const quick = simulateHttp(s.api, request, fast, atMs, { trace: false });
      expect(quick.trace).toEqual([]);
      expect(answer(quick)).toEqual(answer(full));
    }
  });
});

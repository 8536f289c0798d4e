import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWsScenario, runWsScenario } from '../../../src/gateway/websocket/scenario.js';
import { IDLE_TIMEOUT_MS, MAX_CONNECTION_MS } from '../../../src/gateway/websocket/timeline.js';
import { runs } from '../../runs.js';

function run(json: Record<string, unknown>) {
  const p = parseWsScenario({ name: 'w', ...json, api: { apiType: 'WEBSOCKET', ...(json.api as object) } });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runWsScenario(p.scenario);
}

const chat = {
  routes: [
    { routeKey: '$connect' },
    { routeKey: '$disconnect' },
    { routeKey: 'echo', routeResponse: true, integration: { body: 'pong' } },
    { routeKey: 'fire' },
  ],
};

describe('WebSocket route selection (websocket-api-develop-routes.html)', () => {
  it('routes by $request.body.action; two-way routes answer on the socket, one-way routes do not', () => {
    const r = run({ api: chat, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: '{"action":"echo"}' }, { type: 'message', connection: 'a', body: '{"action":"fire"}' }] });
    expect(r.map((x) => [x.event, x.routeKey, x.toClient])).toEqual([
      ['connect', '$connect', []],
      ['message', 'echo', ['pong']],
      ['message', 'fire', []],
    ]);
  });

  it('with no match and no $default route the client gets a Forbidden error message', () => {
    const r = run({ api: chat, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: '{"action":"nope"}' }, { type: 'message', connection: 'a', body: 'plain text' }] });
    expect(r[1]!.stoppedAt).toBe('routeSelection');
    expect(JSON.parse(r[1]!.toClient[0]!)).toEqual({ message: 'Forbidden', connectionId: r[0]!.connectionId, requestId: 'req-1' });
    expect(r[2]!.trace.find((t) => t.stage === 'routeSelection')!.reason).toBe('the message is not JSON and there is no $default route: the client gets a "Forbidden" error message');
  });

  it('follows a nested selection expression', () => {
    const r = run({ api: { routeSelectionExpression: '$request.body.meta.kind', routes: [{ routeKey: 'ping', routeResponse: true, integration: { body: 'p' } }] }, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: '{"meta":{"kind":"ping"}}' }] });
    expect(r[1]!.routeKey).toBe('ping');
  });
});

describe('$connect authorization (apigateway-websocket-api-lambda-auth.html)', () => {
  const api = {
    authorizers: { t: { type: 'REQUEST', identitySource: ['route.request.header.Auth'], allow: ['ok'], deny: ['no'], error: ['boom'] } },
    routes: [{ routeKey: '$connect', authorization: 'CUSTOM', authorizer: 't' }, { routeKey: '$default' }],
  };
  it('401 without the identity source, 403 on deny, 500 on a failing authorizer, 101 on allow', () => {
    const r = run({
      api,
      events: [
        { type: 'connect', connection: 'a' },
        { type: 'connect', connection: 'b', headers: { Auth: 'no' } },
        { type: 'connect', connection: 'c', headers: { Auth: 'boom' } },
        { type: 'connect', connection: 'd', headers: { auth: 'ok' } },
      ],
    });
    expect(r.map((x) => x.status)).toEqual([401, 403, 500, 101]);
  });
  it('refuses authorization on any route but $connect', () => {
    const p = parseWsScenario({ name: 'x', api: { apiType: 'WEBSOCKET', routes: [{ routeKey: 'send', authorization: 'AWS_IAM' }] }, events: [{ type: 'wait', atMs: 0 }] });
    expect(p.ok ? [] : p.errors).toEqual([{ path: 'api.routes[0].authorization', message: 'only the $connect route can have authorization' }]);
  });
  it('a $connect integration that answers 4xx refuses the connection', () => {
    const r = run({ api: { routes: [{ routeKey: '$connect', integration: { status: 403 } }] }, events: [{ type: 'connect', connection: 'a' }, { type: 'post', connection: 'a', atMs: 10 }] });
    expect([r[0]!.status, r[1]!.status, r[1]!.errorType]).toEqual([403, 410, 'GoneException']);
  });
});

describe('limits on the virtual clock (apigateway-execution-service-websocket-limits-table.html)', () => {
  it('closes a connection idle for 10 minutes, calls $disconnect, and a push then gets 410', () => {
    const r = run({ api: chat, events: [{ type: 'connect', connection: 'a' }, { type: 'post', connection: 'a', atMs: IDLE_TIMEOUT_MS - 1, body: 'x' }, { type: 'post', connection: 'a', atMs: IDLE_TIMEOUT_MS, body: 'y' }] });
    expect(r.map((x) => [x.atMs, x.event, x.status])).toEqual([
      [0, 'connect', 101],
      [IDLE_TIMEOUT_MS - 1, 'post', 200],
      [IDLE_TIMEOUT_MS, 'closed', null],
      [IDLE_TIMEOUT_MS, 'post', 410],
    ]);
    expect(r[2]!.closed).toEqual({ code: 1001, reason: 'idle for 10 minutes (the idle timeout)' });
    expect(r[2]!.trace.map((t) => t.stage)).toEqual(['clock', 'disconnect']);
  });

  it('closes any connection after 2 hours even when it is active', () => {
    const r = run({ api: { routes: [{ routeKey: '$default' }] }, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', atMs: 60_000, everyMs: 60_000, repeat: 130, body: '{}' }] });
    const closed = r.find((x) => x.event === 'closed')!;
    expect([closed.atMs, closed.closed?.reason]).toEqual([MAX_CONNECTION_MS, 'open for 2 hours (the connection duration limit)']);
  });

  it('closes with 1009 a message over 128 KB or a frame over 32 KB', () => {
    const r = run({
      api: { routes: [{ routeKey: '$default' }] },
      events: [
        { type: 'connect', connection: 'a' },
        { type: 'message', connection: 'a', bytes: 131_072 },
        { type: 'message', connection: 'a', bytes: 131_073 },
        { type: 'connect', connection: 'a' },
        { type: 'message', connection: 'a', bytes: 40_000, frameBytes: 32_769 },
      ],
    });
    expect(r.map((x) => x.closed?.code ?? null)).toEqual([null, null, 1009, null, 1009]);
  });

  it('throttles new connections per second for the account', () => {
    const r = run({ account: { newConnectionsPerSecond: 2 }, api: { routes: [{ routeKey: '$default' }] }, events: ['a', 'b', 'c'].map((connection) => ({ type: 'connect', connection })) });
    expect(r.map((x) => x.status)).toEqual([101, 101, 429]);
  });

  it('@connections GET describes the connection and DELETE closes it', () => {
    const r = run({ api: chat, events: [{ type: 'connect', connection: 'a', sourceIp: '192.0.2.1' }, { type: 'get', connection: 'a', atMs: 5000 }, { type: 'delete', connection: 'a' }, { type: 'get', connection: 'a' }] });
    expect(JSON.parse(r[1]!.body!)).toEqual({ ConnectedAt: '1970-01-01T00:00:00.000Z', Identity: { SourceIp: '192.0.2.1', UserAgent: null }, LastActiveAt: '1970-01-01T00:00:00.000Z' });
    expect(r.slice(2).map((x) => x.status)).toEqual([204, 410]);
  });

  it('property: no message is accepted on a connection idle 10 minutes or open 2 hours', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ gap: fc.integer({ min: 0, max: 900_000 }), kind: fc.constantFrom('message', 'connect', 'post') }), { minLength: 1, maxLength: 40 }), (steps) => {
        let t = 0;
        const events = steps.map((s) => ((t += s.gap), s.kind === 'connect' ? { type: s.kind, connection: 'a', atMs: t } : { type: s.kind, connection: 'a', atMs: t, body: '{}' }));
        const r = run({ api: { routes: [{ routeKey: '$default' }] }, events });
        let connectedAt = -1;
        let last = -1;
        for (const x of r) {
          if (x.event === 'connect' && x.status === 101) connectedAt = last = x.atMs;
          if (x.event === 'closed' || x.closed) connectedAt = -1;
          if (x.event === 'message' && x.routeKey !== null) {
            if (connectedAt < 0 || x.atMs - last >= IDLE_TIMEOUT_MS || x.atMs - connectedAt >= MAX_CONNECTION_MS) return false;
            last = x.atMs;
          }
        }
        return true;
      }),
      { numRuns: runs(200) },
    );
  });
});

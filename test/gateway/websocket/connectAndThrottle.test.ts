/**
 * WebSocket $connect authorization (IAM, a cached Lambda result) and message throttling by route,
 * stage and account (apigateway-websocket-api-control-access.html, websocket-api-protect.html).
 */
import { describe, expect, it } from 'vitest';
import { parseWsScenario, runWsScenario } from '../../../src/gateway/websocket/scenario.js';
import { expandEvents, type WsResult } from '../../../src/gateway/websocket/timeline.js';

function run(json: Record<string, unknown>, options?: { trace?: boolean }) {
  const p = parseWsScenario({ name: 'w', ...json, api: { apiType: 'WEBSOCKET', ...(json.api as object) } });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runWsScenario(p.scenario, options);
}
const stageOf = (r: WsResult, stage: string) => r.trace.filter((t) => t.stage === stage).map((t) => [t.outcome, t.reason]);
const connect = (connection: string, extra: Record<string, unknown> = {}) => ({ type: 'connect', connection, ...extra });
const send = (connection: string, action: string, extra: Record<string, unknown> = {}) => ({ type: 'message', connection, body: JSON.stringify({ action }), ...extra });

describe('IAM authorization on $connect', () => {
  it('a signed, allowed handshake connects; any other is refused with 403', () => {
    const r = run({ api: { routes: [{ routeKey: '$connect', authorization: 'AWS_IAM' }] }, events: [connect('a', { iam: 'signed-allowed' }), connect('b'), connect('c', { iam: 'signed-denied' }), connect('d', { iam: 'bad-signature' })] });
    expect(r.map((x) => [x.connection, x.status, x.message, x.stoppedAt, x.routeKey, x.connectionId])).toEqual([
      ['a', 101, null, null, '$connect', 'a-1='],
      ['b', 403, 'Forbidden', 'auth', '$connect', null],
      ['c', 403, 'Forbidden', 'auth', '$connect', null],
      ['d', 403, 'Forbidden', 'auth', '$connect', null],
    ]);
    expect(stageOf(r[0]!, 'auth')).toEqual([['pass', 'IAM: the signed $connect request is allowed']]);
    expect(stageOf(r[1]!, 'auth')).toEqual([['stop', 'IAM: the $connect request is not signed by a caller allowed execute-api:Invoke: the handshake gets 403']]);
  });
});

describe('a Lambda authorizer on $connect', () => {
  const api = (ttl: number) => ({
    authorizers: { t: { type: 'REQUEST', identitySource: ['route.request.querystring.token'], resultTtlSeconds: ttl, allow: ['ok'], context: { user: 'u1' } } },
    routes: [{ routeKey: '$connect', authorization: 'CUSTOM', authorizer: 't' }],
  });
  const reason = (cached: boolean) => `Lambda authorizer "t" allowed the connection${cached ? ' (cached result)' : ''}; its context is available to every route of this connection`;

  it('reuses its result for the same identity within the TTL, and calls it again after', () => {
    const r = run({ api: api(1), events: [connect('a', { query: { token: 'ok' } }), connect('b', { query: { token: 'ok' }, atMs: 999 }), connect('c', { query: { token: 'ok' }, atMs: 1000 })] });
    expect(r.map((x) => x.status)).toEqual([101, 101, 101]);
    expect(r.map((x) => stageOf(x, 'auth'))).toEqual([[['pass', reason(false)]], [['pass', reason(true)]], [['pass', reason(false)]]]);
  });

  it('with a TTL of 0 nothing is cached', () => {
    const r = run({ api: api(0), events: [connect('a', { query: { token: 'ok' } }), connect('b', { query: { token: 'ok' } })] });
    expect(r.map((x) => stageOf(x, 'auth'))).toEqual([[['pass', reason(false)]], [['pass', reason(false)]]]);
  });

  it('a querystring identity source is case-sensitive, a header one is not', () => {
    const r = run({ api: api(0), events: [connect('a', { query: { Token: 'ok' } })] });
    expect([r[0]!.status, stageOf(r[0]!, 'auth')]).toEqual([401, [['stop', 'Lambda authorizer "t": identity source route.request.querystring.token is missing, so the function is not called: the handshake gets 401']]]);
  });
});

describe('message throttling', () => {
  const routes = (extra: Record<string, unknown> = {}) => [{ routeKey: 'a', ...extra }, { routeKey: 'b', ...extra }];
  const throttleOf = (r: WsResult) => stageOf(r, 'throttle').map(([, reason]) => reason);

  it('each route with a limit has a bucket of its own', () => {
    const r = run({ api: { routes: routes({ throttle: { rateLimit: 1, burstLimit: 1 } }) }, events: [connect('c'), send('c', 'a'), send('c', 'b'), send('c', 'a')] });
    expect(r.slice(1).map((x) => [x.routeKey, x.stoppedAt, x.message])).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['a', 'throttle', 'Too Many Requests'],
    ]);
    expect(throttleOf(r[1]!)).toEqual(['a token from each bucket: route a, account']);
    expect(throttleOf(r[3]!)).toEqual(['route a bucket is empty (rate 1/s, burst 1): the message is dropped and the client gets an error message']);
    expect(JSON.parse(r[3]!.toClient[0]!)).toEqual({ message: 'Too Many Requests', connectionId: 'c-1=', requestId: 'req-1' });
  });

  it('the stage limit is per route too, and named "stage"', () => {
    const r = run({ api: { routes: routes() }, stage: { throttle: { rateLimit: 1, burstLimit: 1 } }, events: [connect('c'), send('c', 'a'), send('c', 'b'), send('c', 'b')] });
    expect(r.slice(1).map((x) => x.stoppedAt)).toEqual([null, null, 'throttle']);
    expect(throttleOf(r[1]!)).toEqual(['a token from each bucket: stage, account']);
    expect(throttleOf(r[3]!)).toEqual(['stage bucket is empty (rate 1/s, burst 1): the message is dropped and the client gets an error message']);
  });

  it('the account bucket is shared by every route', () => {
    const r = run({ account: { rateLimit: 1, burstLimit: 1 }, api: { routes: routes() }, events: [connect('c'), send('c', 'a'), send('c', 'b')] });
    expect(r.slice(1).map((x) => [x.stoppedAt, throttleOf(x)])).toEqual([
      [null, ['a token from each bucket: account']],
      ['throttle', ['account bucket is empty (rate 1/s, burst 1): the message is dropped and the client gets an error message']],
    ]);
  });
});

describe('expanding the timeline', () => {
  it('stops at the event whose repeats cross the cap', () => {
    const events = [{ type: 'wait', atMs: 0 }, { type: 'message', connection: 'a', repeat: 2, everyMs: 0, body: '' }] as Parameters<typeof expandEvents>[0];
    expect(expandEvents(events, 3)).toHaveLength(3);
    expect(expandEvents(events, 2)).toBe('events[1].repeat: expands the timeline past 2 events');
  });

  it('a scenario past 200,000 events is an error at that event', () => {
    const big = { type: 'message', connection: 'a', repeat: 100_000 };
    const p = parseWsScenario({ name: 'w', api: { apiType: 'WEBSOCKET', routes: [{ routeKey: '$default' }] }, events: [big, big, { type: 'wait', atMs: 1 }] });
    expect(p).toEqual({ ok: false, errors: [{ path: 'events[2].repeat', message: 'expands the timeline past 200000 events' }] });
  });

  it('orders events by time, keeping file order at the same instant, and spaces repeats by everyMs', () => {
    const events = [
      { type: 'message', connection: 'a', atMs: 10, repeat: 3, everyMs: 5, body: 'm' },
      { type: 'wait', atMs: 12 },
      { type: 'disconnect', connection: 'a' },
    ] as Parameters<typeof expandEvents>[0];
    expect((expandEvents(events, 10) as Array<{ e: { type: string }; atMs: number }>).map((x) => [x.e.type, x.atMs])).toEqual([
      ['message', 10],
      ['wait', 12],
      ['disconnect', 12],
      ['message', 15],
      ['message', 20],
    ]);
  });
});

describe('the untraced fast path', () => {
  it('gives the same results with no trace entries at all', () => {
    const json = {
      api: { routes: [{ routeKey: 'a' }, { routeKey: 'b', routeResponse: true, integration: { body: 'hi' } }, { routeKey: '$disconnect' }] },
      events: [connect('c'), send('c', 'a'), send('c', 'b'), { type: 'disconnect', connection: 'c' }, connect('d', { atMs: 10 }), { type: 'wait', atMs: 700_000 }],
    };
    const fast = run(json, { trace: false });
    const full = run(json);
    expect(fast.map((x) => x.trace)).toEqual(fast.map(() => []));
    expect(fast).toEqual(full.map((x) => ({ ...x, trace: [] })));
    expect(full.map((x) => x.trace.length > 0)).toEqual(full.map(() => true));
  });
});

describe('the untraced fast path at every stop', () => {
  it.each([
    [
      'Lambda authorizer answers',
      {
        api: { authorizers: { t: { type: 'REQUEST', identitySource: ['route.request.header.t'], allow: ['y'], deny: ['n'], error: ['e'] } }, routes: [{ routeKey: '$connect', authorization: 'CUSTOM', authorizer: 't' }, { routeKey: '$default' }] },
        events: [connect('a'), connect('b', { headers: { t: 'n' } }), connect('c', { headers: { t: 'e' } }), connect('d', { headers: { t: 'y' } }), connect('e', { headers: { t: 'y' } }), connect('d')],
      },
    ],
    ['IAM answers', { api: { routes: [{ routeKey: '$connect', authorization: 'AWS_IAM' }] }, events: [connect('a'), connect('b', { iam: 'signed-allowed' })] }],
    [
      'refusals and failures',
      {
        account: { newConnectionsPerSecond: 2, rateLimit: 1, burstLimit: 1 },
        api: { routes: [{ routeKey: '$connect', integration: { status: 200 } }, { routeKey: 'slow', integration: { latencyMs: 30_000, timeoutMs: 29_000 } }, { routeKey: 'echo', routeResponse: true }] },
        events: [connect('a'), connect('b'), connect('c'), send('a', 'slow'), send('a', 'echo'), send('a', 'nope'), { type: 'message', connection: 'a', bytes: 200_000 }, { type: 'message', connection: 'zz' }],
      },
    ],
    [
      '@connections and the clock',
      {
        api: { routes: [{ routeKey: '$default' }, { routeKey: '$disconnect' }] },
        events: [connect('a'), { type: 'post', connection: 'a', body: 'x' }, { type: 'post', connection: 'a', bytes: 200_000 }, { type: 'get', connection: 'a' }, connect('b'), { type: 'delete', connection: 'b' }, { type: 'disconnect', connection: 'b' }, { type: 'wait', atMs: 700_000 }, { type: 'post', connection: 'a' }],
      },
    ],
    ['a $connect integration that refuses', { api: { routes: [{ routeKey: '$connect', integration: { status: 401 } }, { routeKey: 'x', integration: { fail: 'error' } }] }, events: [connect('a')] }],
  ])('%s', (_name, json) => {
    const fast = run(json, { trace: false });
    const full = run(json);
    expect(fast).toEqual(full.map((x) => ({ ...x, trace: [] })));
  });
});

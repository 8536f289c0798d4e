/** The defaults and field limits of the WebSocket API scenario schema (docs/scenario-format.md, "WebSocket APIs"). */
import { describe, expect, it } from 'vitest';
import type * as WsSchema from '../../../src/gateway/websocket/schema.js';
import type * as WsTimeline from '../../../src/gateway/websocket/timeline.js';
// Static imports too: the mutation runner picks a source file's tests by static imports only.
import '../../../src/gateway/websocket/schema.js';
import '../../../src/gateway/websocket/timeline.js';
import { zodErrors } from '../../../src/gateway/zodErrors.js';
import { fresh } from '../freshModule.js';

const schema = async () => (await fresh<typeof WsSchema>('../../src/gateway/websocket/schema.js')).wsScenarioSchema;
const base = { name: 'w', api: { apiType: 'WEBSOCKET', routes: [{ routeKey: '$default' }] }, events: [{ type: 'wait', atMs: 0 }] };
async function errors(json: Record<string, unknown>) {
  const p = (await schema()).safeParse({ ...base, ...json });
  return p.success ? [] : zodErrors(p.error);
}
const integrationDefaults = { type: 'AWS_PROXY', latencyMs: 0, timeoutMs: 29_000, status: 200, body: '' };

describe('WebSocket API schema defaults', () => {
  it('fills every default of a scenario', async () => {
    const p = (await schema()).parse({
      ...base,
      api: { apiType: 'WEBSOCKET', authorizers: { a: { type: 'REQUEST' } }, routes: [{ routeKey: '$connect', authorization: 'CUSTOM', authorizer: 'a' }, { routeKey: 'send', integration: { type: 'MOCK' } }] },
      events: [
        { type: 'connect', connection: 'c' },
        { type: 'message', connection: 'c' },
        { type: 'post', connection: 'c' },
        { type: 'disconnect', connection: 'c' },
      ],
    });
    expect(p).toEqual({
      name: 'w',
      account: { rateLimit: 10_000, burstLimit: 5_000, newConnectionsPerSecond: 500 },
      api: {
        apiType: 'WEBSOCKET',
        routeSelectionExpression: '$request.body.action',
        authorizers: { a: { type: 'REQUEST', identitySource: ['route.request.header.Authorization'], resultTtlSeconds: 300, allow: [], deny: [], error: [], context: {} } },
        routes: [
          { routeKey: '$connect', authorization: 'CUSTOM', authorizer: 'a', routeResponse: false, integration: integrationDefaults },
          { routeKey: 'send', authorization: 'NONE', routeResponse: false, integration: { ...integrationDefaults, type: 'MOCK' } },
        ],
      },
      stage: { name: 'production' },
      events: [
        { type: 'connect', connection: 'c', headers: {}, query: {}, sourceIp: '198.51.100.10', iam: 'none' },
        { type: 'message', connection: 'c', body: '', repeat: 1, everyMs: 0 },
        { type: 'post', connection: 'c', body: '' },
        { type: 'disconnect', connection: 'c' },
      ],
    });
  });
});

describe('WebSocket API schema limits', () => {
  it('integration timeouts are 50 ms to 29 s, statuses 100 to 599', async () => {
    const route = (integration: object) => ({ routeKey: '$default', integration });
    expect(await errors({ api: { apiType: 'WEBSOCKET', routes: [route({ timeoutMs: 50, status: 100, latencyMs: 0 })] } })).toEqual([]);
    expect(await errors({ api: { apiType: 'WEBSOCKET', routes: [route({ timeoutMs: 29_000, status: 599, fail: 'timeout' })] } })).toEqual([]);
    expect(await errors({ api: { apiType: 'WEBSOCKET', routes: [route({ timeoutMs: 49, status: 99, latencyMs: -1, fail: 'unreachable', type: 'VPC_LINK' })] } })).toEqual([
      { path: 'api.routes[0].integration.type', message: 'Invalid option: expected one of "AWS_PROXY"|"AWS"|"HTTP_PROXY"|"HTTP"|"MOCK"' },
      { path: 'api.routes[0].integration.latencyMs', message: 'Too small: expected number to be >=0' },
      { path: 'api.routes[0].integration.timeoutMs', message: 'Too small: expected number to be >=50' },
      { path: 'api.routes[0].integration.status', message: 'Too small: expected number to be >=100' },
      { path: 'api.routes[0].integration.fail', message: 'Invalid option: expected one of "timeout"|"error"' },
    ]);
    expect(await errors({ api: { apiType: 'WEBSOCKET', routes: [route({ timeoutMs: 29_001, status: 600 })] } })).toEqual([
      { path: 'api.routes[0].integration.timeoutMs', message: 'Too big: expected number to be <=29000' },
      { path: 'api.routes[0].integration.status', message: 'Too big: expected number to be <=599' },
    ]);
  });

  it('takes authorization NONE written out, and an authorizer context of strings, numbers and booleans', async () => {
    const api = { apiType: 'WEBSOCKET', authorizers: { a: { type: 'REQUEST', context: { s: 'x', n: 1, b: true } } }, routes: [{ routeKey: '$connect', authorization: 'NONE' }] };
    expect(await errors({ api })).toEqual([]);
  });

  it('an authorizer caches for 0 to 3600 seconds', async () => {
    const api = (resultTtlSeconds: number) => ({ apiType: 'WEBSOCKET', authorizers: { a: { type: 'REQUEST', resultTtlSeconds } }, routes: [{ routeKey: '$default' }] });
    expect([await errors({ api: api(0) }), await errors({ api: api(3600) }), await errors({ api: api(3601) })]).toEqual([[], [], [{ path: 'api.authorizers.a.resultTtlSeconds', message: 'Too big: expected number to be <=3600' }]]);
  });

  it('message events: repeat 1 to 100,000, sizes of 0 bytes or more, a connection name', async () => {
    const msg = (m: object) => ({ type: 'message', connection: 'c', ...m });
    expect(await errors({ events: [msg({ repeat: 1, bytes: 0, frameBytes: 0 }), msg({ repeat: 100_000, atMs: 0 })] })).toEqual([]);
    expect(await errors({ events: [msg({ repeat: 0, bytes: -1, frameBytes: -1, atMs: -1 }), msg({ repeat: 100_001, connection: '' })] })).toEqual([
      { path: 'events[0].atMs', message: 'Too small: expected number to be >=0' },
      { path: 'events[0].bytes', message: 'Too small: expected number to be >=0' },
      { path: 'events[0].frameBytes', message: 'Too small: expected number to be >=0' },
      { path: 'events[0].repeat', message: 'Too small: expected number to be >=1' },
      { path: 'events[1].connection', message: 'Too small: expected string to have >=1 characters' },
      { path: 'events[1].repeat', message: 'Too big: expected number to be <=100000' },
    ]);
  });

  it('a connect event knows four IAM states', async () => {
    const c = (iam: string) => ({ type: 'connect', connection: 'c', iam });
    expect(await errors({ events: ['none', 'signed-allowed', 'signed-denied', 'bad-signature'].map(c) })).toEqual([]);
    expect(await errors({ events: [c('signed')] })).toEqual([{ path: 'events[0].iam', message: 'Invalid option: expected one of "none"|"signed-allowed"|"signed-denied"|"bad-signature"' }]);
  });

  it('route keys start with anything but a space or $, and are at most 128 characters', async () => {
    const keys = (...k: string[]) => errors({ api: { apiType: 'WEBSOCKET', routes: k.map((routeKey) => ({ routeKey })) } });
    expect(await keys('$connect', '$disconnect', '$default', 'a', 'x'.repeat(128), 'a$b')).toEqual([]);
    const message = 'a route key: $connect, $disconnect, $default or a name without spaces';
    expect(await keys('$connectx', 'x$connect ', 'x'.repeat(129))).toEqual([
      { path: 'api.routes[0].routeKey', message },
      { path: 'api.routes[1].routeKey', message },
      { path: 'api.routes[2].routeKey', message },
    ]);
  });
});

describe('the timeline steps', () => {
  it('lists the steps in the order a message meets them', async () => {
    const t = await fresh<typeof WsTimeline>('../../src/gateway/websocket/timeline.js');
    expect([t.WS_STEPS, t.IDLE_TIMEOUT_MS, t.MAX_CONNECTION_MS, t.MAX_MESSAGE_BYTES, t.MAX_FRAME_BYTES]).toEqual([
      ['connectionThrottle', 'auth', 'connect', 'frame', 'routeSelection', 'throttle', 'integration', 'routeResponse', 'connections', 'disconnect', 'clock'],
      600_000,
      7_200_000,
      131_072,
      32_768,
    ]);
  });
});

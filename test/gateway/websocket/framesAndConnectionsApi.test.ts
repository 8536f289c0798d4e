/**
 * WebSocket message quotas (128 KB messages, 32 KB frames: apigateway-execution-service-websocket-limits-table.html),
 * route responses, and the @connections API (apigateway-how-to-call-websocket-api-connections.html), as the trace tells them.
 */
import { describe, expect, it } from 'vitest';
import { parseWsScenario, runWsScenario } from '../../../src/gateway/websocket/scenario.js';
import type { WsResult } from '../../../src/gateway/websocket/timeline.js';

function run(json: Record<string, unknown>) {
  const p = parseWsScenario({ name: 'w', ...json, api: { apiType: 'WEBSOCKET', ...(json.api as object) } });
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return runWsScenario(p.scenario);
}
const step = (r: WsResult, stage: string) => r.trace.filter((t) => t.stage === stage).map(({ outcome, reason, data }) => ({ outcome, reason, data }));
const api = { routes: [{ routeKey: '$default' }, { routeKey: 'echo', routeResponse: true, integration: { body: 'pong' } }] };

describe('message and frame quotas', () => {
  it('a 128 KB message in 32 KB frames passes; the idle timer restarts at it', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', atMs: 5, bytes: 131_072 }] });
    expect([r[1]!.closed, step(r[1]!, 'frame')]).toEqual([null, [{ outcome: 'pass', reason: '131072 bytes, within the 128 KB message and 32 KB frame quotas; the idle timer restarts', data: { bytes: 131_072, idleTimeoutAt: 600_005 } }]]);
  });

  it('over 128 KB closes the connection with 1009, naming the message size', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', bytes: 131_073 }] });
    const why = 'the message is 131073 bytes, over the 128 KB message quota';
    expect([r[1]!.stoppedAt, r[1]!.message, r[1]!.closed, step(r[1]!, 'frame')]).toEqual([
      'frame',
      'Message too big',
      { code: 1009, reason: why },
      [{ outcome: 'stop', reason: `${why}: API Gateway closes the connection with code 1009 (message too big)`, data: { bytes: 131_073, frameBytes: 32_768 } }],
    ]);
  });

  it('a frame over 32 KB closes it too, naming the frame size', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: 'x'.repeat(100), frameBytes: 32_769 }] });
    expect(r[1]!.closed).toEqual({ code: 1009, reason: 'a frame is 32769 bytes, over the 32 KB frame quota' });
  });

  it('counts the body in UTF-8 bytes', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: 'é€' }] });
    expect((step(r[1]!, 'frame')[0]!.data as { bytes: number }).bytes).toBe(5);
  });

  it('a message on a connection that is not open stops at the frame step', () => {
    const r = run({ api, events: [{ type: 'message', connection: 'ghost' }] });
    expect([r[0]!.stoppedAt, r[0]!.message, step(r[0]!, 'frame')]).toEqual(['frame', 'not connected', [{ outcome: 'stop', reason: '"ghost" is not connected: the client cannot send', data: {} }]]);
  });
});

describe('route responses', () => {
  it('a two-way route sends the answer back; a one-way route says the backend must push', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'message', connection: 'a', body: '{"action":"echo"}' }, { type: 'message', connection: 'a', body: '{"action":"other"}' }] });
    expect(r.slice(1).map((x) => [x.routeKey, x.toClient, step(x, 'routeResponse')[0]!.reason])).toEqual([
      ['echo', ['pong'], "a two-way route: the integration's answer is sent back to the client"],
      ['$default', [], 'a one-way route (no route response): the answer is not sent to the client; the backend must push with @connections'],
    ]);
    expect(step(r[2]!, 'routeSelection')).toEqual([{ outcome: 'pass', reason: 'no route "other": the $default route takes it', data: { expression: '$request.body.action', value: 'other' } }]);
  });
});

describe('the @connections API', () => {
  const url = (id: string) => `https://{api-id}.execute-api.{region}.amazonaws.com/dev/@connections/${id}`;
  it('POST delivers, GET describes, DELETE closes; afterwards the id is gone (410)', () => {
    const r = run({
      api,
      stage: { name: 'dev' },
      events: [
        { type: 'connect', connection: 'a', atMs: 1000, sourceIp: '192.0.2.7' },
        { type: 'message', connection: 'a', atMs: 2000, body: '{}' },
        { type: 'post', connection: 'a', atMs: 3000, body: 'hello' },
        { type: 'get', connection: 'a', atMs: 4000 },
        { type: 'delete', connection: 'a', atMs: 5000 },
        { type: 'post', connection: 'a', atMs: 6000 },
        { type: 'get', connection: 'never', atMs: 6000 },
      ],
    });
    expect(r.slice(2).map((x) => [x.event, x.status, x.errorType, x.toClient, x.body, x.closed])).toEqual([
      ['post', 200, null, ['hello'], '', null],
      ['get', 200, null, [], '{"ConnectedAt":"1970-01-01T00:00:01.000Z","Identity":{"SourceIp":"192.0.2.7","UserAgent":null},"LastActiveAt":"1970-01-01T00:00:02.000Z"}', null],
      ['delete', 204, null, [], '', { code: 1000, reason: 'closed by the backend (@connections DELETE)' }],
      ['post', 410, 'GoneException', [], '', null],
      ['get', 410, 'GoneException', [], '', null],
    ]);
    expect(r.slice(2).map((x) => step(x, 'connections')[0]!.reason)).toEqual([
      `POST ${url('a-1=')}: the message is delivered to the client`,
      `GET ${url('a-1=')}: the connection's details`,
      `DELETE ${url('a-1=')}: API Gateway closes the connection`,
      `POST ${url('a-1=')}: the connection is closed: 410 GoneException`,
      `GET ${url('never')}: the connection is unknown: 410 GoneException`,
    ]);
  });

  it('a POST over 128 KB is refused with 413 and the connection stays open', () => {
    const r = run({ api, events: [{ type: 'connect', connection: 'a' }, { type: 'post', connection: 'a', bytes: 131_073 }, { type: 'post', connection: 'a', bytes: 131_072 }] });
    expect(r.slice(1).map((x) => [x.status, x.errorType, x.stoppedAt, x.toClient.length])).toEqual([
      [413, 'PayloadTooLargeException', 'connections', 0],
      [200, null, null, 1],
    ]);
    expect(step(r[1]!, 'connections')[0]!.reason).toBe('POST of 131073 bytes, over the 128 KB message quota: 413 PayloadTooLargeException');
  });
});

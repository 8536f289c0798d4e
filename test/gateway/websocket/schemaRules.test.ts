/** Each rule of the WebSocket API scenario schema, with the exact path and message it reports. */
import { describe, expect, it } from 'vitest';
import { parseWsScenario } from '../../../src/gateway/websocket/scenario.js';

function errors(api: Record<string, unknown>, events: unknown[] = [{ type: 'wait', atMs: 0 }]) {
  const p = parseWsScenario({ name: 'w', api: { apiType: 'WEBSOCKET', ...api }, events });
  return p.ok ? [] : p.errors;
}

describe('WebSocket API routes in the schema', () => {
  it('a second route with the same key is a duplicate', () => {
    expect(errors({ routes: [{ routeKey: 'send' }, { routeKey: '$default' }, { routeKey: 'send' }] })).toEqual([{ path: 'api.routes[2].routeKey', message: 'duplicate route send' }]);
  });

  it('route keys are $connect, $disconnect, $default or a name without spaces', () => {
    const message = 'a route key: $connect, $disconnect, $default or a name without spaces';
    expect(errors({ routes: [{ routeKey: '$connect' }, { routeKey: 'a.b-c' }, { routeKey: '$other' }, { routeKey: 'two words' }, { routeKey: '' }, { routeKey: 'x'.repeat(129) }] })).toEqual([
      { path: 'api.routes[2].routeKey', message },
      { path: 'api.routes[3].routeKey', message },
      { path: 'api.routes[4].routeKey', message },
      { path: 'api.routes[5].routeKey', message },
    ]);
  });

  it('only $connect has authorization, and CUSTOM needs an authorizer that exists', () => {
    expect(
      errors({
        authorizers: { a: { type: 'REQUEST' } },
        routes: [{ routeKey: '$connect', authorization: 'CUSTOM' }, { routeKey: 'send', authorization: 'CUSTOM', authorizer: 'nope' }, { routeKey: 'other', authorization: 'CUSTOM', authorizer: 'toString' }],
      }),
    ).toEqual([
      { path: 'api.routes[0].authorizer', message: 'required when authorization is CUSTOM' },
      { path: 'api.routes[1].authorization', message: 'only the $connect route can have authorization' },
      { path: 'api.routes[1].authorizer', message: 'no authorizer named "nope" in api.authorizers' },
      { path: 'api.routes[2].authorization', message: 'only the $connect route can have authorization' },
      { path: 'api.routes[2].authorizer', message: 'no authorizer named "toString" in api.authorizers' },
    ]);
  });

  it('an authorizer without CUSTOM authorization is an error', () => {
    expect(errors({ authorizers: { a: { type: 'REQUEST' } }, routes: [{ routeKey: '$connect', authorization: 'AWS_IAM', authorizer: 'a' }, { routeKey: 'send', authorizer: 'a' }] })).toEqual([
      { path: 'api.routes[0].authorizer', message: 'only used with CUSTOM authorization' },
      { path: 'api.routes[1].authorizer', message: 'only used with CUSTOM authorization' },
    ]);
  });

  it('$connect and $disconnect cannot send a route response', () => {
    expect(errors({ routes: [{ routeKey: '$connect', routeResponse: true }, { routeKey: '$disconnect', routeResponse: true }, { routeKey: '$default', routeResponse: true }] })).toEqual([
      { path: 'api.routes[0].routeResponse', message: '$connect cannot send a route response' },
      { path: 'api.routes[1].routeResponse', message: '$disconnect cannot send a route response' },
    ]);
  });

  it('the selection expression and identity sources name parts of the request', () => {
    expect(
      errors({
        routeSelectionExpression: '$request.header.action',
        authorizers: { a: { type: 'REQUEST', identitySource: ['route.request.header.Auth', 'route.request.querystring.t', '$request.header.Auth'] } },
        routes: [{ routeKey: '$default' }],
      }),
    ).toEqual([
      { path: 'api.routeSelectionExpression', message: 'must be $request.body.PATH, e.g. $request.body.action' },
      { path: 'api.authorizers.a.identitySource[2]', message: 'must be route.request.header.NAME or route.request.querystring.NAME' },
    ]);
  });

  it('a connect event needs an IP address, not a range', () => {
    expect(errors({ routes: [{ routeKey: '$default' }] }, [{ type: 'connect', connection: 'a', sourceIp: '192.0.2.0/24' }, { type: 'connect', connection: 'b', sourceIp: 'host' }, { type: 'connect', connection: 'c', sourceIp: '192.0.2.1' }])).toEqual([
      { path: 'events[0].sourceIp', message: 'not an IP address' },
      { path: 'events[1].sourceIp', message: 'not an IP address' },
    ]);
  });
});

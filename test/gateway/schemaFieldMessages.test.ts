/** The scenario file's per-field errors (SCENARIOS.md): each bad value named by its JSON path with the message the reader sees, and the edge values accepted. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/gateway/scenario.js';

type Json = Record<string, unknown>;
const route = (r: Json = {}, integration: Json = {}) => ({ method: 'GET', path: '/a', ...r, integration: { type: 'MOCK', ...integration } });
const file = (o: Json) => ({ name: 's', api: { routes: [route()] }, requests: [{ method: 'GET', path: '/a' }], ...o });
const errorsOf = (o: Json) => {
  const p = parseScenario(JSON.stringify(file(o)));
  return p.ok ? [] : p.errors;
};
const PATH_MSG = 'a resource path like /pets/{id} or /{proxy+} ({name+} only as the last segment)';

describe('throttle limits', () => {
  it('account: rate and burst at 0 are accepted; a negative rate and a fractional burst are not', () => {
    expect(errorsOf({ account: { rateLimit: 0, burstLimit: 0 } })).toEqual([]);
    expect(errorsOf({ account: { rateLimit: -1, burstLimit: 1.5 } })).toEqual([
      { path: 'account.rateLimit', message: 'Too small: expected number to be >=0' },
      { path: 'account.burstLimit', message: 'Invalid input: expected int, received number' },
    ]);
  });
  it('a method throttle is checked the same way', () => {
    expect(errorsOf({ api: { routes: [route({ throttle: { rateLimit: -1, burstLimit: -1 } })] } })).toEqual([
      { path: 'api.routes[0].throttle.rateLimit', message: 'Too small: expected number to be >=0' },
      { path: 'api.routes[0].throttle.burstLimit', message: 'Too small: expected number to be >=0' },
    ]);
  });
});

describe('authorizers', () => {
  const withAuthorizer = (a: Json) => errorsOf({ api: { authorizers: { a: { type: 'TOKEN', ...a } }, routes: [route()] } });
  it('an identity validation expression must be a linear-time regular expression', () => {
    expect(withAuthorizer({ identityValidationExpression: '(' })).toEqual([
      {
        path: 'api.authorizers.a.identityValidationExpression',
        message: 'not a regular expression the simulator can match in linear time (missing closing ): `(`; lookaround and backreferences are not supported)',
      },
    ]);
    expect(withAuthorizer({ identityValidationExpression: '^Bearer [a-z]+$' })).toEqual([]);
  });
  it('every identity source is a header or a query string parameter', () => {
    expect(withAuthorizer({ identitySource: 'method.request.header.A, method.request.querystring.b' })).toEqual([]);
    expect(withAuthorizer({ identitySource: 'method.request.header.A, method.request.path.x' })).toEqual([
      { path: 'api.authorizers.a.identitySource', message: 'each identity source must be method.request.header.NAME or method.request.querystring.NAME' },
    ]);
  });
  it('principalId is not empty, and context values are strings, numbers or booleans only', () => {
    expect(withAuthorizer({ principalId: '', context: { x: { y: 1 }, ok: 'v', n: 1, b: true } })).toEqual([
      { path: 'api.authorizers.a.principalId', message: 'Too small: expected string to have >=1 characters' },
      { path: 'api.authorizers.a.context.x', message: 'Invalid input' },
    ]);
  });
});

describe('resource paths', () => {
  it('the root path is a route', () => {
    expect(errorsOf({ api: { routes: [route({ path: '/' })] }, requests: [{ method: 'GET', path: '/' }] })).toEqual([]);
  });
  it('no leading slash, a trailing slash, a greedy segment before the end, a space: each refused', () => {
    expect(errorsOf({ api: { routes: [route({ path: 'a' }), route({ path: '/a/' }), route({ path: '/{p+}/x' }), route({ path: '/a b' }), route({ path: '/a/{p+}' })] } })).toEqual([
      { path: 'api.routes[0].path', message: PATH_MSG },
      { path: 'api.routes[1].path', message: PATH_MSG },
      { path: 'api.routes[2].path', message: PATH_MSG },
      { path: 'api.routes[3].path', message: PATH_MSG },
    ]);
  });
});

describe('integration fields', () => {
  it('timeoutMs from 50 to 300000 ms, whole milliseconds', () => {
    const routes = [
      route({}, { timeoutMs: 49 }),
      route({ path: '/b' }, { timeoutMs: 300_001 }),
      route({ path: '/c' }, { timeoutMs: 50.5 }),
      route({ path: '/d' }, { timeoutMs: 50 }),
      route({ path: '/e' }, { timeoutMs: 300_000 }),
    ];
    expect(errorsOf({ api: { routes } })).toEqual([
      { path: 'api.routes[0].integration.timeoutMs', message: 'Too small: expected number to be >=50' },
      { path: 'api.routes[1].integration.timeoutMs', message: 'Too big: expected number to be <=300000' },
      { path: 'api.routes[2].integration.timeoutMs', message: 'Invalid input: expected int, received number' },
    ]);
  });
  it('latency, status and fail', () => {
    expect(errorsOf({ api: { routes: [route({}, { fail: 'boom', status: 99, latencyMs: -1 })] } })).toEqual([
      { path: 'api.routes[0].integration.latencyMs', message: 'Too small: expected number to be >=0' },
      { path: 'api.routes[0].integration.status', message: 'Too small: expected number to be >=100' },
      { path: 'api.routes[0].integration.fail', message: 'Invalid option: expected one of "timeout"|"unreachable"|"malformed"|"error"' },
    ]);
  });
  it('version-2 fields: method, uri, template MIME types, passthrough behavior', () => {
    expect(errorsOf({ api: { routes: [route({}, { requestTemplates: { json: 'x' }, uri: '', httpMethod: 'TRACE', passthroughBehavior: 'X' })] } })).toEqual([
      { path: 'api.routes[0].integration.httpMethod', message: 'Invalid option: expected one of "GET"|"POST"|"PUT"|"PATCH"|"DELETE"|"HEAD"|"OPTIONS"|"ANY"' },
      { path: 'api.routes[0].integration.uri', message: 'Too small: expected string to have >=1 characters' },
      { path: 'api.routes[0].integration.requestTemplates.json', message: 'must be a MIME type like application/json' },
      { path: 'api.routes[0].integration.passthroughBehavior', message: 'Invalid option: expected one of "WHEN_NO_MATCH"|"WHEN_NO_TEMPLATES"|"NEVER"' },
    ]);
  });
  it('request parameter names and sources', () => {
    expect(errorsOf({ api: { routes: [route({}, { type: 'HTTP', requestParameters: { 'integration.request.header.x': 'foo', bad: "'s'" } })] } })).toEqual([
      {
        path: 'api.routes[0].integration.requestParameters["integration.request.header.x"]',
        message: "must be method.request.header|querystring|path.NAME, method.request.body, 'static', stageVariables.NAME or context.NAME",
      },
      { path: 'api.routes[0].integration.requestParameters.bad', message: 'must be integration.request.header|querystring|path.NAME' },
    ]);
  });
});

describe('method fields', () => {
  it('authorization and apiKeyRequired', () => {
    expect(errorsOf({ api: { routes: [route({ authorization: 'JWT', apiKeyRequired: 'yes' })] } })).toEqual([
      { path: 'api.routes[0].authorization', message: 'Invalid option: expected one of "NONE"|"AWS_IAM"|"CUSTOM"|"COGNITO_USER_POOLS"' },
      { path: 'api.routes[0].apiKeyRequired', message: 'Invalid input: expected boolean, received string' },
    ]);
  });
  it('validation names are not empty, and the validator takes no other keys', () => {
    expect(errorsOf({ api: { routes: [route({ validate: { requiredHeaders: [''], requiredQuery: [''], extra: 1 } })] } })).toEqual([
      { path: 'api.routes[0].validate.requiredHeaders[0]', message: 'Too small: expected string to have >=1 characters' },
      { path: 'api.routes[0].validate.requiredQuery[0]', message: 'Too small: expected string to have >=1 characters' },
      { path: 'api.routes[0].validate.extra', message: 'unknown key' },
    ]);
  });
  it('method cache settings: enabled is a boolean, the TTL 0 to 3600 s, key parameters are request parameters', () => {
    expect(errorsOf({ api: { routes: [route({ cache: { enabled: 'x', ttlSeconds: 3601, keyParameters: ['x'] } })] } })).toEqual([
      { path: 'api.routes[0].cache.enabled', message: 'Invalid input: expected boolean, received string' },
      { path: 'api.routes[0].cache.ttlSeconds', message: 'Too big: expected number to be <=3600' },
      { path: 'api.routes[0].cache.keyParameters[0]', message: 'must be method.request.querystring|header|path.NAME' },
    ]);
    expect(errorsOf({ api: { routes: [route({ cache: { ttlSeconds: -1 } })] } })).toEqual([{ path: 'api.routes[0].cache.ttlSeconds', message: 'Too small: expected number to be >=0' }]);
    expect(errorsOf({ api: { routes: [route({ cache: { enabled: true, ttlSeconds: 0, keyParameters: ['method.request.querystring.q'] } })] } })).toEqual([]);
  });
  it('a method response is declared by a status code', () => {
    expect(errorsOf({ api: { routes: [route({ methodResponses: { '600': { headers: [] } } })] } })).toEqual([
      { path: 'api.routes[0].methodResponses["600"]', message: 'must be a status code such as "200"' },
    ]);
  });
});

describe('requests', () => {
  it('repeat at least 1 and everyMs at least 0, both whole numbers; cacheInvalidationAllowed a boolean', () => {
    expect(errorsOf({ requests: [{ method: 'GET', path: '/a', repeat: 0, everyMs: -1, cacheInvalidationAllowed: 'no' }] })).toEqual([
      { path: 'requests[0].cacheInvalidationAllowed', message: 'Invalid input: expected boolean, received string' },
      { path: 'requests[0].repeat', message: 'Too small: expected number to be >=1' },
      { path: 'requests[0].everyMs', message: 'Too small: expected number to be >=0' },
    ]);
    expect(errorsOf({ requests: [{ method: 'GET', path: '/a', repeat: 1.5, everyMs: 0.5 }] })).toEqual([
      { path: 'requests[0].repeat', message: 'Invalid input: expected int, received number' },
      { path: 'requests[0].everyMs', message: 'Invalid input: expected int, received number' },
    ]);
  });
});

describe('stage variables and gateway responses', () => {
  it('stage variable names and values each say which characters they may hold', () => {
    expect(errorsOf({ stage: { variables: { 'a-b': 'x', ok: 'has space' } } })).toEqual([
      { path: 'stage.variables["a-b"]', message: 'stage variable names hold only letters, digits and _' },
      { path: 'stage.variables.ok', message: 'stage variable values hold only letters, digits and - . _ ~ : / ? # & = ,' },
    ]);
  });
  it('a gateway response status is 100 to 599, and its type one API Gateway has', () => {
    expect(errorsOf({ api: { routes: [route()], gatewayResponses: { DEFAULT_4XX: { statusCode: 99 }, NOPE: {} } } })).toEqual([
      { path: 'api.gatewayResponses.DEFAULT_4XX.statusCode', message: 'Too small: expected number to be >=100' },
      { path: 'api.gatewayResponses.NOPE', message: 'unknown key' },
    ]);
  });
});

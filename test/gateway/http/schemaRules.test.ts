/** Each rule of the HTTP API scenario schema, with the exact path and message it reports. */
import { describe, expect, it } from 'vitest';
import type * as HttpSchema from '../../../src/gateway/http/schema.js';
// A static import too: the mutation runner picks a source file's tests by static imports only.
import '../../../src/gateway/http/schema.js';

import { zodErrors } from '../../../src/gateway/zodErrors.js';
import { fresh } from '../freshModule.js';

/** The schema module loaded inside the test, so its module-level rules are checked too. */
const schema = () => fresh<typeof HttpSchema>('../../src/gateway/http/schema.js');

const proxy = { type: 'HTTP_PROXY' };
const lambda = { type: 'AWS_PROXY' };
const jwt = { type: 'JWT', issuer: 'https://i.example.com', audience: ['app'] };
const req = { type: 'REQUEST' };
/** The errors for an API with these routes (and authorizers). */
async function errors(routes: unknown[], authorizers: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const p = (await schema()).httpScenarioSchema.safeParse({ name: 't', api: { apiType: 'HTTP', authorizers, routes }, requests: [{ method: 'GET', path: '/' }], ...extra });
  return p.success ? [] : zodErrors(p.error);
}

describe('HTTP API routes in the schema', async () => {
  it('a route needs a route key or a method and a path', async () => {
    const message = 'give "routeKey" ("$default" or "METHOD /path"), or "method" and "path"';
    expect(await errors([{ method: 'GET', integration: proxy }, { path: '/a', integration: proxy }])).toEqual([
      { path: 'api.routes[0]', message },
      { path: 'api.routes[1]', message },
    ]);
  });

  it.each(['get /a', 'FETCH /a', 'GET a', 'GET /a b', ' GET /a', 'GET /a ', 'XGET /a', 'GET  /a', '$default ', 'default'])('refuses the route key %j', async (routeKey) => {
    expect(await errors([{ routeKey, integration: proxy }])).toEqual([{ path: 'api.routes[0]', message: 'give "routeKey" ("$default" or "METHOD /path"), or "method" and "path"' }]);
  });

  it('names the field that holds a bad path', async () => {
    const message = 'a path like /pets/{id} or /{proxy+} ({name+} only as the last segment)';
    expect(await errors([{ routeKey: 'GET /{p+}/x', integration: proxy }, { method: 'GET', path: '/{bad', integration: proxy }])).toEqual([
      { path: 'api.routes[0].routeKey', message },
      { path: 'api.routes[1].path', message },
    ]);
  });

  it('a second route with the same key is a duplicate, however it is written', async () => {
    expect(await errors([{ routeKey: 'GET /a', integration: proxy }, { method: 'GET', path: '/a', integration: proxy }, { routeKey: '$default', integration: proxy }, { routeKey: '$default', integration: proxy }])).toEqual([
      { path: 'api.routes[1]', message: 'duplicate route GET /a' },
      { path: 'api.routes[3]', message: 'duplicate route $default' },
    ]);
  });

  it('accepts ANY and every HTTP method, and $default', async () => {
    const routes = ['ANY /a', 'GET /a', 'POST /a', 'PUT /a', 'DELETE /a', 'PATCH /a', 'HEAD /a', 'OPTIONS /a', '$default', 'GET /'].map((routeKey) => ({ routeKey, integration: proxy }));
    expect(await errors(routes)).toEqual([]);
  });
});

describe('HTTP API authorization in the schema', async () => {
  const route = (r: Record<string, unknown>) => ({ routeKey: 'GET /a', integration: lambda, ...r });
  it('JWT and CUSTOM need an authorizer that exists, of their kind', async () => {
    expect(
      await errors(
        [
          route({ authorization: 'JWT' }),
          route({ routeKey: 'GET /b', authorization: 'CUSTOM' }),
          route({ routeKey: 'GET /c', authorization: 'JWT', authorizer: 'nope' }),
          route({ routeKey: 'GET /d', authorization: 'CUSTOM', authorizer: 'toString' }),
          route({ routeKey: 'GET /e', authorization: 'JWT', authorizer: 'l' }),
          route({ routeKey: 'GET /f', authorization: 'CUSTOM', authorizer: 'j' }),
          route({ routeKey: 'GET /g', authorization: 'JWT', authorizer: 'j' }),
          route({ routeKey: 'GET /h', authorization: 'CUSTOM', authorizer: 'l' }),
        ],
        { j: jwt, l: req },
      ),
    ).toEqual([
      { path: 'api.routes[0].authorizer', message: 'required when authorization is JWT' },
      { path: 'api.routes[1].authorizer', message: 'required when authorization is CUSTOM' },
      { path: 'api.routes[2].authorizer', message: 'no authorizer named "nope" in api.authorizers' },
      { path: 'api.routes[3].authorizer', message: 'no authorizer named "toString" in api.authorizers' },
      { path: 'api.routes[4].authorizer', message: 'JWT authorization needs a JWT authorizer' },
      { path: 'api.routes[5].authorizer', message: 'CUSTOM authorization needs a REQUEST (Lambda) authorizer' },
    ]);
  });

  it('an authorizer or scopes on a route that does not use them', async () => {
    expect(
      await errors([route({ authorizer: 'j' }), route({ routeKey: 'GET /b', authorization: 'AWS_IAM', authorizer: 'j' }), route({ routeKey: 'GET /c', authorization: 'CUSTOM', authorizer: 'l', authorizationScopes: ['s'] }), route({ routeKey: 'GET /d', authorization: 'JWT', authorizer: 'j', authorizationScopes: ['s'] })], { j: jwt, l: req }),
    ).toEqual([
      { path: 'api.routes[0].authorizer', message: 'only used with JWT or CUSTOM, not NONE' },
      { path: 'api.routes[1].authorizer', message: 'only used with JWT or CUSTOM, not AWS_IAM' },
      { path: 'api.routes[2].authorizationScopes', message: 'scopes are checked only by JWT authorizers' },
    ]);
  });

  it('simple responses need payload format 2.0', async () => {
    expect(await errors([route({})], { a: { ...req, enableSimpleResponses: true, payloadFormatVersion: '1.0' }, b: { ...req, enableSimpleResponses: true }, c: { ...req, payloadFormatVersion: '1.0' } })).toEqual([
      { path: 'api.authorizers.a.enableSimpleResponses', message: 'simple responses need payloadFormatVersion 2.0' },
    ]);
  });

  it('identity sources must name a request header, query string, context or stage variable', async () => {
    expect(await errors([route({})], { a: { ...req, identitySource: ['$request.header.X', '$request.querystring.q', '$context.requestId', '$stageVariables.v', 'header.X', '$request.header.a b'] } })).toEqual([
      { path: 'api.authorizers.a.identitySource[4]', message: 'must be $request.header.NAME, $request.querystring.NAME, $context.NAME or $stageVariables.NAME' },
      { path: 'api.authorizers.a.identitySource[5]', message: 'must be $request.header.NAME, $request.querystring.NAME, $context.NAME or $stageVariables.NAME' },
    ]);
  });
});

describe('HTTP API integrations in the schema', async () => {
  it('"error" failures and proxyResult are for Lambda integrations only', async () => {
    expect(await errors([{ routeKey: 'GET /a', integration: { ...proxy, fail: 'error', proxyResult: {} } }, { routeKey: 'GET /b', integration: { ...lambda, fail: 'error', proxyResult: {} } }])).toEqual([
      { path: 'api.routes[0].integration.fail', message: '"error" is a Lambda function error: needs type AWS_PROXY' },
      { path: 'api.routes[0].integration.proxyResult', message: 'only for AWS_PROXY (Lambda) integrations' },
    ]);
  });

  it('mapping keys name an operation and a target, and a bad key gets the mapping rule as its message', async () => {
    const requestParameters = { 'append:header.a': 'x', 'overwrite:querystring.q': 'x', 'overwrite:path': 'x', 'remove:header.b': '', 'set:header.c': 'x', 'overwrite:header.': 'x', 'overwrite:body': 'x', 'xappend:header.a': 'x', 'append:header.a b': 'x' };
    const responseParameters = { '200': { 'overwrite:statuscode': '201', 'append:header.a': 'x', 'remove:querystring.q': '' }, '600': {}, '20': {} };
    expect(await errors([{ routeKey: 'GET /a', integration: { ...proxy, requestParameters, responseParameters } }])).toEqual([
      ...['set:header.c', 'overwrite:header.', 'overwrite:body', 'xappend:header.a', 'append:header.a b'].map((k) => ({
        path: `api.routes[0].integration.requestParameters[${JSON.stringify(k)}]`,
        message: 'must be append|overwrite|remove:header.NAME, ...:querystring.NAME or overwrite:path',
      })),
      { path: 'api.routes[0].integration.responseParameters["20"]', message: 'a status code' },
      { path: 'api.routes[0].integration.responseParameters["200"]["remove:querystring.q"]', message: 'must be append|overwrite|remove:header.NAME or overwrite:statuscode' },
      { path: 'api.routes[0].integration.responseParameters["600"]', message: 'a status code' },
    ]);
  });
});

describe('isRoutePath and routeKeyOf', async () => {
  it.each([
    ['/', true],
    ['/pets', true],
    ['/pets/{id}', true],
    ['/{proxy+}', true],
    ['/pets/{id}/{rest+}', true],
    ['pets', false],
    ['/pets/', false],
    ['/a//b', false],
    ['/{bad', false],
    ['/a/{bad', false],
    ['/{p+}/x', false],
    ['/{p+}/{q+}', false],
  ])('%s is a route path: %s', async (p, ok) => {
    expect((await schema()).isRoutePath(p)).toBe(ok);
  });

  it('takes routeKey before method and path', async () => {
    const { routeKeyOf } = await schema();
    expect([
      routeKeyOf({ routeKey: '$default', method: 'GET', path: '/a' }),
      routeKeyOf({ routeKey: 'POST /b', method: 'GET', path: '/a' }),
      routeKeyOf({ method: 'GET', path: '/a' }),
      routeKeyOf({ method: 'GET' }),
      routeKeyOf({ routeKey: 'BREW /a' }),
    ]).toEqual(['$default', 'POST /b', 'GET /a', null, null]);
  });
});

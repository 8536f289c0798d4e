/** Values of the wrong type in API Gateway's extensions: errors at their JSON path; unknown properties reported. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;
const oas = (integration: Obj, extra: Obj = {}, op: Obj = {}) =>
  JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, ...extra, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'http', uri: 'https://b.example.com/', ...integration }, ...op } } } });
const imported = (text: string) => importApi({ file: 'API.json', text }, null, null);
const INTEG = 'paths["/x"].get.x-amazon-apigateway-integration';
const loc = (path: string, message: string) => ({ file: 'API.json', line: 1, path, message });

it('integration values of the wrong type', async () => {
  const r = await imported(oas({ httpMethod: 5, requestParameters: 'x', requestTemplates: { 'application/json': 1 }, passthroughBehavior: 'always' }));
  expect(r).toEqual({
    ok: false,
    ignored: [],
    errors: [
      loc(`${INTEG}.httpMethod`, 'unknown httpMethod 5: one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY'),
      loc(`${INTEG}.requestParameters`, 'requestParameters must be an object'),
      loc(`${INTEG}.requestTemplates["application/json"]`, 'requestTemplates values must be strings'),
      loc(`${INTEG}.passthroughBehavior`, 'unknown passthroughBehavior "always": one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER'),
    ],
  });
});

it('gateway responses that are not an object; an unknown top-level key is reported', async () => {
  const r = await imported(oas({}, { 'x-amazon-apigateway-gateway-responses': [], 'x-custom': 1 }));
  expect(r).toEqual({
    ok: false,
    ignored: [loc('x-custom', 'ignored: not a part of a definition the simulator models')],
    errors: [loc('x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-gateway-responses must be an object')],
  });
});

const scheme = (s: Obj) => ({ components: { securitySchemes: { a: s } } });
async function okOf(text: string) {
  const r = await imported(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { authorizers: (r.scenario.api as Obj).authorizers, route: ((r.scenario.api as Obj).routes as Obj[])[0], ignored: r.ignored };
}

it('a TOKEN authorizer: identitySource and unknown properties are reported; a scheme without a name gives no identity source', async () => {
  const schemes = { components: { securitySchemes: {
    a: { type: 'apiKey', name: 'X-Tok', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token', identitySource: 'method.request.header.B', foo: 1 } },
    b: { type: 'apiKey', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token' } },
  } } };
  const r = await okOf(oas({}, schemes, { security: [{ a: ['read'] }] }));
  expect(r).toEqual({
    authorizers: { a: { type: 'TOKEN', identitySource: 'method.request.header.X-Tok' }, b: { type: 'TOKEN' } },
    route: { method: 'GET', path: '/x', authorization: 'CUSTOM', authorizer: 'a', apiKeyRequired: false, integration: { type: 'HTTP', uri: 'https://b.example.com/' } },
    ignored: [
      loc('components.securitySchemes.a.x-amazon-apigateway-authorizer.foo', 'ignored: not an x-amazon-apigateway-authorizer property the simulator models'),
      loc('components.securitySchemes.a.x-amazon-apigateway-authorizer.identitySource', 'ignored: only REQUEST authorizers read identitySource: this TOKEN authorizer reads the header the security scheme names ("X-Tok")'),
      loc('paths["/x"].get.security[0].a', 'ignored: authorization scopes are not checked by the simulator: a token the side file allows passes whatever its scopes'),
    ],
  });
});

it('a scheme without API Gateway\'s extensions is reported and applies nothing', async () => {
  const r = await okOf(oas({}, scheme({ type: 'http', scheme: 'bearer' }), { security: [{ a: [] }] }));
  expect([r.route!.authorization, r.route!.authorizer, r.ignored]).toEqual([
    'NONE',
    undefined,
    [loc('components.securitySchemes.a', 'ignored: a security scheme of type "http" without API Gateway\'s extensions: API Gateway does not enforce it, and neither does the simulator')],
  ]);
});

/** Version-2 scenario fields (SCENARIOS.md "Version 2"): parameter mappings, template MIME types, method and gateway responses, selection patterns; each error at its path with its message. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/gateway/scenario.js';

type Json = Record<string, unknown>;
const route = (r: Json = {}, integration: Json = {}) => ({ method: 'GET', path: '/a', ...r, integration: { type: 'HTTP', ...integration } });
const errorsOf = (o: Json) => {
  const p = parseScenario(JSON.stringify({ name: 's', api: { routes: [route()] }, requests: [{ method: 'GET', path: '/a' }], ...o }));
  return p.ok ? [] : p.errors;
};
const oneRoute = (r: Json, integration: Json = {}) => errorsOf({ api: { routes: [route(r, integration)] } });
const AT = 'api.routes[0].integration';
const REQ_SOURCE = "must be method.request.header|querystring|path.NAME, method.request.body, 'static', stageVariables.NAME or context.NAME";
const RESP_SOURCE = "must be integration.response.header.NAME, integration.response.body, 'static', stageVariables.NAME or context.NAME";
const STATUS = 'must be a status code such as "200"';

describe('request parameter mappings', () => {
  it('every documented source is accepted', () => {
    const requestParameters = {
      'integration.request.header.a': 'method.request.body',
      'integration.request.header.b': 'method.request.body.x',
      'integration.request.querystring.c': "'static'",
      'integration.request.path.d': 'stageVariables.v',
      'integration.request.header.e': 'context.requestId',
      'integration.request.header.f': 'method.request.path.id',
    };
    expect(oneRoute({}, { requestParameters })).toEqual([]);
  });
  it('a target must be integration.request.header|querystring|path.NAME', () => {
    const requestParameters = { 'integration.request.header.': "'x'", 'xintegration.request.header.a': "'x'", 'integration.request.body.x': "'x'", 'integration.request.header.a b': "'x'" };
    expect(oneRoute({}, { requestParameters })).toEqual(
      Object.keys(requestParameters).map((k) => ({ path: `${AT}.requestParameters[${JSON.stringify(k)}]`, message: 'must be integration.request.header|querystring|path.NAME' })),
    );
  });
  it('a source that is none of them is refused with the list', () => {
    const requestParameters = {
      'integration.request.header.a': 'method.request.bodyx',
      'integration.request.header.b': 'stageVariables.a-b',
      'integration.request.header.c': 'context.',
      'integration.request.header.d': "'unterminated",
      'integration.request.header.e': 'method.request.header.',
      'integration.request.header.g': "x'y'",
    };
    expect(oneRoute({}, { requestParameters })).toEqual(Object.keys(requestParameters).map((k) => ({ path: `${AT}.requestParameters[${JSON.stringify(k)}]`, message: REQ_SOURCE })));
  });
});

describe('template MIME types', () => {
  it('type/subtype with no spaces and no parameters', () => {
    const requestTemplates = { 'application/json': '', 'a/b;c': '', 'a /b': '', '/b': '', 'a/': '' };
    expect(oneRoute({}, { requestTemplates })).toEqual(
      ['a/b;c', 'a /b', '/b', 'a/'].map((k) => ({ path: `${AT}.requestTemplates[${JSON.stringify(k)}]`, message: 'must be a MIME type like application/json' })),
    );
  });
});

describe('method responses and integration responses', () => {
  it('a method response is keyed by a status code and its headers are named', () => {
    expect(oneRoute({ methodResponses: { '200': { headers: [''] }, '20': { headers: [] } } })).toEqual([
      { path: 'api.routes[0].methodResponses["20"]', message: STATUS },
      { path: 'api.routes[0].methodResponses["200"].headers[0]', message: 'Too small: expected string to have >=1 characters' },
    ]);
  });
  it('selection patterns must be linear-time regular expressions; statusCode a status code', () => {
    expect(oneRoute({}, { responses: { '(': { statusCode: '500' }, default: { statusCode: '200' }, '4\\d{2}': { statusCode: '20x' } } })).toEqual([
      { path: `${AT}.responses["4\\\\d{2}"].statusCode`, message: STATUS },
      {
        path: `${AT}.responses["("]`,
        message: 'selection pattern: not a regular expression the simulator can match in linear time (missing closing ): `(`; lookaround and backreferences are not supported)',
      },
    ]);
  });
  it('a mapped header must be declared on its method response (names in any case); 200 with no headers when none are declared', () => {
    const mapped = (statusCode: string, responseParameters: Json) => ({ responses: { default: { statusCode, responseParameters } } });
    expect(oneRoute({}, mapped('404', { 'method.response.header.X': "'v'" }))).toEqual([
      { path: `${AT}.responses.default.responseParameters["method.response.header.X"]`, message: 'method response 404 is not declared: add methodResponses["404"] with header X' },
    ]);
    expect(oneRoute({}, mapped('200', { 'method.response.header.X': 'integration.response.body' }))).toEqual([
      { path: `${AT}.responses.default.responseParameters["method.response.header.X"]`, message: 'header X is not declared on method response 200: add it to methodResponses["200"].headers' },
    ]);
    expect(oneRoute({ methodResponses: { '200': { headers: ['x-a'] } } }, mapped('200', { 'method.response.header.X-A': 'integration.response.header.h', 'method.response.header.B': 'integration.response.body.x' }))).toEqual([
      { path: `${AT}.responses.default.responseParameters["method.response.header.B"]`, message: 'header B is not declared on method response 200: add it to methodResponses["200"].headers' },
    ]);
  });
  it('proxy integrations pass the backend headers through: their responses are not checked against method responses', () => {
    for (const type of ['HTTP_PROXY', 'AWS_PROXY'])
      expect(oneRoute({}, { type, responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.X': "'v'" } } } }), type).toEqual([]);
  });
  it('response parameter names and sources', () => {
    expect(oneRoute({}, { responses: { default: { statusCode: '200', responseParameters: { 'method.response.X': "'v'", 'method.response.header.': "'v'", 'method.response.header.Y': 'method.request.header.h' } } } })).toEqual([
      { path: `${AT}.responses.default.responseParameters["method.response.X"]`, message: 'must be method.response.header.NAME' },
      { path: `${AT}.responses.default.responseParameters["method.response.header."]`, message: 'must be method.response.header.NAME' },
      { path: `${AT}.responses.default.responseParameters["method.response.header.Y"]`, message: RESP_SOURCE },
    ]);
  });
});

describe('gateway responses', () => {
  it('status as a number or a status string; header mappings from the method request, static values, stage variables or context', () => {
    const gatewayResponses = {
      DEFAULT_4XX: {
        statusCode: '600',
        responseParameters: { 'gatewayresponse.header.A': 'method.request.header.h', 'gatewayresponse.header.B': 'integration.response.header.x', 'gatewayresponse.X': "'v'" },
        responseTemplates: { 'application/json': '{}' },
      },
      DEFAULT_5XX: { statusCode: 600 },
      ACCESS_DENIED: { statusCode: '403', responseParameters: { 'gatewayresponse.header.C': "'c'" } },
    };
    expect(errorsOf({ api: { routes: [route()], gatewayResponses } })).toEqual([
      { path: 'api.gatewayResponses.DEFAULT_4XX.statusCode', message: STATUS },
      { path: 'api.gatewayResponses.DEFAULT_4XX.responseParameters["gatewayresponse.header.B"]', message: "must be 'static', method.request.header|querystring|path.NAME, stageVariables.NAME or context.NAME" },
      { path: 'api.gatewayResponses.DEFAULT_4XX.responseParameters["gatewayresponse.X"]', message: 'must be gatewayresponse.header.NAME' },
      { path: 'api.gatewayResponses.DEFAULT_5XX.statusCode', message: 'Too big: expected number to be <=599' },
    ]);
  });
});

describe('stage variables and proxyResult', () => {
  it('every allowed value character, and an empty value, are accepted', () => {
    expect(errorsOf({ stage: { variables: { a_B9: 'a-b.c_~:/?#&=,', e: '' } } })).toEqual([]);
  });
  it('proxyResult is only for a Lambda proxy', () => {
    expect(oneRoute({}, { type: 'HTTP', proxyResult: {} })).toEqual([{ path: `${AT}.proxyResult`, message: 'is what a Lambda proxy function returns: needs type AWS_PROXY' }]);
  });
});

describe('integration defaults and plain fields', () => {
  it('passthroughBehavior defaults to WHEN_NO_MATCH; headers and errorMessage are strings', () => {
    const p = parseScenario(JSON.stringify({ name: 's', api: { routes: [route()] }, requests: [{ method: 'GET', path: '/a' }] }));
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(p.scenario.config.api.routes[0]!.integration.passthroughBehavior).toBe('WHEN_NO_MATCH');
    expect(oneRoute({}, { headers: { x: 1 }, errorMessage: 2 })).toEqual([
      { path: `${AT}.headers.x`, message: 'Invalid input: expected string, received number' },
      { path: `${AT}.errorMessage`, message: 'Invalid input: expected string, received number' },
    ]);
  });
});

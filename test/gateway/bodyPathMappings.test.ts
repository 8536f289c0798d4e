/**
 * A parameter mapping that reads the body by JSON path (method.request.body.JSONPath_EXPRESSION,
 * integration.response.body.JSONPath_EXPRESSION) is checked when the scenario is read: a path the
 * simulator cannot follow is an error at its key, not a crash when the request runs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/gateway/scenario.js';

const scenario = (integration: Record<string, unknown>) =>
  JSON.stringify({
    name: 's',
    api: { routes: [{ method: 'POST', path: '/a', methodResponses: { '200': { headers: ['x-d'] } }, integration: { type: 'HTTP', ...integration } }] },
    requests: [{ method: 'POST', path: '/a', headers: { 'content-type': 'application/json' }, body: '{"a":{"b":"x"}}' }],
  });
const AT = 'api.routes[0].integration';

describe('body JSON paths in parameter mappings', () => {
  it('a recursive descent or an unsupported step is refused where it is written', () => {
    const p = parseScenario(
      scenario({
        requestParameters: { 'integration.request.header.x-b': 'method.request.body..a', 'integration.request.header.x-c': 'method.request.body.a[?(@.b)]' },
        responses: { default: { statusCode: '200', responseParameters: { 'method.response.header.x-d': 'integration.response.body.a.' } } },
      }),
    );
    expect(p.ok ? [] : p.errors).toEqual([
      { path: `${AT}.requestParameters["integration.request.header.x-b"]`, message: "the body's JSON path cannot be followed: recursive descent (..) is not supported: $..a" },
      { path: `${AT}.requestParameters["integration.request.header.x-c"]`, message: "the body's JSON path cannot be followed: unsupported bracket step in $.a[?(@.b)]" },
      { path: `${AT}.responses.default.responseParameters["method.response.header.x-d"]`, message: `the body's JSON path cannot be followed: expected a name after "." in $.a.` },
    ]);
  });

  it('a path it can follow maps the value', () => {
    const p = parseScenario(scenario({ requestParameters: { 'integration.request.header.x-b': 'method.request.body.a.b' } }));
    if (!p.ok) throw new Error(JSON.stringify(p.errors));
    expect(runScenario(p.scenario)[0]!.integrationRequest?.headers['x-b']).toBe('x');
  });
});

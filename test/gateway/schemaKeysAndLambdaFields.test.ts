/** The scenario file's cross-field errors for API keys and the Lambda-only integration fields, with their paths. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/gateway/scenario.js';

const errorsOf = (obj: Record<string, unknown>) => {
  const p = parseScenario(JSON.stringify({ name: 's', requests: [{ method: 'GET', path: '/a' }], ...obj }));
  if (p.ok) throw new Error('expected errors');
  return p.errors;
};
const oneRoute = (integration: Record<string, unknown>) => ({ routes: [{ method: 'GET', path: '/a', integration }] });

describe('API keys: ids and values are unique', () => {
  it('a repeated id and a repeated value are each named at the later key', () => {
    const keys = [
      { id: 'k1', value: 'aaaaaaaaaaaaaaaaaaaa' },
      { id: 'k1', value: 'bbbbbbbbbbbbbbbbbbbb' },
      { id: 'k3', value: 'aaaaaaaaaaaaaaaaaaaa' },
    ];
    expect(errorsOf({ api: oneRoute({ type: 'MOCK' }), apiKeys: keys })).toEqual([
      { path: 'apiKeys[1].id', message: 'duplicate key id k1' },
      { path: 'apiKeys[2].value', message: 'duplicate key value' },
    ]);
  });
});

describe('Lambda-only integration fields', () => {
  it('proxyResult and fail together: fail is the one to leave out', () => {
    expect(errorsOf({ api: oneRoute({ type: 'AWS_PROXY', proxyResult: { statusCode: 201, body: '{}' }, fail: 'error' }) })).toEqual([
      { path: 'api.routes[0].integration.fail', message: 'proxyResult already says what the function returns: leave fail out' },
    ]);
  });

  it('errorMessage needs a Lambda custom (AWS) integration', () => {
    expect(errorsOf({ api: oneRoute({ type: 'AWS_PROXY', fail: 'error', errorMessage: 'boom' }) })).toEqual([
      { path: 'api.routes[0].integration.errorMessage', message: 'is a Lambda custom integration error: needs type AWS (with fail "error")' },
    ]);
  });

  it('errorMessage on an AWS integration with fail "error" is accepted', () => {
    const p = parseScenario(JSON.stringify({ name: 's', api: oneRoute({ type: 'AWS', fail: 'error', errorMessage: 'boom' }), requests: [{ method: 'GET', path: '/a' }] }));
    expect(p.ok).toBe(true);
  });
});

describe('a key is in one usage plan per stage', () => {
  // "a given API key can only be associated with one usage plan for each stage of your API":
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
  const keys = [{ id: 'k', value: 'vvvvvvvvvvvvvvvvvvvv' }, { id: 'j', value: 'wwwwwwwwwwwwwwwwwwww' }];
  const plans = (usagePlans: unknown[]) => {
    const p = parseScenario(JSON.stringify({ name: 's', api: oneRoute({ type: 'MOCK' }), apiKeys: keys, usagePlans, requests: [{ method: 'GET', path: '/a' }] }));
    return p.ok ? [] : p.errors;
  };
  it('two plans on the default stage: the second names the first and the stage', () => {
    expect(plans([{ name: 'p1', apiKeys: ['k'] }, { name: 'p2', apiKeys: ['j', 'k'] }])).toEqual([
      { path: 'usagePlans[1].apiKeys[1]', message: 'key "k" is already in usage plan "p1" for stage prod: a key can be in only one usage plan per stage' },
    ]);
  });
  it('plans on different stages share a key; overlapping stages are reported once, at the first shared stage', () => {
    expect(plans([{ name: 'p1', apiKeys: ['k'], stages: ['prod'] }, { name: 'p2', apiKeys: ['k'], stages: ['dev'] }])).toEqual([]);
    expect(plans([{ name: 'p1', apiKeys: ['k'], stages: ['prod', 'dev'] }, { name: 'p2', apiKeys: ['k'], stages: ['beta', 'dev', 'prod'] }])).toEqual([
      { path: 'usagePlans[1].apiKeys[0]', message: 'key "k" is already in usage plan "p1" for stage dev: a key can be in only one usage plan per stage' },
    ]);
  });
  it('one plan listing a key or a stage twice is not a conflict with itself', () => {
    expect(plans([{ name: 'p1', apiKeys: ['k', 'k'], stages: ['prod', 'prod'] }])).toEqual([]);
  });
});

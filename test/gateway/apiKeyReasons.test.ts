/** The apiKey stage's trace for the paths the presets do not take: no usageIdentifierKey, a key in two plans of the stage. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/gateway/scenario.js';
import { api, brief, entry, run, scenario } from './helpers.js';

const apiKeys = [{ id: 'k1', value: 'key-1-aaaaaaaaaaaaaaaa' }];

describe('apiKey stage reasons', () => {
  it('apiKeySource AUTHORIZER and an authorizer without usageIdentifierKey: 403 Forbidden', () => {
    const a = api({ apiKeyRequired: true, authorization: 'CUSTOM', authorizer: 'a' }, { apiKeySource: 'AUTHORIZER', authorizers: { a: { type: 'TOKEN', allow: ['t'] } } });
    const [r] = run({ api: a, apiKeys, usagePlans: [{ name: 'p', apiKeys: ['k1'] }], requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 't', 'x-api-key': 'key-1-aaaaaaaaaaaaaaaa' } }] });
    expect(brief(r!)).toEqual([403, 'ForbiddenException', 'apiKey']);
    const e = entry(r!, 'apiKey');
    expect([e.reason, e.data]).toEqual([
      'the authorizer returned no usageIdentifierKey: 403 Forbidden (missing, unknown, disabled and unattached keys all look the same)',
      { source: 'AUTHORIZER', keyId: null },
    ]);
  });

  it('a key in two usage plans of the stage (a config built in code; the scenario schema refuses it): the first plan is used', () => {
    const s = scenario({
      api: api({ apiKeyRequired: true }), apiKeys, usagePlans: [{ name: 'first', apiKeys: ['k1'] }],
      requests: [{ method: 'GET', path: '/pets', headers: { 'x-api-key': 'key-1-aaaaaaaaaaaaaaaa' } }],
    });
    s.config.usagePlans.push({ ...s.config.usagePlans[0]!, name: 'second' });
    const [r] = runScenario(s);
    expect(brief(r!)).toEqual([200, null, null]);
    const e = entry(r!, 'apiKey');
    expect([e.outcome, e.reason, e.data]).toEqual([
      'pass',
      'key k1 (from x-api-key) is enabled and in usage plan first; it is in 2 plans for this stage, which AWS refuses (one usage plan per key and stage): the simulator uses the first',
      { keyId: 'k1', usagePlan: 'first', source: 'HEADER' },
    ]);
  });

  it('an empty x-api-key header counts as no key; a disabled key and the skip are worded exactly', () => {
    const apiKeysAll = [...apiKeys, { id: 'k2', value: 'key-2-aaaaaaaaaaaaaaaa', enabled: false }];
    const rs = run({
      api: { routes: [{ method: 'GET', path: '/pets', apiKeyRequired: true, integration: { type: 'MOCK' } }, { method: 'GET', path: '/free', integration: { type: 'MOCK' } }] },
      apiKeys: apiKeysAll, usagePlans: [{ name: 'p', apiKeys: ['k1', 'k2'] }],
      requests: [
        { method: 'GET', path: '/pets', headers: { 'x-api-key': '' } },
        { method: 'GET', path: '/pets', headers: { 'x-api-key': 'key-2-aaaaaaaaaaaaaaaa' } },
        { method: 'GET', path: '/free' },
      ],
    });
    expect(rs.map((r) => r.status)).toEqual([403, 403, 200]);
    expect(rs.map((r) => { const e = entry(r, 'apiKey'); return [e.outcome, e.reason, e.data]; })).toEqual([
      ['stop', 'no x-api-key header: 403 Forbidden (missing, unknown, disabled and unattached keys all look the same)', { source: 'HEADER', keyId: null }],
      ['stop', 'key k2 is disabled: 403 Forbidden (missing, unknown, disabled and unattached keys all look the same)', { source: 'HEADER', keyId: 'k2' }],
      ['skip', 'method does not require an API key, so usage plans do not throttle or meter it', {}],
    ]);
    expect(entry(rs[0]!, 'apiKey').note).toBe('The key is checked before any throttle bucket; the documentation is silent on which answer wins when a bucket is also empty.');
  });

  it('apiKeySource AUTHORIZER ignores x-api-key: an unknown usageIdentifierKey is refused even with a valid header', () => {
    const a = api({ apiKeyRequired: true, authorization: 'CUSTOM', authorizer: 'a' }, { apiKeySource: 'AUTHORIZER', authorizers: { a: { type: 'TOKEN', allow: ['t'], usageIdentifierKey: 'nope' } } });
    const [r] = run({ api: a, apiKeys, usagePlans: [{ name: 'p', apiKeys: ['k1'] }], requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 't', 'x-api-key': 'key-1-aaaaaaaaaaaaaaaa' } }] });
    expect(brief(r!)).toEqual([403, 'ForbiddenException', 'apiKey']);
    expect(entry(r!, 'apiKey').reason).toBe('the key is not an API key of this account: 403 Forbidden (missing, unknown, disabled and unattached keys all look the same)');
  });

  it('a key from the authorizer passes and the trace names the source', () => {
    const a = api({ apiKeyRequired: true, authorization: 'CUSTOM', authorizer: 'a' }, { apiKeySource: 'AUTHORIZER', authorizers: { a: { type: 'TOKEN', allow: ['t'], usageIdentifierKey: 'key-1-aaaaaaaaaaaaaaaa' } } });
    const [r] = run({ api: a, apiKeys, usagePlans: [{ name: 'p', apiKeys: ['k1'] }], requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 't' } }] });
    const e = entry(r!, 'apiKey');
    expect([r!.status, e.outcome, e.reason, e.data]).toEqual([200, 'pass', 'key k1 (from the authorizer) is enabled and in usage plan p', { keyId: 'k1', usagePlan: 'p', source: 'AUTHORIZER' }]);
  });
});

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
});

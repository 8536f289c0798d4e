import { describe, expect, it } from 'vitest';
import { api, brief, entry, run } from '../helpers.js';

const base = {
  api: api({ apiKeyRequired: true }),
  apiKeys: [
    { id: 'k1', value: 'key-1-aaaaaaaaaaaaaaaa' },
    { id: 'k2', value: 'key-2-aaaaaaaaaaaaaaaa', enabled: false },
    { id: 'k3', value: 'key-3-aaaaaaaaaaaaaaaa' },
    { id: 'k4', value: 'key-4-aaaaaaaaaaaaaaaa' },
  ],
  usagePlans: [
    { name: 'p', apiKeys: ['k1', 'k2'] },
    { name: 'other-stage', apiKeys: ['k4'], stages: ['dev'] },
  ],
};
const withKey = (k?: string) => ({ method: 'GET', path: '/pets', headers: k ? { 'X-API-Key': k } : {} });

describe('apiKey stage', () => {
  it('missing, unknown, disabled and unattached keys all give 403 Forbidden', () => {
    const rs = run({ ...base, requests: [withKey(), withKey('nope'), withKey('key-2-aaaaaaaaaaaaaaaa'), withKey('key-3-aaaaaaaaaaaaaaaa'), withKey('key-4-aaaaaaaaaaaaaaaa')] });
    for (const r of rs) {
      expect(brief(r)).toEqual([403, 'ForbiddenException', 'apiKey']);
      expect(r.message).toBe('Forbidden');
    }
    expect(rs.map((r) => entry(r, 'apiKey').reason.split(':')[0])).toEqual([
      'no x-api-key header',
      'the key is not an API key of this account',
      'key k2 is disabled',
      'key k3 is in no usage plan attached to stage prod',
      'key k4 is in no usage plan attached to stage prod',
    ]);
  });

  it('a valid key (header name case-insensitive) passes', () => {
    const [r] = run({ ...base, requests: [withKey('key-1-aaaaaaaaaaaaaaaa')] });
    expect(r!.status).toBe(200);
    expect(entry(r!, 'apiKey').data).toMatchObject({ keyId: 'k1', usagePlan: 'p' });
  });

  it('is skipped when the method does not require a key', () => {
    const [r] = run({ ...base, api: api(), requests: [withKey()] });
    expect(entry(r!, 'apiKey').outcome).toBe('skip');
    expect(entry(r!, 'quota').outcome).toBe('skip');
  });

  it('apiKeySource AUTHORIZER takes the key from usageIdentifierKey', () => {
    const a = api(
      { apiKeyRequired: true, authorization: 'CUSTOM', authorizer: 'a' },
      { apiKeySource: 'AUTHORIZER', authorizers: { a: { type: 'TOKEN', allow: ['t'], usageIdentifierKey: 'key-1-aaaaaaaaaaaaaaaa' } } },
    );
    const [r] = run({ ...base, api: a, requests: [{ method: 'GET', path: '/pets', headers: { Authorization: 't' } }] });
    expect(r!.status).toBe(200);
    expect(entry(r!, 'apiKey').data).toMatchObject({ keyId: 'k1', source: 'AUTHORIZER' });
  });
});

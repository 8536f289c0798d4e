import { describe, expect, it } from 'vitest';
import { api, brief, run } from '../helpers.js';

const validate = { requiredHeaders: ['X-Tenant'], requiredQuery: ['q'], bodyRequiredFields: ['name'] };
const post = (extra: Record<string, unknown>) => ({ method: 'POST', path: '/pets', ...extra });

describe('validation stage', () => {
  it('missing parameters: 400 listing them, headers case-insensitive', () => {
    const rs = run({
      api: api({ method: 'POST', validate }),
      requests: [post({}), post({ headers: { 'x-tenant': 'a' }, query: { q: '1' }, body: '{"name":"rex"}' })],
    });
    expect(brief(rs[0]!)).toEqual([400, 'BadRequestException', 'validation']);
    expect(rs[0]!.message).toBe('Missing required request parameters: [X-Tenant, q]');
    expect(rs[1]!.status).toBe(200);
  });

  it('body not matching the model: 400 Invalid request body', () => {
    const ok = { headers: { 'x-tenant': 'a' }, query: { q: '1' } };
    const rs = run({ api: api({ method: 'POST', validate }), requests: [post({ ...ok, body: '{"nom":1}' }), post({ ...ok, body: 'not json' }), post({ ...ok, body: '[1]' })] });
    for (const r of rs) {
      expect(brief(r)).toEqual([400, 'BadRequestException', 'validation']);
      expect(r.message).toBe('Invalid request body');
    }
  });

  it('is skipped without a validator', () => {
    const [r] = run({ api: api(), requests: [{ method: 'GET', path: '/pets' }] });
    expect(r!.trace.find((t) => t.stage === 'validation')!.outcome).toBe('skip');
  });
});

/** The validation stage's pass: which wording for which validator, and a body model that only covers application/json. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/gateway/models.js';
import { entry, run } from './helpers.js';

beforeAll(loadModels);

const one = (validate: Record<string, unknown>, req: Record<string, unknown>) => {
  const [r] = run({ api: { routes: [{ method: 'POST', path: '/p', validate, integration: { type: 'MOCK' } }] }, requests: [{ method: 'POST', path: '/p', ...req }] });
  const e = entry(r!, 'validation');
  return [r!.status, e.outcome, e.reason, e.data];
};

describe('validation stage passes', () => {
  it('required parameters only', () => {
    expect(one({ requiredHeaders: ['X-A'], requiredQuery: ['q'] }, { headers: { 'x-a': '1' }, query: { q: '2' } })).toEqual([
      200, 'pass', 'required parameters present', { requiredHeaders: ['X-A'], requiredQuery: ['q'], bodyRequiredFields: null },
    ]);
  });

  it('required body fields present', () => {
    expect(one({ bodyRequiredFields: ['name'] }, { body: '{"name":"x"}' })).toEqual([
      200, 'pass', 'required parameters present and the body matches the model', { requiredHeaders: [], requiredQuery: [], bodyRequiredFields: ['name'] },
    ]);
  });

  it('a body model and a matching JSON body', () => {
    const bodyModel = { type: 'object', required: ['name'] };
    expect(one({ bodyModel }, { body: '{"name":"x"}', headers: { 'content-type': 'application/json; charset=utf-8' } })).toEqual([
      200, 'pass', 'required parameters present and the body matches the model', { requiredHeaders: [], requiredQuery: [], bodyRequiredFields: null },
    ]);
  });

  it('a body model does not apply to a text/plain body', () => {
    const bodyModel = { type: 'object', required: ['name'] };
    expect(one({ bodyModel }, { body: 'hello', headers: { 'content-type': 'text/plain' } })).toEqual([
      200, 'pass', 'required parameters present; the model is for application/json, so a text/plain body is not validated', { contentType: 'text/plain' },
    ]);
  });

  it('without a Content-Type the model applies', () => {
    const bodyModel = { type: 'object', required: ['name'] };
    expect(one({ bodyModel }, { body: '{}' })).toEqual([400, 'stop', 'body does not match the model: the body must have required property \'name\'', { body: '{}', model: bodyModel }]);
  });
});

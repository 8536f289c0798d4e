/** A body model ajv cannot compile, simulated without prepareConfig (which would report it): every JSON body gets 400. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels } from '../../src/gateway/models.js';
import { brief, entry, run } from './helpers.js';

beforeAll(loadModels);

describe('an invalid body model at run time', () => {
  it('answers 400 Invalid request body and the trace says the model is not valid', () => {
    const bodyModel = { type: 'not-a-type' };
    const [r] = run({
      api: { routes: [{ method: 'POST', path: '/p', validate: { bodyModel }, integration: { type: 'MOCK' } }] },
      requests: [{ method: 'POST', path: '/p', body: '{"a":1}' }],
    });
    expect(brief(r!)).toEqual([400, 'BadRequestException', 'validation']);
    expect(r!.body).toBe('{"message":"Invalid request body"}');
    const e = entry(r!, 'validation');
    expect([e.reason, e.data]).toEqual(['body does not match the model: the model is not a valid JSON Schema draft 4', { body: '{"a":1}', model: bodyModel }]);
  });
});

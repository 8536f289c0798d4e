/** A response template that fails: 500 from the integrationResponse stage, with the template's line. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../src/gateway/templates/vtl.js';
import { brief, entry, run } from './helpers.js';

beforeAll(loadVtl);

describe('integration response template failure', () => {
  it('a literal range of more than 10,000 items in the response template stops at integrationResponse', () => {
    const integration = { type: 'HTTP', body: '{}', responses: { default: { statusCode: '200', responseTemplates: { 'application/json': 'ok\n#foreach($i in [1..50000000])x#end' } } } };
    const [r] = run({ api: { routes: [{ method: 'GET', path: '/x', integration }] }, requests: [{ method: 'GET', path: '/x' }] });
    expect(brief(r!)).toEqual([500, 'InternalServerErrorException', 'integrationResponse']);
    expect(r!.body).toBe('{"message":"Internal server error"}');
    const e = entry(r!, 'integrationResponse');
    expect([e.outcome, e.reason, e.data.failedLine, e.data.lineText]).toEqual([
      'stop',
      'the application/json response template failed at line 2: a range of more than 10000 items: the simulator refuses it so a template cannot hang it; 500 Internal server error',
      2,
      '#foreach($i in [1..50000000])x#end',
    ]);
    expect(r!.trace.at(-1)!.stage).toBe('integrationResponse');
  });
});

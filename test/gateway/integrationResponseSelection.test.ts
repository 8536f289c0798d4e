/** Integration response selection on the paths the presets miss: defaults, no match, MOCK statusCode, a non-Lambda AWS target. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../src/gateway/templates/vtl.js';
import { brief, entry, run } from './helpers.js';

beforeAll(loadVtl);

const one = (route: Record<string, unknown>) => run({ api: { routes: [{ method: 'GET', path: '/x', ...route }] }, requests: [{ method: 'GET', path: '/x' }] })[0]!;
const irs = (r: ReturnType<typeof one>) => { const e = entry(r, 'integrationResponse'); return [e.outcome, e.reason]; };

describe('integration response selection', () => {
  it('version 1: the default integration response, worded for MOCK and for a backend', () => {
    const mock = one({ integration: { type: 'MOCK', body: '[]' } });
    expect(irs(mock)).toEqual(['pass', 'the default integration response returns 200 with the configured body']);
    expect(entry(mock, 'integrationResponse').data).toStrictEqual({ selected: 'default', after: { status: 200, headers: { 'content-type': 'application/json' }, body: '[]' } });
    expect(irs(one({ integration: { type: 'HTTP', status: 201 } }))).toEqual(['pass', 'the default integration response maps the answer to 200']);
  });

  it('no pattern matches and no default: 500 naming the value and the patterns', () => {
    const r = one({ methodResponses: { '200': {} }, integration: { type: 'HTTP', uri: 'https://b.example/x', status: 404, responses: { '2\\d{2}': { statusCode: '200' } } } });
    expect(brief(r)).toEqual([500, 'InternalServerErrorException', 'integrationResponse']);
    expect(irs(r)).toEqual(['stop', 'backend status 404 matches no selection pattern and there is no default response: 500 Internal server error']);
    expect(entry(r, 'integrationResponse').data).toStrictEqual({ before: { status: 404, headers: { 'content-type': 'application/json' }, body: '' }, patterns: ['2\\d{2}'] });
  });

  it('MOCK: the request template statusCode selects; output that is not JSON counts as 200', () => {
    const responses = { '404': { statusCode: '404' }, default: { statusCode: '200' } };
    const methodResponses = { '200': {}, '404': {} };
    const nf = one({ methodResponses, integration: { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 404}' }, responses } });
    expect([nf.status, nf.body]).toEqual([404, '']);
    expect(irs(nf)).toEqual(['pass', 'pattern 404 matched MOCK statusCode 404 sets status 404; no template: empty body']);
    const text = one({ methodResponses, integration: { type: 'MOCK', status: 404, requestTemplates: { 'application/json': 'not json' }, responses } });
    expect(irs(text)).toEqual(['pass', 'no pattern matched MOCK statusCode 200, so the default response sets status 200; no template: empty body']);
  });

  it('an AWS integration whose uri is not a Lambda function is selected by HTTP status', () => {
    const r = one({
      methodResponses: { '200': {}, '400': {} },
      integration: { type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:s3:path/bucket/key', httpMethod: 'GET', status: 403, responses: { '4\\d{2}': { statusCode: '400' }, default: { statusCode: '200' } } },
    });
    expect(r.status).toBe(400);
    expect(irs(r)).toEqual(['pass', 'pattern 4\\d{2} matched backend status 403 sets status 400; no template: the body passes unchanged']);
  });
});

/** An AWS integration to a service other than Lambda (S3, DynamoDB...) selects its integration
 * response by the status code the service returns; only a Lambda target is matched by errorMessage.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html */
import { describe, expect, it } from 'vitest';
import { entry, run } from '../helpers.js';

const s3 = 'arn:aws:apigateway:us-east-1:s3:path/bucket/{key}';
const responses = { '404': { statusCode: '404' }, '2\\d{2}': { statusCode: '200' }, default: { statusCode: '500' } };
const one = (uri: string | undefined, status: number) =>
  run({
    api: { routes: [{ method: 'GET', path: '/x', methodResponses: { '200': {}, '404': {}, '500': {} }, integration: { type: 'AWS', httpMethod: 'GET', status, responses, ...(uri ? { uri } : {}) } }] },
    requests: [{ method: 'GET', path: '/x' }],
  })[0]!;

describe('AWS service integrations', () => {
  it('S3 answering 404 picks the "404" response, 200 picks 2\\d{2}', () => {
    const missing = one(s3, 404);
    expect(missing.status).toBe(404);
    expect(entry(missing, 'integrationResponse').reason).toContain('pattern 404 matched backend status 404');
    expect(one(s3, 200).status).toBe(200);
  });
  it('a Lambda target (the default uri) is matched by errorMessage: a success is the empty string, so only default answers', () => {
    expect(one(undefined, 404).status).toBe(500);
    expect(one('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations', 404).status).toBe(500);
  });
});

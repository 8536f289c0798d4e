/** What a Lambda function may return as statusCode and body (http-api-develop-integrations-lambda.html). */
import { describe, expect, it } from 'vitest';
import { readLambdaOutput } from '../../../src/gateway/http/stages/response.js';

describe('readLambdaOutput', () => {
  it('a 2.0 function that returns nothing is not a valid response', () => {
    expect(readLambdaOutput(undefined, '2.0')).toEqual({ ok: false, why: 'the function returned nothing' });
  });

  it('takes a statusCode string of exactly three digits', () => {
    expect(readLambdaOutput({ statusCode: '201', body: 'x' }, '1.0')).toEqual({ ok: true, how: 'statusCode 201 as returned (payload 1.0)', res: { status: 201, headers: {}, body: 'x' } });
  });

  it.each([' 201', '201 ', '2010', '20', 'abc'])('refuses the statusCode string %j', (code) => {
    expect(readLambdaOutput({ statusCode: code, body: 'x' }, '1.0')).toEqual({ ok: false, why: `statusCode ${JSON.stringify(code)} is not an HTTP status` });
  });

  it('a body marked base64 that is not base64 passes through as it is', () => {
    const p = readLambdaOutput({ statusCode: 200, body: 'not base64!', isBase64Encoded: true }, '2.0');
    expect(p).toEqual({ ok: true, how: 'statusCode 200 as returned (payload 2.0)', res: { status: 200, headers: {}, body: 'not base64!' } });
  });

  it('a non-string body is sent as JSON, a missing or null one as empty', () => {
    expect([{ a: 1 }, null, undefined].map((body) => (readLambdaOutput({ statusCode: 200, body }, '1.0') as { res: { body: string } }).res.body)).toEqual(['{"a":1}', '', '']);
  });
});

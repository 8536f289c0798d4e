/** A non-proxy Lambda (AWS) error with no integration responses configured: the default answers 200 with the error object. */
import { describe, expect, it } from 'vitest';
import { brief, entry, run } from './helpers.js';

describe('AWS integration, function error, no integration responses', () => {
  it('the body carries the errorMessage given', () => {
    const [r] = run({ api: { routes: [{ method: 'POST', path: '/p', integration: { type: 'AWS', fail: 'error', errorMessage: 'boom' } }] }, requests: [{ method: 'POST', path: '/p' }] });
    expect(brief(r!)).toEqual([200, null, null]);
    expect(r!.body).toBe('{"errorMessage":"boom","errorType":"Error","stackTrace":[]}');
    expect(entry(r!, 'integration').reason).toBe('the Lambda function failed, but no integration response maps its error, so the default one answers 200 with the error body');
  });
});

/** What the response stage says about a Lambda proxy output: the problem behind a 502, or a note on a valid one. */
import { describe, expect, it } from 'vitest';
import { brief, entry, run } from './helpers.js';

function answer(proxyResult: unknown) {
  const [r] = run({ api: { routes: [{ method: 'GET', path: '/l', integration: { type: 'AWS_PROXY', proxyResult } }] }, requests: [{ method: 'GET', path: '/l' }] });
  return r!;
}

describe('Lambda proxy output in the response stage', () => {
  it('headers that are not an object: 502 and the trace names the field', () => {
    const r = answer({ statusCode: 200, headers: 'x-a: 1' });
    expect(brief(r)).toEqual([502, 'InternalServerErrorException', 'response']);
    expect(r.body).toBe('{"message":"Internal server error"}');
    const e = entry(r, 'response');
    expect([e.outcome, e.reason]).toEqual(['stop', 'Malformed Lambda proxy response: headers is not an object; 502 Internal server error']);
  });

  it('isBase64Encoded without binary media types: the text comes back unchanged, and the trace says why', () => {
    const r = answer({ statusCode: 200, body: 'aGk=', isBase64Encoded: true });
    expect(brief(r)).toEqual([200, null, null]);
    expect(r.body).toBe('aGk=');
    const notes = r.trace.filter((t) => t.stage === 'response').map((t) => [t.outcome, t.reason]);
    expect(notes).toEqual([
      ['pass', 'the proxy output is valid: isBase64Encoded is true but the API has no binary media types, so the base64 text is returned as it is'],
      ['pass', '200 returned to the client'],
    ]);
  });
});

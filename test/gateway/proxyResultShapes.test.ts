/** checkProxyResult on the shapes around headers, body and isBase64Encoded: the whole verdict, problem text or response and notes. */
import { describe, expect, it } from 'vitest';
import { checkProxyResult } from '../../src/gateway/proxyResult.js';

const JSON_TYPE = { 'content-type': 'application/json' };

describe('checkProxyResult', () => {
  it.each([
    [{ headers: ['a'] }, 'headers is not an object'],
    [{ headers: 'a: 1' }, 'headers is not an object'],
    [{ multiValueHeaders: ['a'] }, 'multiValueHeaders is not an object of lists'],
    [{ multiValueHeaders: 'a' }, 'multiValueHeaders is not an object of lists'],
    [{ body: 1 }, 'body is not a string (serialise it with JSON.stringify)'],
    [{ body: false }, 'body is not a string (serialise it with JSON.stringify)'],
  ])('%j is refused: %s', (out, problem) => {
    expect(checkProxyResult(out)).toEqual({ ok: false, problem });
  });

  it.each([
    [{ statusCode: 204, headers: null, multiValueHeaders: null, body: null }, { status: 204, headers: JSON_TYPE, body: '' }],
    [{ statusCode: 200, body: 'hi', isBase64Encoded: false }, { status: 200, headers: JSON_TYPE, body: 'hi' }],
    [{ statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: '' }, { status: 200, headers: { 'content-type': 'text/plain' }, body: '' }],
    [{ statusCode: 200, multiValueHeaders: {}, headers: {} }, { status: 200, headers: JSON_TYPE, body: '' }],
  ])('%j is accepted without notes', (out, response) => {
    expect(checkProxyResult(out)).toEqual({ ok: true, response, notes: [] });
  });

  it('isBase64Encoded true is accepted with a note, the text unchanged', () => {
    expect(checkProxyResult({ statusCode: '201', body: 'aGk=', isBase64Encoded: true })).toEqual({
      ok: true,
      response: { status: 201, headers: JSON_TYPE, body: 'aGk=' },
      notes: ['statusCode given as the string "201" is accepted', 'isBase64Encoded is true but the API has no binary media types, so the base64 text is returned as it is'],
    });
  });
});

/** The route stage counts the body in UTF-8 bytes and decodes path parameters, keeping a segment that does not decode. */
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/gateway/stages/route.js';
import { entry, run } from './helpers.js';

describe('utf8Length', () => {
  it.each([
    ['a', 1],
    ['é', 2],
    ['€€', 6], // three-byte characters below the surrogates
    ['\ue000\ue000', 6], // three-byte characters above the surrogates
    ['\u{10000}', 4], // high surrogate 0xD800, the lowest
    ['\u{10FFFF}', 4], // high surrogate 0xDBFF, the highest
    ['😀a', 5],
    ['\ud83d', 3], // a lone high surrogate at the end counts as one three-byte replacement
    ['a\ud83d', 4],
    ['\ude00\ude00', 6], // lone low surrogates
  ])('%j is %i bytes, as TextEncoder counts', (s, bytes) => {
    expect(utf8Length(s)).toBe(bytes);
    expect(new TextEncoder().encode(s).length).toBe(bytes);
  });
});

describe('path parameters', () => {
  const routes = [{ method: 'GET', path: '/pets/{id}', integration: { type: 'MOCK', body: '[]' } }];
  it('a percent-encoded segment is decoded; one that does not decode is kept as sent', () => {
    const rs = run({ api: { routes }, requests: [{ method: 'GET', path: '/pets/a%20b' }, { method: 'GET', path: '/pets/%E0%A4%A' }] });
    expect(rs.map((r) => r.status)).toEqual([200, 200]);
    expect(rs.map((r) => entry(r, 'route').data.pathParameters)).toEqual([{ id: 'a b' }, { id: '%E0%A4%A' }]);
  });
});

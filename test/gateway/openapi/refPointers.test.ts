/** Local $ref JSON pointers: escapes, array indexes, repeated and recursive references, outside files. */
import { expect, it } from 'vitest';
import { Reports } from '../../../src/gateway/openapi/reports.js';
import { resolveRefs } from '../../../src/gateway/openapi/refs.js';

function resolve(doc: unknown) {
  const out = new Reports();
  const value = resolveRefs(doc, out);
  return { value, errors: out.errors.map((e) => [e.path, e.why]), ignored: out.ignored.map((e) => [e.path, e.why]) };
}

it('~1 is a slash, ~0 a tilde and %20 a space in a key', () => {
  const doc = { defs: { 'a/b': 1, 't~x': 2, 'with space': 3 }, use: [{ $ref: '#/defs/a~1b' }, { $ref: '#/defs/t~0x' }, { $ref: '#/defs/with%20space' }] };
  expect(resolve(doc)).toEqual({ value: { ...doc, use: [1, 2, 3] }, errors: [], ignored: [] });
});

it('an array index is read; an index past the end points to nothing', () => {
  const doc = { list: ['zero', 'one'], use: { $ref: '#/list/1' }, past: { $ref: '#/list/2' } };
  expect(resolve(doc)).toEqual({ value: { list: ['zero', 'one'], use: 'one', past: {} }, errors: [['past.$ref', '$ref "#/list/2" points to nothing in this file']], ignored: [] });
});

it('a key that is not there points to nothing, at the $ref\'s own path', () => {
  expect(resolve({ a: [{ b: { $ref: '#/nope' } }] })).toEqual({ value: { a: [{ b: {} }] }, errors: [['a[0].b.$ref', '$ref "#/nope" points to nothing in this file']], ignored: [] });
});

it('a reference to another file is refused', () => {
  expect(resolve({ a: { $ref: 'other.yaml#/Pet' } })).toEqual({
    value: { a: {} },
    errors: [['a.$ref', '$ref "other.yaml#/Pet" points outside this file: only local references (#/...) are read']],
    ignored: [],
  });
});

it('a model that refers to itself is cut there and reported once; later uses of the same $ref get the resolved value', () => {
  const doc = { defs: { Node: { type: 'object', properties: { next: { $ref: '#/defs/Node' } } } }, a: { $ref: '#/defs/Node' }, b: { $ref: '#/defs/Node' } };
  const node = { type: 'object', properties: { next: {} } };
  expect(resolve(doc)).toEqual({
    value: { defs: { Node: { type: 'object', properties: { next: { type: 'object', properties: { next: {} } } } } }, a: node, b: node },
    errors: [],
    ignored: [
      ['defs.Node.properties.next.properties.next.$ref', '$ref "#/defs/Node" refers to itself: the model is checked without this recursive part (any value passes there)'],
    ],
  });
});

it('a "__proto__" key stays an own property of the copy', () => {
  const { value } = resolve(JSON.parse('{"a": {"__proto__": {"x": 1}}}'));
  const a = (value as { a: object }).a;
  expect([Object.keys(a), Object.getPrototypeOf(a) === Object.prototype]).toEqual([['__proto__'], true]);
});

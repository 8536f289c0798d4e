/** $util functions given an absent value, form decoding, and the JSONPath `.*` step and its errors, as a template renders them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parsePath } from '../../../src/gateway/templates/jsonpath.js';
import { inputVariable, UTIL } from '../../../src/gateway/templates/variables.js';
import { compileTemplate, loadVtl } from '../../../src/gateway/templates/vtl.js';

beforeAll(loadVtl);

const render = (src: string, body = '{"a":1,"b":"x"}') =>
  compileTemplate(src).render({ input: inputVariable(body, { pathParams: {}, query: {}, headers: {} }), util: { ...UTIL }, context: {}, stageVariables: {} });

describe('$util given an absent value prints nothing', () => {
  it.each(['escapeJavaScript', 'urlEncode', 'urlDecode', 'base64Decode'])('$util.%s($nothing)', (fn) => {
    expect(render(`[$util.${fn}($nothing)][$util.${fn}($input.path('$.missing'))]`)).toEqual({ ok: true, output: '[][]' });
  });
  it('called directly with null or undefined, each gives the empty string', () => {
    for (const v of [null, undefined]) expect([UTIL.escapeJavaScript(v), UTIL.urlEncode(v), UTIL.urlDecode(v), UTIL.base64Decode(v)]).toEqual(['', '', '', '']);
  });
});

describe('$util.urlDecode is form decoding', () => {
  it('+ is a space and %-escapes are decoded', () => {
    expect(render("[$util.urlDecode('a+b%21+c')]")).toEqual({ ok: true, output: '[a b! c]' });
    expect(UTIL.urlDecode('x+y')).toBe('x y');
  });
  it('urlEncode of a value passes it through', () => {
    expect(UTIL.urlEncode('a b')).toBe('a+b');
  });
});

describe('JSONPath .* and a dot with no name', () => {
  it('.* is the wildcard step: every member value, in order', () => {
    expect(parsePath('$.*')).toEqual([{ kind: 'all' }]);
    expect(evaluate({ a: 1, b: 'x' }, '$.*')).toEqual([1, 'x']);
    expect(render("$input.json('$.*')")).toEqual({ ok: true, output: '[1,"x"]' });
  });
  it('a dot with no name after it is an error naming the path, with the template line', () => {
    expect(() => parsePath('$.a.')).toThrow('expected a name after "." in $.a.');
    expect(render("\n$input.json('$.')")).toEqual({ ok: false, failure: { line: 2, message: 'expected a name after "." in $. (in $!input.json(\'$.\'))' } });
  });
  it('a name after "." holds letters, digits, _, $ and -, and stops at any other character', () => {
    expect(parsePath('$.a-b_c$1.Z9')).toEqual([{ kind: 'name', name: 'a-b_c$1' }, { kind: 'name', name: 'Z9' }]);
    expect(evaluate({ 'a-b_c$1': { Z9: 'deep' } }, '$.a-b_c$1.Z9')).toBe('deep');
    expect(() => parsePath('$.a b')).toThrow('unexpected " " in $.a b');
    expect(() => parsePath('$.!')).toThrow('expected a name after "." in $.!');
    expect(() => parsePath('$.!a')).toThrow('expected a name after "." in $.!a');
    expect(parsePath('$.*.x')).toEqual([{ kind: 'all' }, { kind: 'name', name: 'x' }]);
  });
  it('recursive descent is refused by name', () => {
    expect(() => parsePath('$..c')).toThrow('recursive descent (..) is not supported: $..c');
    expect(() => parsePath('$.a..c')).toThrow('recursive descent (..) is not supported: $.a..c');
  });
});

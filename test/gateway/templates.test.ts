/** Mapping-template building blocks: JSONPath subset, $util, $input, and the invariants over them. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledResponse } from '../../src/gateway/compileV2.js';
import { selectResponse } from '../../src/gateway/stages/integrationResponse.js';
import { evaluate, JsonPathError } from '../../src/gateway/templates/jsonpath.js';
import { mimeOf, responseTemplateKey } from '../../src/gateway/templates/select.js';
import { escapeJavaScript, inputVariable, UTIL, urlEncode } from '../../src/gateway/templates/variables.js';
import { compileTemplate, loadVtl } from '../../src/gateway/templates/vtl.js';
import { runs } from '../runs.js';

beforeAll(loadVtl);

const req = { pathParams: { id: '42' }, query: { id: 'q', type: 'a' }, headers: { 'x-h': 'h' } };
const render = (src: string, body = '', extra: Record<string, unknown> = {}) => {
  const out = compileTemplate(src).render({ input: inputVariable(body, req), util: { ...UTIL }, context: { stage: 'prod' }, stageVariables: {}, ...extra });
  if (!out.ok) throw new Error(out.failure.message);
  return out.output;
};

describe('JSONPath subset', () => {
  const doc = { a: { b: [{ c: 1 }, { c: 2 }] }, 'odd key': true };
  it('names, brackets, indices, negative indices and wildcards', () => {
    expect(evaluate(doc, '$.a.b[1].c')).toBe(2);
    expect(evaluate(doc, "$['odd key']")).toBe(true);
    expect(evaluate(doc, '$.a.b[-1].c')).toBe(2);
    expect(evaluate(doc, '$.a.b[*].c')).toEqual([1, 2]);
    expect(evaluate(doc, '$.nope.deeper')).toBeUndefined();
  });
  it('refuses what it does not support, with a clear message', () => {
    expect(() => evaluate(doc, '$..c')).toThrow(JsonPathError);
    expect(() => evaluate(doc, 'a.b')).toThrow('JSONPath must start with $');
  });
});

describe('$util and $input', () => {
  it('urlEncode is form encoding (recorded value)', () => {
    expect(urlEncode('{"some": "value"}')).toBe('%7B%22some%22%3A+%22value%22%7D');
  });
  it("escapeJavaScript turns ' into \\' and escapes quotes and newlines", () => {
    expect(escapeJavaScript('it\'s "x"\n')).toBe('it\\\'s \\"x\\"\\n');
  });
  it('base64 round-trips UTF-8', () => {
    expect(render("$util.base64Decode($util.base64Encode('héllo ✓'))")).toBe('héllo ✓');
  });
  it('$input.params(x) looks in path, then query string, then headers; params() is the three maps', () => {
    expect(render("$input.params('id')/$input.params('type')/$input.params('X-H')")).toBe('42/a/h');
    expect(render("$input.params().path.id $input.params().querystring.size()")).toBe('42 2');
  });
  it('$input.json gives JSON text (strings keep their quotes); $input.path prints a map in Java form', () => {
    expect(render("$input.json('$.name') $input.path('$.name') $input.path('$.o')", '{"name":"Fido","o":{"a":"x","b":"y"}}')).toBe('"Fido" Fido {a=x, b=y}');
  });
  it('an undefined reference prints as an empty string', () => {
    expect(render('[$nothing][$stageVariables.version][$input.path(\'$.missing\')]', '{}')).toBe('[][][]');
  });
  it('Java string methods templates use: length(), replaceAll, contains', () => {
    expect(render("#set($s = 'a-b-c')$s.length() $s.replaceAll('-', '+') $s.contains('b')")).toBe('5 a+b+c true');
  });
});

describe('template selection', () => {
  it('by MIME type, parameters ignored; Accept with no template falls back to the first', () => {
    expect(mimeOf('Application/JSON; charset=UTF-8')).toBe('application/json');
    expect(mimeOf(undefined)).toBe('application/json');
    expect(responseTemplateKey({ 'text/plain': '', 'application/json': '' }, 'application/xml')).toBe('text/plain');
  });
});

describe('properties', () => {
  it("a template that only reads $input.json('$') returns the body unchanged", () => {
    const t = compileTemplate("$input.json('$')");
    fc.assert(
      fc.property(fc.json(), (body) => {
        const out = t.render({ input: inputVariable(body, req), util: { ...UTIL } });
        expect(out).toEqual({ ok: true, output: body });
      }),
      { numRuns: runs(300) },
    );
  });

  it('selection always picks exactly one response when a default exists, and the first matching pattern', () => {
    const patterns = fc.uniqueArray(fc.constantFrom('4\\d{2}', '5\\d{2}', '.*Invalid.*', '.+', '2\\d{2}', 'Not found.*', '40[0-4]'), { maxLength: 5 });
    fc.assert(
      fc.property(patterns, fc.oneof(fc.integer({ min: 100, max: 599 }).map(String), fc.string(), fc.constantFrom('Invalid id', 'Not found: 1')), (ps, value) => {
        const responses: CompiledResponse[] = [
          ...ps.map((p, i) => ({ pattern: p, regex: new RegExp(`^(?:${p})$`, 's'), cfg: { statusCode: String(400 + i) }, templates: null })),
          { pattern: 'default', regex: null, cfg: { statusCode: '200' }, templates: null },
        ];
        const chosen = selectResponse(responses, value)!;
        const matching = responses.filter((r) => r.regex === null ? false : r.regex.test(value));
        expect(chosen).toBe(matching[0] ?? responses.at(-1));
      }),
      { numRuns: runs(300) },
    );
  });
});

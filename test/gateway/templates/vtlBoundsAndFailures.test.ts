/** The VTL engine's bounds (range size, #foreach iterations per render) at their edges, and how a failing template is reported: line and message. */
import { beforeAll, describe, expect, it } from 'vitest';
import { inputVariable, UTIL } from '../../../src/gateway/templates/variables.js';
import { compileTemplate, loadVtl, MAX_LOOP_ITERATIONS, MAX_RANGE } from '../../../src/gateway/templates/vtl.js';

beforeAll(loadVtl);

const vars = (body = '{}') => ({ input: inputVariable(body, { pathParams: {}, query: {}, headers: {} }), util: { ...UTIL }, context: {}, stageVariables: {} });
const render = (src: string, body = '{}') => compileTemplate(src).render(vars(body));
const RANGE_MSG = `a range of more than ${MAX_RANGE} items: the simulator refuses it so a template cannot hang it`;

describe('literal ranges', () => {
  it('up to MAX_RANGE items compile; one more is refused at compile time with its line', () => {
    expect(MAX_RANGE).toBe(10_000);
    expect(render('#foreach($i in [1..10000])#end[$i]')).toEqual({ ok: true, output: '[]' });
    expect(render('#set($n = 0)#foreach($i in [10000..1])#set($n = $n + 1)#end$n')).toEqual({ ok: true, output: '10000' });
    const t = compileTemplate('a\nb\n#foreach($i in [0..10000])#end');
    expect(t.parseError).toEqual({ line: 3, message: RANGE_MSG });
    expect(t.render(vars())).toEqual({ ok: false, failure: { line: 3, message: RANGE_MSG } });
    expect(compileTemplate('#foreach($i in [10000..0])#end').parseError).toEqual({ line: 1, message: RANGE_MSG });
  });
  it('a range counts down as well as up, both ends included', () => {
    expect(render('#foreach($i in [5..3])$i,#end')).toEqual({ ok: true, output: '5,4,3,' });
    expect(render('#foreach($i in [3..5])$i,#end')).toEqual({ ok: true, output: '3,4,5,' });
    expect(render('#foreach($i in [2..2])$i,#end')).toEqual({ ok: true, output: '2,' });
  });
  it('a range with variable ends is checked when it runs, naming its ends', () => {
    expect(render("x\n#set($n = $input.path('$.n'))#foreach($i in [1..$n])#end", '{"n": 10001}')).toEqual({
      ok: false,
      failure: { line: 2, message: `a range of more than ${MAX_RANGE} items ([1..10001]): the simulator refuses it so a template cannot hang it` },
    });
    expect(render("#set($n = $input.path('$.n'))#foreach($i in [$n..1])$i#end", '{"n": 3}')).toEqual({ ok: true, output: '321' });
    expect(render("#set($n = $input.path('$.n'))#foreach($i in [1..$n])$i#end", '{"n": 10000}').ok).toBe(true);
  });
});

describe('#foreach iterations per render', () => {
  const LOOP_MSG = `more than ${MAX_LOOP_ITERATIONS} #foreach iterations in one run: the simulator stops here so a template cannot hang it`;
  it('exactly MAX_LOOP_ITERATIONS pass; one more stops the render at the loop line', () => {
    expect(MAX_LOOP_ITERATIONS).toBe(100_000);
    // 10 outer iterations, 10 x 9999 inner: 100,000 in all
    expect(render('#foreach($i in [1..10])#foreach($j in [1..9999])#end#end.')).toEqual({ ok: true, output: '.' });
    expect(render('#foreach($i in [1..10])#foreach($j in [1..9999])#end#end\n#foreach($k in [1..1])#end.')).toEqual({ ok: false, failure: { line: 2, message: LOOP_MSG } });
  });
  it('the count starts again at each render of the same template', () => {
    const t = compileTemplate('#foreach($i in [1..10])#foreach($j in [1..9000])#end#end.');
    for (let k = 0; k < 3; k++) expect(t.render(vars())).toEqual({ ok: true, output: '.' });
  });
});

describe('failures name the line and the expression', () => {
  it('a run-time error is reported at the line holding the failing call', () => {
    expect(render("one\ntwo\n#set($x = 'a')$util.parseJson('{bad')")).toEqual({
      ok: false,
      failure: { line: 3, message: "$util.parseJson was given text that is not JSON (in $!util.parseJson('{bad'))" },
    });
  });
  it('a line number of two digits is read whole', () => {
    expect(render("#set($x = 1)\n".repeat(11) + "$util.parseJson('{bad')")).toEqual({
      ok: false,
      failure: { line: 12, message: "$util.parseJson was given text that is not JSON (in $!util.parseJson('{bad'))" },
    });
  });
  it('a template that does not parse gives the parser line and its last message line', () => {
    expect(render('a\n#if(\n')).toEqual({ ok: false, failure: { line: 2, message: "the template does not parse: Expecting 'PARENTHESIS', got 'CONTENT'" } });
  });
});

describe('Java string methods beside JavaScript ones', () => {
  it('Java methods on strings, JavaScript methods left alone, and no Java method on a list or map', () => {
    expect(render("#set($s = 'abc')$s.toUpperCase() $s.isEmpty() $s.equals('abc') $s.equalsIgnoreCase('ABC') $s.matches('a.c') $s.matches('b') $s.replace('b','x')")).toEqual({
      ok: true,
      output: 'ABC false true true true false axc',
    });
    expect(render("#set($l = ['a','b'])[$l.contains('a')] $l.size()")).toEqual({ ok: true, output: '[] 2' });
  });
});

describe('undefined references print as ""', () => {
  it('inside #if and #foreach blocks and in arguments too, not only at the top level', () => {
    expect(render("#if(true)[$nothing]#end#foreach($i in [1..2])[$i$missing.x]#end[$util.escapeJavaScript($nothing)]")).toEqual({ ok: true, output: '[][1][2][]' });
  });
});

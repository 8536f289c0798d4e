/** $input on an empty body, $util's base64 both ways, context lookups by dotted name, and template choice by MIME type. */
import { beforeAll, describe, expect, it } from 'vitest';
import { templateKeyFor } from '../../../src/gateway/templates/select.js';
import { contextValue, inputVariable, UTIL } from '../../../src/gateway/templates/variables.js';
import { compileTemplate, loadVtl } from '../../../src/gateway/templates/vtl.js';

beforeAll(loadVtl);

const render = (src: string, body: string) =>
  compileTemplate(src).render({ input: inputVariable(body, { pathParams: {}, query: {}, headers: {} }), util: { ...UTIL }, context: {}, stageVariables: {} });

describe('$input on an empty or blank body', () => {
  it.each([[''], ['   '], ['\n']])('body %j reads as an empty object', (body) => {
    expect(render("[$input.path('$.a')][$input.json('$.a')][$input.path('$').size()]", body)).toEqual({ ok: true, output: '[][][0]' });
  });
  it('a body that is not JSON fails the render with a plain message', () => {
    expect(render("$input.path('$.a')", '{oops')).toEqual({
      ok: false,
      failure: { line: 1, message: "the body is not valid JSON, so $input.json / $input.path cannot read it (in $!input.path('$.a'))" },
    });
  });
});

describe('$util.base64Encode / base64Decode', () => {
  it('encode UTF-8 bytes, not UTF-16 code units', () => {
    expect(render("$util.base64Encode('héllo ✓')", '')).toEqual({ ok: true, output: 'aMOpbGxvIOKckw==' });
    expect(render("$util.base64Decode('aMOpbGxvIOKckw==')", '')).toEqual({ ok: true, output: 'héllo ✓' });
  });
  it('decoding text that is not base64 fails with a plain message', () => {
    expect(render("\n$util.base64Decode('***')", '')).toEqual({
      ok: false,
      failure: { line: 2, message: "$util.base64Decode was given text that is not base64 (in $!util.base64Decode('***'))" },
    });
  });
});

describe('contextValue', () => {
  const ctx = { authorizer: { tenant: 't1', n: 0, off: false, nested: { x: 1 }, none: null }, stage: 'prod' };
  it('a scalar at a dotted name prints as text', () => {
    expect([contextValue(ctx, 'authorizer.tenant'), contextValue(ctx, 'authorizer.n'), contextValue(ctx, 'authorizer.off'), contextValue(ctx, 'stage')]).toEqual(['t1', '0', 'false', 'prod']);
  });
  it('missing, null, an object, or a step through a scalar: undefined', () => {
    expect([
      contextValue(ctx, 'authorizer.nope'),
      contextValue(ctx, 'authorizer.none'),
      contextValue(ctx, 'authorizer.nested'),
      contextValue(ctx, 'authorizer'),
      contextValue(ctx, 'stage.x'),
      contextValue(ctx, 'authorizer.none.x'),
      contextValue(ctx, 'authorizer.nope.x'),
      contextValue(ctx, 'stage.length'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('templateKeyFor', () => {
  it('finds the template key whatever its case, or null', () => {
    expect(templateKeyFor({ 'text/plain': '', 'Application/JSON': '' }, 'application/json')).toBe('Application/JSON');
    expect(templateKeyFor({ 'text/plain': '' }, 'application/json')).toBeNull();
    expect(templateKeyFor(undefined, 'application/json')).toBeNull();
    expect(templateKeyFor({}, 'application/json')).toBeNull();
  });
});

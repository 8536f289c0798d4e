/** An operation's parameters: path-level ones first, the operation's own overriding them; bad entries are errors. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;
const validators = { 'x-amazon-apigateway-request-validators': { params: { validateRequestParameters: true } }, 'x-amazon-apigateway-request-validator': 'params' };

function oas(shared: unknown[] | undefined, own: unknown[]): string {
  const item: Obj = { get: { parameters: own, 'x-amazon-apigateway-integration': { type: 'mock' } }, ...(shared ? { parameters: shared } : {}) };
  return JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, ...validators, paths: { '/x': item } });
}
async function validateOf(text: string): Promise<unknown> {
  const r = await importApi({ file: 'API.json', text }, null, null);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return ((r.scenario.api as Obj).routes as Obj[])[0]!.validate;
}

it('path-level parameters apply to the operation', async () => {
  expect(await validateOf(oas([{ name: 'X-Id', in: 'header', required: true }], [{ name: 'q', in: 'query', required: true }]))).toEqual({ requiredHeaders: ['X-Id'], requiredQuery: ['q'] });
});

it('the operation\'s own parameter of the same name and place overrides the path-level one', async () => {
  expect(await validateOf(oas([{ name: 'q', in: 'query', required: true }], [{ name: 'q', in: 'query', required: false }]))).toEqual({ requiredHeaders: [], requiredQuery: [] });
});

it('a parameter that is not an object is an error at its own place', async () => {
  const r = await importApi({ file: 'API.json', text: oas([7], [{ name: 'q', in: 'query' }, 'q']) }, null, null);
  expect(r).toEqual({
    ok: false,
    ignored: [],
    errors: [
      { file: 'API.json', line: 1, path: 'paths["/x"].parameters[0]', message: 'a parameter must be an object' },
      { file: 'API.json', line: 1, path: 'paths["/x"].get.parameters[1]', message: 'a parameter must be an object' },
    ],
  });
});

/** x-amazon-apigateway-request-validator naming a validator the definition does not declare. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;
const validators = { 'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true } } };

function oas(extra: Obj, op: Obj): string {
  return JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, ...validators, ...extra, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'mock' }, ...op } } } });
}
const error = (path: string) => ({ ok: false, ignored: [], errors: [{ file: 'API.json', line: 1, path, message: 'no request validator named "nope" in x-amazon-apigateway-request-validators' }] });

it('an unknown name on the operation is an error at the operation\'s extension', async () => {
  expect(await importApi({ file: 'API.json', text: oas({}, { 'x-amazon-apigateway-request-validator': 'nope' }) }, null, null)).toEqual(error('paths["/x"].get.x-amazon-apigateway-request-validator'));
});

it('an unknown API-wide default is an error at the top-level extension', async () => {
  expect(await importApi({ file: 'API.json', text: oas({ 'x-amazon-apigateway-request-validator': 'nope' }, {}) }, null, null)).toEqual(error('x-amazon-apigateway-request-validator'));
});

/** A definition of the wrong shape, and the line named for a problem inside a $ref. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

const imported = (text: string, file = 'API.yaml') => importApi({ file, text }, null, null);
const failure = (file: string, line: number, path: string, message: string) => ({ ok: false, ignored: [], errors: [{ file, line, path, message }] });

it('a top level that is not an object is an error at "(file)"', async () => {
  expect(await imported('- 1\n')).toEqual(failure('API.yaml', 1, '(file)', 'an OpenAPI definition is an object at the top level'));
});

it('neither openapi nor swagger: an error at "(file)"', async () => {
  expect(await imported('{"info": {"title": "T"}}', 'API.json')).toEqual(
    failure('API.json', 1, '(file)', 'not an OpenAPI 3.0 or Swagger 2.0 definition: it has neither "openapi": "3.0.x" nor "swagger": "2.0"'),
  );
});

it('a path item that is not an object is an error at its path', async () => {
  const text = JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'mock' } } }, '/y': 5 } });
  expect(await imported(text, 'API.json')).toEqual(failure('API.json', 1, 'paths["/y"]', 'a path item must be an object'));
});

it('a report inside a $ref names the line of the $ref (the nearest node the file has)', async () => {
  const text = `openapi: 3.0.1
info:
  title: T
components:
  parameters:
    c:
      name: session
      in: cookie
paths:
  /x:
    get:
      parameters:
      - $ref: '#/components/parameters/c'
      x-amazon-apigateway-integration:
        type: mock
`;
  const r = await imported(text);
  expect(r.ignored).toEqual([
    { file: 'API.yaml', line: 13, path: 'paths["/x"].get.parameters[0].in', message: 'ignored: cookie parameters are not modelled: API Gateway maps only path, query string and header parameters' },
  ]);
});

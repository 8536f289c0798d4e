/** The side file's method settings (cache, bodyRequiredFields) merged with what the definition gives. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;

async function routeOf(op: Obj, method: Obj, extra: Obj = {}): Promise<Obj> {
  const text = JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, ...extra, paths: { '/x': { get: { ...op, 'x-amazon-apigateway-integration': { type: 'mock', ...(op['x-amazon-apigateway-integration'] as Obj) } } } } });
  const r = await importApi({ file: 'API.json', text }, { file: 'API.gateprep.json', text: JSON.stringify({ methods: { 'GET /x': method } }) }, null);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return ((r.scenario.api as Obj).routes as Obj[])[0]!;
}

it('without cacheKeyParameters in the definition, the method is cached by method and resource alone', async () => {
  expect((await routeOf({}, { cache: { enabled: true, ttlSeconds: 60 } })).cache).toEqual({ enabled: true, ttlSeconds: 60, keyParameters: [] });
});

it('the definition\'s cacheKeyParameters are kept beside the side file\'s settings', async () => {
  const op = { 'x-amazon-apigateway-integration': { cacheKeyParameters: ['method.request.querystring.q'] } };
  expect((await routeOf(op, { cache: { enabled: true } })).cache).toEqual({ enabled: true, keyParameters: ['method.request.querystring.q'] });
});

it('bodyRequiredFields alone: no required headers or query parameters', async () => {
  expect((await routeOf({}, { bodyRequiredFields: ['name'] })).validate).toEqual({ requiredHeaders: [], requiredQuery: [], bodyRequiredFields: ['name'] });
});

it('bodyRequiredFields beside the definition\'s validator keeps what the validator checks', async () => {
  const validators = { 'x-amazon-apigateway-request-validators': { params: { validateRequestParameters: true } } };
  const op = { 'x-amazon-apigateway-request-validator': 'params', parameters: [{ name: 'q', in: 'query', required: true }] };
  expect((await routeOf(op, { bodyRequiredFields: ['name'] }, validators)).validate).toEqual({ requiredHeaders: [], requiredQuery: ['q'], bodyRequiredFields: ['name'] });
});

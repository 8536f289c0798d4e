/** The side file's method cache settings merged with the definition's cacheKeyParameters. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;

async function cacheOf(integration: Obj, cache: Obj): Promise<unknown> {
  const text = JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'mock', ...integration } } } } });
  const r = await importApi({ file: 'API.json', text }, { file: 'API.gateprep.json', text: JSON.stringify({ methods: { 'GET /x': { cache } } }) }, null);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return ((r.scenario.api as Obj).routes as Obj[])[0]!.cache;
}

it('without cacheKeyParameters in the definition, the method is cached by method and resource alone', async () => {
  expect(await cacheOf({}, { enabled: true, ttlSeconds: 60 })).toEqual({ enabled: true, ttlSeconds: 60, keyParameters: [] });
});

it('the definition\'s cacheKeyParameters are kept beside the side file\'s settings', async () => {
  expect(await cacheOf({ cacheKeyParameters: ['method.request.querystring.q'] }, { enabled: true })).toEqual({ enabled: true, keyParameters: ['method.request.querystring.q'] });
});

/** What prepareConfig must load: VTL only for non-empty templates, ajv only for body models; invalid models named by path. */
import { describe, expect, it } from 'vitest';
import { needsModels, needsVtl, prepareConfig } from '../../src/gateway/prepare.js';
import { scenario } from './helpers.js';

const cfg = (route: Record<string, unknown>) =>
  scenario({ api: { routes: [{ method: 'GET', path: '/a', integration: { type: 'MOCK' } }, { method: 'GET', path: '/b', ...route }] }, requests: [{ method: 'GET', path: '/a' }] }).config;

describe('needsVtl / needsModels', () => {
  it.each([
    [{ integration: { type: 'MOCK' } }, false],
    [{ integration: { type: 'MOCK', requestTemplates: {} } }, false],
    [{ integration: { type: 'MOCK', requestTemplates: { 'application/json': '{}' } } }, true],
    [{ integration: { type: 'MOCK', responses: { default: { statusCode: '200' } } } }, false],
    [{ integration: { type: 'MOCK', responses: { default: { statusCode: '200', responseTemplates: {} } } } }, false],
    [{ integration: { type: 'MOCK', responses: { '4\\d{2}': { statusCode: '200' }, default: { statusCode: '200', responseTemplates: { 'application/json': 'x' } } } } }, true],
  ])('%j needs VTL: %s', (route, expected) => {
    expect(needsVtl(cfg(route))).toBe(expected);
  });

  it('models only when a route has a body model', () => {
    expect(needsModels(cfg({ integration: { type: 'MOCK' }, validate: { requiredHeaders: ['x'] } }))).toBe(false);
    expect(needsModels(cfg({ integration: { type: 'MOCK' }, validate: { bodyModel: { type: 'object' } } }))).toBe(true);
  });

  it('prepareConfig names an invalid model by its JSON path and skips routes without one', async () => {
    const errors = await prepareConfig(cfg({ integration: { type: 'MOCK' }, validate: { bodyModel: { type: 'nonsense' } } }));
    expect(errors.map((e) => e.path)).toEqual(['api.routes[1].validate.bodyModel']);
    expect(errors[0]!.message.startsWith('not a valid JSON Schema draft 4 model: ')).toBe(true);
    expect(await prepareConfig(cfg({ integration: { type: 'MOCK' }, validate: { bodyModel: { type: 'object' } } }))).toEqual([]);
  });
});

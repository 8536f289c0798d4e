/** importApi's strict option, and the stage default that names where the stage name came from. */
import { expect, it } from 'vitest';
import { importApi } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;
const oas = (integration: Obj = {}, extra: Obj = {}) =>
  JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, ...extra, paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'mock', ...integration } } } } });
const strict = (text: string) => importApi({ file: 'API.json', text }, null, null, { strict: true });

it('strict: what is not modelled becomes an error, marked (--strict), and nothing is left as a report', async () => {
  expect(await strict(oas({ contentHandling: 'CONVERT_TO_TEXT' }))).toEqual({
    ok: false,
    ignored: [],
    errors: [{
      file: 'API.json', line: 1, path: 'paths["/x"].get.x-amazon-apigateway-integration.contentHandling',
      message: 'ignored: the simulator carries bodies as text: binary conversion (CONVERT_TO_BINARY / CONVERT_TO_TEXT) is not modelled (--strict)',
    }],
  });
});

it('strict with nothing to report imports as usual', async () => {
  const r = await strict(oas());
  expect(r.ok && r.ignored).toEqual([]);
});

it('the stage default names the basePath the definition gave', async () => {
  const r = await importApi({ file: 'API.json', text: oas({}, { servers: [{ url: 'https://x/{basePath}', variables: { basePath: { default: '/beta' } } }] }) }, null, null);
  expect(r.ok && r.defaults.stage).toBe(
    'no side file (API.gateprep.json), so no stage settings: stage "beta" (named by the definition\'s basePath) with default throttling 10,000 rps / 5,000 burst (the account\'s Region limits), no method throttling and no cache.',
  );
});

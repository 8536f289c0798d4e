import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadVtl } from '../../src/gateway/templates/vtl.js';
import { contentDir } from '../../src/paths.js';
import { loadScenarioFile } from '../../src/sim/files.js';
import { mappingRows, parsePairs, summary } from '../../src/sim/mappingRows.js';
import { moveCursor, runCurrent, type Doc, type Session } from '../../src/sim/session.js';
import { change } from '../../src/sim/settings.js';

beforeAll(async () => void (await loadVtl()));

function open(preset: string): Session {
  const r = loadScenarioFile(join(contentDir(), 'scenarios', `${preset}.json`), false);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.session;
}

/** Applies the row `id` of route `route` with `text` (or a step) and returns the new document. */
function edit(doc: Doc, route: number, id: string, how: { text: string } | { dir: 1 | -1 }): Doc {
  const c = { route, cursor: 0 };
  const row = mappingRows(doc, c).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}: ${mappingRows(doc, c).map((r) => r.id).join(', ')}`);
  const r = change(row, doc, c, how);
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

const at = (s: Session, doc: Doc, cursor: number) => runCurrent(moveCursor({ ...s, doc }, cursor));

describe('Mapping rows change the setup and the engine sees it', () => {
  it('DEFAULT_4XX headers: the throttled 429 becomes readable by the browser', () => {
    const s = open('cors-429-blocked');
    expect(at(s, s.doc, 2).cors).toMatchObject({ allowed: false });
    const doc = edit(s.doc, 0, 'gw:DEFAULT_4XX:headers', { text: "Access-Control-Allow-Origin='*'" });
    expect(doc.api.gatewayResponses).toEqual({ DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } } });
    const r = at(s, doc, 2);
    expect([r.response.status, r.cors?.allowed]).toEqual([429, true]);
    // clearing it removes the entry, not just its headers
    expect(edit(doc, 0, 'gw:DEFAULT_4XX:headers', { text: '' }).api.gatewayResponses).toBeUndefined();
  });

  it('OPTIONS method: added as the console does it, the preflight passes; Allow-Origin on the method makes the POST readable', () => {
    const s = open('vtl-request-transform');
    const path = s.doc.api.routes[0]!.path;
    let doc = edit(s.doc, 0, 'cors:options', { dir: 1 });
    const options = doc.api.routes.find((r) => r.method === 'OPTIONS')!;
    expect(options.path).toBe(path);
    expect(options.methodResponses!['200']!.headers).toEqual(['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers']);
    expect(options.integration.responses!.default!.responseParameters!['method.response.header.Access-Control-Allow-Methods']).toBe("'POST,OPTIONS'");
    doc = edit(doc, 0, 'cors:origin', { text: 'https://app.example.com' });
    const route = doc.api.routes[0]!;
    expect(route.methodResponses!['200']!.headers).toContain('Access-Control-Allow-Origin');
    const withOrigin = { ...doc, requests: doc.requests.map((q) => ({ ...q, headers: { ...q.headers, origin: 'https://app.example.com' } })) };
    expect(at(s, withOrigin, 0).cors).toMatchObject({ allowed: true });
    // toggled off again: the route is gone
    expect(edit(doc, 0, 'cors:options', { dir: 1 }).api.routes.some((r) => r.method === 'OPTIONS')).toBe(false);
  });

  it('a response header the method response does not declare is refused with its JSON path', () => {
    const s = open('cors-429-blocked');
    const c = { route: 1, cursor: 0 };
    const row = mappingRows(s.doc, c).find((r) => r.id === 'ir:default:headers')!;
    const r = change(row, s.doc, c, { text: "Access-Control-Allow-Origin='*'; X-Trace='1'" });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('api.routes[1].integration.responses.default.responseParameters') });
    expect(r.ok ? '' : r.error).toContain('header X-Trace is not declared on method response 200');
    // declared first, then accepted
    const declared = edit(s.doc, 1, 'mr:200', { text: 'Access-Control-Allow-Origin, X-Trace' });
    const mapped = edit(declared, 1, 'ir:default:headers', { text: "Access-Control-Allow-Origin='*'; X-Trace='1'" });
    expect(at(s, mapped, 1).response.headers).toMatchObject({ 'x-trace': '1' });
  });

  it('stage variables, request template, customised type: typed values land where the format says', () => {
    const s = open('stage-variables-backend');
    const doc = edit(s.doc, 0, 'stageVariables', { text: 'alias=canary; region=eu-west-1' });
    expect(doc.stage.variables).toEqual({ alias: 'canary', region: 'eu-west-1' });
    const c = { route: 0, cursor: 0 };
    const bad = change(mappingRows(doc, c).find((r) => r.id === 'stageVariables')!, doc, c, { text: 'alias' });
    expect(bad).toEqual({ ok: false, error: '"alias": write NAME=VALUE, several separated by ;' });
    const t = edit(doc, 0, 'addGatewayResponse', { text: 'throttled' });
    expect(t.api.gatewayResponses?.THROTTLED).toEqual({ responseTemplates: { 'application/json': '{"message":$context.error.messageString}' } });
    // a proxy integration has no templates: the row says so instead
    expect(mappingRows(doc, c).find((r) => r.id === 'proxyNote')!.value(doc, c)).toContain('passes the request and response as they are');
    const v = open('vtl-request-transform').doc;
    const added = edit(v, 0, 'addRequestTemplate', { text: 'application/xml' });
    expect(added.api.routes[0]!.integration.requestTemplates!['application/xml']).toBe("$input.json('$')");
    expect(mappingRows(added, c).some((r) => r.id === 'requestTemplate:application/xml')).toBe(true);
  });

  it('integration responses: removing the pattern gives the Lambda error back as 200; adding it again maps it to 400', () => {
    const s = open('lambda-error-selection-pattern');
    expect(at(s, s.doc, 0).response.status).toBe(400);
    const removed = edit(s.doc, 0, 'ir:.*Invalid.*:status', { text: '-' });
    expect(Object.keys(removed.api.routes[0]!.integration.responses!)).toEqual(['default']);
    expect(at(s, removed, 0).response.status).toBe(200);
    const added = edit(removed, 0, 'addIntegrationResponse', { text: '.*Invalid.* 400' });
    expect(at(s, added, 0).response.status).toBe(400);
    const c = { route: 0, cursor: 0 };
    const again = change(mappingRows(added, c).find((r) => r.id === 'addIntegrationResponse')!, added, c, { text: '.*Invalid.*' });
    expect(again).toEqual({ ok: false, error: '".*Invalid.*": write a selection pattern, a space and the status code, e.g. .*Not found.* 404' });
  });

  it('parsePairs and summary', () => {
    expect(parsePairs("a='1'; b = stageVariables.x ;", '=')).toEqual({ a: "'1'", b: 'stageVariables.x' });
    expect(summary('{\n  "a": 1\n}')).toBe('{  … 3 lines');
    expect(summary(undefined)).toBe('— (none: enter writes one)');
  });
});

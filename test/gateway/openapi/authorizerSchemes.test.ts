/** Security schemes with x-amazon-apigateway-authorizer: unknown types, and a method naming more than one authorizer. */
import { describe, expect, it } from 'vitest';
import { importApi, type Located } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;

function oas(schemes: Obj, security?: unknown[]): string {
  const op: Obj = { 'x-amazon-apigateway-integration': { type: 'mock' }, ...(security ? { security } : {}) };
  return JSON.stringify({ openapi: '3.0.1', info: { title: 'T' }, components: { securitySchemes: schemes }, paths: { '/x': { get: op } } });
}
const lambda = (type: unknown, extra: Obj = {}): Obj => ({ type: 'apiKey', name: 'A', in: 'header', 'x-amazon-apigateway-authorizer': { type, ...extra } });
const sigv4 = { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' };

async function imported(text: string) {
  return importApi({ file: 'API.json', text }, null, null);
}
const at = (path: string, message: string): Located => ({ file: 'API.json', line: 1, path, message });

describe('an authorizer type the import does not know', () => {
  it.each([
    ['jwt', 'unknown authorizer type "jwt": one of token, request, cognito_user_pools'],
    [undefined, 'unknown authorizer type undefined: one of token, request, cognito_user_pools'],
  ])('type %j is an error at x-amazon-apigateway-authorizer.type', async (type, message) => {
    const r = await imported(oas({ j: lambda(type) }));
    expect(r).toEqual({ ok: false, ignored: [], errors: [at('components.securitySchemes.j.x-amazon-apigateway-authorizer.type', message)] });
  });
});

describe('a method has one authorizer', () => {
  const schemes = { a: lambda('token'), b: lambda('request', { identitySource: 'method.request.header.B' }), sigv4 };
  it('the first lambda authorizer applies; a second is reported with the one that applies', async () => {
    const r = await imported(oas(schemes, [{ a: [] }, { b: [] }]));
    if (!r.ok) throw new Error('import failed');
    expect((r.scenario.api as { routes: Obj[] }).routes[0]).toMatchObject({ authorization: 'CUSTOM', authorizer: 'a' });
    expect(r.ignored).toEqual([at('paths["/x"].get.security[1].b', 'ignored: a method has one authorizer: this one is ignored, a applies')]);
  });
  it('after IAM, the report names IAM', async () => {
    const r = await imported(oas(schemes, [{ sigv4: [] }, { a: [] }]));
    if (!r.ok) throw new Error('import failed');
    expect((r.scenario.api as { routes: Obj[] }).routes[0]).toMatchObject({ authorization: 'AWS_IAM', apiKeyRequired: false });
    expect(r.ignored).toEqual([at('paths["/x"].get.security[1].a', 'ignored: a method has one authorizer: this one is ignored, IAM applies')]);
  });
});

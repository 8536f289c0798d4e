/** One test per API Gateway extension (and construct) the import maps: what the scenario gets. */
import { describe, expect, it } from 'vitest';
import { importApi, type ImportOutcome } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;
const integration = { type: 'http_proxy', httpMethod: 'GET', uri: 'https://backend.example.com/x' };

/** An OAS 3.0 definition with one operation (GET /x unless `paths` is given). */
function oas(extra: Obj = {}, op: Obj = {}, paths?: Obj): string {
  return JSON.stringify({
    openapi: '3.0.1',
    info: { title: 'T' },
    paths: paths ?? { '/x': { get: { 'x-amazon-apigateway-integration': integration, ...op } } },
    ...extra,
  });
}

async function ok(text: string, side?: Obj): Promise<Extract<ImportOutcome, { ok: true }>> {
  const r = await importApi({ file: 'API.json', text }, side ? { file: 'API.gateprep.json', text: JSON.stringify(side) } : null, null);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r;
}
const api = (r: { scenario: Obj }) => r.scenario.api as Obj;
const route = (r: { scenario: Obj }, i = 0) => (api(r).routes as Obj[])[i]!;

describe('x-amazon-apigateway-integration', () => {
  it('maps every property the engine models, upper-casing get-export lower-case values', async () => {
    const r = await ok(
      oas({}, {
        'x-amazon-apigateway-integration': {
          type: 'aws', httpMethod: 'post', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations',
          requestParameters: { 'integration.request.header.X-Id': 'method.request.header.X-Id' },
          requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
          passthroughBehavior: 'when_no_templates', timeoutInMillis: 5000, cacheKeyParameters: ['method.request.header.X-Id'],
          responses: { '.*Invalid.*': { statusCode: 400, responseTemplates: { 'application/json': '{}' } }, default: { statusCode: '200' } },
        },
        responses: { '200': { description: 'ok' }, '400': { description: 'bad' } },
      }),
    );
    expect(route(r)).toMatchObject({
      cache: { keyParameters: ['method.request.header.X-Id'] },
      integration: {
        type: 'AWS', httpMethod: 'POST', uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${stageVariables.fn}/invocations',
        requestParameters: { 'integration.request.header.X-Id': 'method.request.header.X-Id' },
        passthroughBehavior: 'WHEN_NO_TEMPLATES', timeoutMs: 5000,
        responses: { '.*Invalid.*': { statusCode: '400', responseTemplates: { 'application/json': '{}' } }, default: { statusCode: '200' } },
      },
    });
  });

  it('an unknown type is an error at its JSON path', async () => {
    const r = await importApi({ file: 'API.json', text: oas({}, { 'x-amazon-apigateway-integration': { type: 'lambda' } }) }, null, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({ path: 'paths["/x"].get.x-amazon-apigateway-integration.type', line: 1, message: 'unknown integration type "lambda": one of MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY' });
  });

  it('reports credentials, contentHandling and VPC links as not modelled, with why', async () => {
    const r = await ok(oas({}, { 'x-amazon-apigateway-integration': { ...integration, credentials: 'arn:aws:iam::1:role/r', connectionType: 'VPC_LINK' } }));
    expect(r.ignored.map((i) => i.path)).toEqual(['paths["/x"].get.x-amazon-apigateway-integration.credentials', 'paths["/x"].get.x-amazon-apigateway-integration.connectionType']);
    expect(r.ignored[1]!.message).toBe('ignored: VPC links are not modelled: the backend is reached as if over the internet');
  });

  it('an operation without an integration is left out and reported', async () => {
    const r = await ok(oas({}, {}, { '/x': { get: { 'x-amazon-apigateway-integration': integration }, post: { responses: {} } } }));
    expect((api(r).routes as Obj[]).map((x) => x.method)).toEqual(['GET']);
    expect(r.ignored[0]!.path).toBe('paths["/x"].post');
  });
});

describe('security: authorizers, IAM and API keys', () => {
  const schemes = {
    components: {
      securitySchemes: {
        api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
        sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
        tok: { type: 'apiKey', name: 'X-Token', in: 'header', 'x-amazon-apigateway-authtype': 'custom', 'x-amazon-apigateway-authorizer': { type: 'token', authorizerResultTtlInSeconds: 60, identityValidationExpression: '^t-' } },
        req: { type: 'apiKey', name: 'Unused', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'request', identitySource: 'method.request.header.A, method.request.querystring.b' } },
        pool: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'cognito_user_pools', 'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: ['arn:aws:cognito-idp:us-east-1:1:userpool/p'] } },
      },
    },
  };
  it('TOKEN and Cognito authorizers read the header their scheme names; REQUEST ones keep identitySource', async () => {
    const r = await ok(oas(schemes));
    expect(api(r).authorizers).toEqual({
      tok: { type: 'TOKEN', identitySource: 'method.request.header.X-Token', identityValidationExpression: '^t-', resultTtlSeconds: 60 },
      req: { type: 'REQUEST', identitySource: 'method.request.header.A, method.request.querystring.b' },
      pool: { type: 'COGNITO_USER_POOLS', identitySource: 'method.request.header.Authorization' },
    });
  });
  it.each([
    [[{ api_key: [] }], { authorization: 'NONE', apiKeyRequired: true }],
    [[{ sigv4: [] }], { authorization: 'AWS_IAM', apiKeyRequired: false }],
    [[{ api_key: [] }, { tok: [] }], { authorization: 'CUSTOM', authorizer: 'tok', apiKeyRequired: true }],
    [[{ pool: [] }], { authorization: 'COGNITO_USER_POOLS', authorizer: 'pool', apiKeyRequired: false }],
  ])('security %j', async (security, expected) => {
    expect(route(await ok(oas(schemes, { security })))).toMatchObject(expected);
  });
  it('scopes are reported (not checked), and a missing scheme is an error', async () => {
    expect((await ok(oas(schemes, { security: [{ pool: ['pets/read'] }] }))).ignored[0]!.path).toBe('paths["/x"].get.security[0].pool');
    const bad = await importApi({ file: 'API.json', text: oas(schemes, { security: [{ nope: [] }] }) }, null, null);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ path: 'paths["/x"].get.security[0].nope', message: 'no security scheme named "nope"' });
  });
});

describe('API-level extensions', () => {
  it('x-amazon-apigateway-api-key-source', async () => {
    expect(api(await ok(oas({ 'x-amazon-apigateway-api-key-source': 'AUTHORIZER' })))).toMatchObject({ apiKeySource: 'AUTHORIZER' });
  });

  it('x-amazon-apigateway-endpoint-configuration on a server (3.0): vpcEndpointIds mean a PRIVATE API; else REGIONAL, named as a default', async () => {
    const servers = [{ url: 'https://x/{basePath}', 'x-amazon-apigateway-endpoint-configuration': { vpcEndpointIds: ['vpce-1'] } }];
    const r = await ok(oas({ servers }));
    expect(api(r).endpointType).toBe('PRIVATE');
    expect(r.ignored.map((i) => i.path)).toEqual(['servers[0].x-amazon-apigateway-endpoint-configuration.vpcEndpointIds']);
    expect(r.defaults.endpoint).toBeNull();
    const plain = await ok(oas());
    expect(api(plain).endpointType).toBeUndefined();
    expect(plain.defaults.endpoint).toBe('no side file (API.gateprep.json), so no endpointType: a REGIONAL endpoint (an export does not record the endpoint type; private APIs show it by their vpcEndpointIds).');
    expect(api(await ok(oas(), { endpointType: 'EDGE' })).endpointType).toBe('EDGE');
  });

  it('x-amazon-apigateway-gateway-responses pass through as the scenario\'s gatewayResponses', async () => {
    const gr = { DEFAULT_4XX: { statusCode: 400, responseParameters: { 'gatewayresponse.header.X': "'y'" } } };
    expect(api(await ok(oas({ 'x-amazon-apigateway-gateway-responses': gr }))).gatewayResponses).toEqual(gr);
  });

  it('x-amazon-apigateway-policy: source IPs and VPC endpoints; anything else is reported', async () => {
    const st = (Effect: string, Condition?: Obj, Principal: unknown = '*') => ({ Effect, Principal, Action: 'execute-api:Invoke', Resource: 'execute-api:/*', ...(Condition ? { Condition } : {}) });
    const r = await ok(oas({
      'x-amazon-apigateway-policy': { Version: '2012-10-17', Statement: [
        st('Allow', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }),
        st('Deny', { IpAddress: { 'aws:SourceIp': '198.51.100.7' } }),
        st('Deny', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }),
        st('Allow', { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }),
        st('Allow', undefined, { AWS: 'arn:aws:iam::1:root' }),
      ] },
    }));
    expect(api(r).resourcePolicy).toEqual({ allowSourceIps: ['203.0.113.0/24'], denySourceIps: ['198.51.100.7'], allowVpces: ['vpce-1'] });
    expect(r.ignored.map((i) => i.path)).toEqual(['x-amazon-apigateway-policy.Statement[3].Condition', 'x-amazon-apigateway-policy.Statement[4].Principal']);
  });

  it('x-amazon-apigateway-binary-media-types is reported: bodies are text in the simulator', async () => {
    const r = await ok(oas({ 'x-amazon-apigateway-binary-media-types': ['image/png'] }));
    expect(r.ignored[0]).toMatchObject({ path: 'x-amazon-apigateway-binary-media-types' });
    expect(r.ignored[0]!.message).toContain('binary media types (with contentHandling) decide base64 conversion');
  });

  it('x-amazon-apigateway-any-method and greedy paths', async () => {
    const r = await ok(oas({}, {}, { '/{proxy+}': { 'x-amazon-apigateway-any-method': { 'x-amazon-apigateway-integration': integration } } }));
    expect(route(r)).toMatchObject({ method: 'ANY', path: '/{proxy+}' });
    expect(r.scenario.requests).toEqual([{ method: 'GET', path: '/a/b' }]);
  });

  it('the stage comes from the servers basePath variable (OAS 3.0) or basePath (Swagger)', async () => {
    expect((await ok(oas({ servers: [{ url: 'https://x/{basePath}', variables: { basePath: { default: '/beta' } } }] }))).scenario.stage).toEqual({ name: 'beta' });
    expect((await ok(oas({ servers: [{ url: 'https://abc.execute-api.us-east-1.amazonaws.com/dev' }] }))).scenario.stage).toEqual({ name: 'dev' });
    const swagger = JSON.stringify({ swagger: '2.0', info: { title: 'S' }, basePath: '/v1', paths: { '/x': { get: { 'x-amazon-apigateway-integration': integration } } } });
    expect((await ok(swagger)).scenario.stage).toEqual({ name: 'v1' });
  });
});

describe('request validators and models', () => {
  const validators = {
    'x-amazon-apigateway-request-validators': { all: { validateRequestBody: true, validateRequestParameters: true }, params: { validateRequestBody: false, validateRequestParameters: true } },
  };
  const op = {
    parameters: [{ name: 'q', in: 'query', required: true }, { name: 'X-Id', in: 'header', required: true }, { name: 'opt', in: 'query' }],
    requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } }, 'application/xml': { schema: {} } } },
  };
  const models = { components: { schemas: { Pet: { type: 'object', required: ['name'] } } } };
  it('the operation\'s validator checks required parameters and the application/json model ($ref resolved)', async () => {
    const r = await ok(oas({ ...validators, ...models }, { ...op, 'x-amazon-apigateway-request-validator': 'all' }));
    expect(route(r).validate).toEqual({ requiredHeaders: ['X-Id'], requiredQuery: ['q'], bodyModel: { type: 'object', required: ['name'] } });
    expect(r.ignored.map((i) => i.path)).toEqual(['paths["/x"].get.requestBody.content["application/xml"]']);
  });
  it('the API-wide default validator applies; a parameters-only one leaves the model out', async () => {
    const r = await ok(oas({ ...validators, ...models, 'x-amazon-apigateway-request-validator': 'params' }, op));
    expect(route(r).validate).toEqual({ requiredHeaders: ['X-Id'], requiredQuery: ['q'] });
  });
  it('no validator: nothing is validated (required parameters alone do not make API Gateway check them)', async () => {
    expect(route(await ok(oas(models, op))).validate).toBeUndefined();
  });
  it('Swagger 2.0: the body parameter\'s schema is the model', async () => {
    const swagger = JSON.stringify({
      swagger: '2.0', info: { title: 'S' }, ...validators, definitions: { Pet: { type: 'object' } },
      paths: { '/x': { post: { 'x-amazon-apigateway-request-validator': 'all', parameters: [{ in: 'body', name: 'Pet', schema: { $ref: '#/definitions/Pet' } }], 'x-amazon-apigateway-integration': integration } } },
    });
    expect(route(await ok(swagger)).validate).toEqual({ requiredHeaders: [], requiredQuery: [], bodyModel: { type: 'object' } });
  });
});

describe('method responses', () => {
  it('declared statuses with their header names; "default" is reported', async () => {
    const r = await ok(oas({}, { responses: { '200': { headers: { 'X-Trace': { schema: { type: 'string' } } } }, '404': {}, default: {} } }));
    expect(route(r).methodResponses).toEqual({ '200': { headers: ['X-Trace'] }, '404': { headers: [] } });
    expect(r.ignored[0]!.path).toBe('paths["/x"].get.responses.default');
  });
});

describe('the side file', () => {
  it('gives the stage, keys, plans, authorizer answers and backend behaviour, and silences those defaults', async () => {
    const text = oas({ components: { securitySchemes: { tok: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token' } } } } }, { security: [{ tok: [] }] });
    const bare = await ok(text);
    expect(bare.defaults.stage).toBe('no side file (API.gateprep.json), so no stage settings: stage "prod" (the definition names none) with default throttling 10,000 rps / 5,000 burst (the account\'s Region limits), no method throttling and no cache.');
    expect(bare.defaults.authorizers.tok).toContain('every identity value is treated as Unauthorized (401)');
    const r = await ok(text, { stage: { name: 'live', throttle: { rateLimit: 5, burstLimit: 2 } }, authorizers: { tok: { allow: ['t1'] } }, methods: { 'GET /x': { backend: { status: 201, latencyMs: 9 }, throttle: { rateLimit: 1, burstLimit: 1 } } } });
    expect(r.defaults).toMatchObject({ stage: null, authorizers: {}, backends: {} });
    expect(route(r)).toMatchObject({ throttle: { rateLimit: 1, burstLimit: 1 }, integration: { type: 'HTTP_PROXY', status: 201, latencyMs: 9 } });
    expect((api(r).authorizers as Obj).tok).toMatchObject({ type: 'TOKEN', allow: ['t1'] });
  });
  it('an entry for a method the definition lacks, or a bad value, is an error in the side file', async () => {
    const stray = await importApi({ file: 'API.json', text: oas() }, { file: 'S.json', text: '{"methods": {"GET /y": {}}}' }, null);
    expect(!stray.ok && stray.errors[0]).toMatchObject({ file: 'S.json', path: 'methods["GET /y"]', message: 'the definition has no method GET /y (with an integration)' });
    const bad = await importApi({ file: 'API.json', text: oas() }, { file: 'S.json', text: '{"methods": {"GET /x": {"backend": {"status": 42}}}}' }, null);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ file: 'S.json', path: 'methods["GET /x"].backend.status' });
  });
});

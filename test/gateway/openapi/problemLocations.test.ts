/**
 * Where an error found in the merged scenario is reported: the definition (file, line, JSON path of
 * the extension that gave the value), the side file (its path, no line) or the requests file.
 */
import { describe, expect, it } from 'vitest';
import { importApi, type Located } from '../../../src/gateway/openapi/importApi.js';

type Obj = Record<string, unknown>;

/** A YAML definition: one authorizer `tok` used by GET /x, whose integration lines are `integ`. */
function yaml(integ = 'timeoutInMillis: 1000', ttl = 60, tail = ''): string {
  return `openapi: 3.0.1
info:
  title: T
components:
  securitySchemes:
    tok:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer:
        type: token
        authorizerResultTtlInSeconds: ${ttl}
paths:
  /x:
    get:
      security:
      - tok: []
      x-amazon-apigateway-integration:
        type: http
        uri: https://b.example.com/x
        ${integ}
${tail}`;
}

async function errors(def: string, side?: Obj, requests?: string): Promise<Located[]> {
  const r = await importApi(
    { file: 'API.yaml', text: def },
    side ? { file: 'API.gateprep.json', text: JSON.stringify(side) } : null,
    requests === undefined ? null : { file: 'R.json', text: requests },
  );
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors;
}

const defAt = (line: number, path: string, message: string): Located => ({ file: 'API.yaml', line, path, message });
const sideAt = (path: string, message: string): Located => ({ file: 'API.gateprep.json', line: null, path, message });

describe('errors in an integration', () => {
  it('timeoutMs is named as the definition\'s timeoutInMillis, on its line', async () => {
    expect(await errors(yaml('timeoutInMillis: 10'))).toEqual([
      defAt(21, 'paths["/x"].get.x-amazon-apigateway-integration.timeoutInMillis', 'Too small: expected number to be >=50'),
    ]);
  });

  it('a field below a response keeps its whole path in the definition', async () => {
    const integ = `responses:
          default:
            statusCode: "abc"`;
    expect(await errors(yaml(integ))).toEqual([
      defAt(23, 'paths["/x"].get.x-amazon-apigateway-integration.responses.default.statusCode', 'must be a status code such as "200"'),
    ]);
  });

  it('a backend field the side file gave is named in the side file; the definition\'s own fields stay in the definition', async () => {
    const side = { methods: { 'GET /x': { backend: { status: 42 } } } };
    expect(await errors(yaml('timeoutInMillis: 10'), side)).toEqual([
      sideAt('methods["GET /x"].backend.status', 'Too small: expected number to be >=100'),
      defAt(21, 'paths["/x"].get.x-amazon-apigateway-integration.timeoutInMillis', 'Too small: expected number to be >=50'),
    ]);
  });
});

describe('errors in a method\'s other settings', () => {
  const mock = (op = '') => `openapi: 3.0.1
info:
  title: T
paths:
  /x:
    get:
      x-amazon-apigateway-integration:
        type: mock
${op}`;

  it('throttle, cache and bodyRequiredFields from the side file are named where the side file has them', async () => {
    const side = { methods: { 'GET /x': { throttle: { rateLimit: -1, burstLimit: 1 }, cache: { enabled: true, ttlSeconds: 99999 }, bodyRequiredFields: [1] } } };
    expect(await errors(mock(), side)).toEqual([
      sideAt('methods["GET /x"].bodyRequiredFields[0]', 'Invalid input: expected string, received number'),
      sideAt('methods["GET /x"].throttle.rateLimit', 'Too small: expected number to be >=0'),
      sideAt('methods["GET /x"].cache.ttlSeconds', 'Too big: expected number to be <=3600'),
    ]);
  });

  it('cache key parameters are named at the integration\'s cacheKeyParameters', async () => {
    const op = `        cacheKeyParameters:
        - bogus
`;
    expect(await errors(mock(op))).toEqual([
      defAt(10, 'paths["/x"].get.x-amazon-apigateway-integration.cacheKeyParameters[0]', 'must be method.request.querystring|header|path.NAME'),
    ]);
  });

  it('anything else about the route (a method response header) is named at its operation', async () => {
    const op = `      responses:
        "200":
          headers:
            "": {}
`;
    expect(await errors(mock(op), { endpointType: 'REGIONAL' })).toEqual([defAt(7, 'paths["/x"].get', 'Too small: expected string to have >=1 characters')]);
  });

  it('an empty title is named at info.title', async () => {
    expect(await errors(mock().replace('title: T', 'title: ""'))).toEqual([defAt(3, 'info.title', 'Too small: expected string to have >=1 characters')]);
  });

  it('without a side file, what is not in the definition is named in the definition', async () => {
    const def = mock().replace('  /x:', '  x/:');
    expect(await errors(def)).toEqual([
      defAt(7, 'paths["x/"].get', 'a resource path like /pets/{id} or /{proxy+} ({name+} only as the last segment)'),
      { file: 'API.yaml', line: null, path: 'requests[0].path', message: 'must start with /' },
    ]);
  });
});

describe('errors in an authorizer', () => {
  it('a value from the security scheme is named at its x-amazon-apigateway-authorizer', async () => {
    expect(await errors(yaml(undefined, 99999))).toEqual([
      defAt(11, 'components.securitySchemes.tok.x-amazon-apigateway-authorizer', 'Too big: expected number to be <=3600'),
    ]);
  });

  it('what the side file says of the function is named in the side file, even beside a definition error', async () => {
    const side = { authorizers: { tok: { allow: ['a'], policyScope: 'stage' } } };
    expect(await errors(yaml(undefined, 99999), side)).toEqual([
      defAt(11, 'components.securitySchemes.tok.x-amazon-apigateway-authorizer', 'Too big: expected number to be <=3600'),
      sideAt('authorizers.tok.policyScope', 'Invalid option: expected one of "api"|"method"'),
    ]);
  });

  it('Swagger 2.0: at securityDefinitions', async () => {
    const swagger = JSON.stringify({
      swagger: '2.0', info: { title: 'S' },
      securityDefinitions: { tok: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token', authorizerResultTtlInSeconds: -1 } } },
      paths: { '/x': { get: { security: [{ tok: [] }], 'x-amazon-apigateway-integration': { type: 'mock' } } } },
    }, null, 1);
    const r = await importApi({ file: 'API.json', text: swagger }, null, null);
    expect(!r.ok && r.errors).toEqual([{ file: 'API.json', line: 11, path: 'securityDefinitions.tok.x-amazon-apigateway-authorizer', message: 'Too small: expected number to be >=0' }]);
  });
});

describe('errors in API-level extensions', () => {
  it('a gateway response is named under x-amazon-apigateway-gateway-responses', async () => {
    const tail = `x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    statusCode: 42
`;
    expect(await errors(yaml(undefined, 60, tail))).toEqual([
      defAt(24, 'x-amazon-apigateway-gateway-responses.DEFAULT_4XX.statusCode', 'Too small: expected number to be >=100'),
    ]);
  });

  it('a resource policy is named at x-amazon-apigateway-policy', async () => {
    const tail = `x-amazon-apigateway-policy:
  Statement:
  - Effect: Allow
    Principal: '*'
    Action: execute-api:Invoke
    Resource: execute-api:/*
    Condition:
      IpAddress:
        aws:SourceIp: not-an-ip
`;
    expect(await errors(yaml(undefined, 60, tail))).toEqual([defAt(23, 'x-amazon-apigateway-policy', 'not an IP address or CIDR block')]);
  });

  it('the side file\'s endpointType is named in the side file', async () => {
    expect(await errors(yaml(), { endpointType: 'GLOBAL' })).toEqual([sideAt('endpointType', 'Invalid option: expected one of "EDGE"|"REGIONAL"|"PRIVATE"')]);
  });
});

describe('errors in requests and stage settings', () => {
  it('a request from the requests file is named there, without the leading "requests"', async () => {
    expect(await errors(yaml(), undefined, '[{"method": "GET", "path": "/x", "repeat": 0}]')).toEqual([
      { file: 'R.json', line: null, path: '[0].repeat', message: 'Too small: expected number to be >=1' },
    ]);
  });

  it('requests and stage settings from the side file are named in the side file', async () => {
    const side = { stage: { throttle: { rateLimit: -1, burstLimit: 1 } }, requests: [{ method: 'GET', path: '/x', repeat: 0 }] };
    expect(await errors(yaml(), side)).toEqual([
      sideAt('stage.throttle.rateLimit', 'Too small: expected number to be >=0'),
      sideAt('requests[0].repeat', 'Too small: expected number to be >=1'),
    ]);
  });
});

describe('side-file entries that name nothing in the definition', () => {
  it('a method and an authorizer the definition lacks are both named', async () => {
    expect(await errors(yaml(), { methods: { 'POST /x': {} }, authorizers: { other: { allow: ['a'] } } })).toEqual([
      sideAt('methods["POST /x"]', 'the definition has no method POST /x (with an integration)'),
      sideAt('authorizers.other', 'the definition has no authorizer named "other"'),
    ]);
  });
});

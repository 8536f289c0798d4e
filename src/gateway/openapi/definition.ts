/**
 * A whole definition (OpenAPI 3.0 or Swagger 2.0, $refs resolved) onto the scenario's `api`, its
 * name and the stage the export names. API-level extensions:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html
 * endpoint configuration: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-endpoint-configuration.html
 * API key source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-api-key-source.html
 * gateway responses: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html
 * ANY method: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html
 * binary media types: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-binary-media-types.html
 * what get-export writes: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
import { importOperation, type OperationContext, type Validator, type Version } from './operation.js';
import type { Key } from './parse.js';
import { importPolicy } from './policy.js';
import type { Reports } from './reports.js';
import { importSchemes } from './security.js';
import { get, isObject, objectAt, reportOthers, type Obj } from './shape.js';

export const OPERATIONS: Record<string, string> = {
  get: 'GET', put: 'PUT', post: 'POST', delete: 'DELETE', options: 'OPTIONS', head: 'HEAD', patch: 'PATCH',
  'x-amazon-apigateway-any-method': 'ANY',
};

const ROOT_WHY: Record<string, string> = {
  'x-amazon-apigateway-binary-media-types':
    'the simulator carries every body as text: binary media types (with contentHandling) decide base64 conversion, which it does not model',
  'x-amazon-apigateway-minimum-compression-size': 'response compression is not modelled: bodies are sent as they are',
  'x-amazon-apigateway-documentation': 'documentation parts do not change how a request is handled',
  'x-amazon-apigateway-importexport-version': 'an import setting with no effect on requests',
  'x-amazon-apigateway-tag-value': 'tags do not change how a request is handled',
  'x-amazon-apigateway-cors': 'an HTTP API setting: REST APIs answer CORS with OPTIONS methods and response headers',
  security: 'the simulator reads security per operation, as get-export writes it: a definition-wide security list is not applied',
};
const ROOT_KNOWN = new Set([
  'openapi', 'swagger', 'info', 'servers', 'host', 'basePath', 'schemes', 'paths', 'components', 'definitions', 'securityDefinitions', 'tags', 'externalDocs',
  'x-amazon-apigateway-endpoint-configuration', 'x-amazon-apigateway-api-key-source', 'x-amazon-apigateway-gateway-responses', 'x-amazon-apigateway-policy',
  'x-amazon-apigateway-request-validators', 'x-amazon-apigateway-request-validator',
]);

export interface ImportedApi {
  version: Version;
  name: string | undefined;
  description: string | undefined;
  /** The stage the export was taken from (servers' basePath, or Swagger's basePath). */
  stage: string | undefined;
  api: Obj;
  /** Where each route came from: its operation's JSON path. */
  routeOrigins: Key[][];
  /** Where the security schemes are (components.securitySchemes or securityDefinitions). */
  schemesAt: Key[];
}

export function detectVersion(doc: unknown, out: Reports): Version | null {
  if (!isObject(doc)) return (out.error([], 'an OpenAPI definition is an object at the top level'), null);
  const oas = get(doc, 'openapi');
  if (typeof oas === 'string' && oas.startsWith('3.0')) return 'oas30';
  if (oas !== undefined) return (out.error(['openapi'], `version ${JSON.stringify(oas)}: API Gateway REST APIs import OpenAPI 3.0 and Swagger 2.0 only`), null);
  if (String(get(doc, 'swagger')) === '2.0') return 'swagger';
  out.error([], 'not an OpenAPI 3.0 or Swagger 2.0 definition: it has neither "openapi": "3.0.x" nor "swagger": "2.0"');
  return null;
}

/** get-export names the stage in basePath (2.0) or the server's basePath variable (3.0); a server URL
 * ending in /stage (no variable) names it too. */
function stageOf(doc: Obj, version: Version): string | undefined {
  const server = Array.isArray(get(doc, 'servers')) ? (get(doc, 'servers') as unknown[])[0] : undefined;
  const variable = get(get(get(server as Obj, 'variables') as Obj, 'basePath') as Obj, 'default');
  const url = get(server as Obj, 'url');
  const base = version === 'swagger' ? get(doc, 'basePath') : (variable ?? (typeof url === 'string' && !url.includes('{') ? /^[a-z]+:\/\/[^/]+(\/[^/]+)\/?$/.exec(url)?.[1] : undefined));
  const name = typeof base === 'string' ? base.replace(/^\/+|\/+$/g, '') : '';
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : undefined;
}

function validatorsOf(v: unknown, out: Reports): Map<string, Validator> {
  const map = new Map<string, Validator>();
  const o = objectAt(v, ['x-amazon-apigateway-request-validators'], out, 'x-amazon-apigateway-request-validators');
  for (const [name, x] of Object.entries(o ?? {})) {
    if (!isObject(x)) out.error(['x-amazon-apigateway-request-validators', name], 'a request validator must be an object');
    else map.set(name, { body: get(x, 'validateRequestBody') === true, params: get(x, 'validateRequestParameters') === true });
  }
  return map;
}

export function importDefinition(doc: Obj, version: Version, out: Reports): ImportedApi {
  reportOthers(doc, [], out, ROOT_KNOWN, ROOT_WHY, 'not a part of a definition the simulator models');
  const info = isObject(get(doc, 'info')) ? (get(doc, 'info') as Obj) : {};
  const schemesAt = version === 'oas30' ? ['components', 'securitySchemes'] : ['securityDefinitions'];
  const schemesValue = version === 'oas30' ? get(get(doc, 'components') as Obj, 'securitySchemes') : get(doc, 'securityDefinitions');
  const { schemes, authorizers } = importSchemes(objectAt(schemesValue, schemesAt, out, 'security schemes'), schemesAt, out);
  const api: Obj = { authorizers };
  // Swagger 2.0: at the top level; OpenAPI 3.0: on a Server object (the top level is read too)
  const servers = get(doc, 'servers');
  const endpointAt: Key[][] = [['x-amazon-apigateway-endpoint-configuration'], ...(Array.isArray(servers) ? servers.map((_, i) => ['servers', i, 'x-amazon-apigateway-endpoint-configuration']) : [])];
  for (const at of endpointAt) {
    const raw = at.length === 1 ? get(doc, at[0] as string) : get((servers as unknown[])[at[1] as number] as Obj, 'x-amazon-apigateway-endpoint-configuration');
    const endpoint = objectAt(raw, at, out, 'x-amazon-apigateway-endpoint-configuration');
    if (!endpoint) continue;
    // "only supported for REST APIs [of] the PRIVATE endpoint type": the export of a private API
    if (get(endpoint, 'vpcEndpointIds') !== undefined) api.endpointType = 'PRIVATE';
    reportOthers(endpoint, at, out, new Set(), {
      vpcEndpointIds: 'read as "this API is PRIVATE"; the IDs themselves get Route 53 alias names, which the simulator does not model (which endpoints may call is decided by the resource policy, aws:SourceVpce)',
      disableExecuteApiEndpoint: 'custom domain names are not modelled: requests reach the execute-api endpoint',
    }, 'not an endpoint configuration property the simulator models');
  }
  const keySource = get(doc, 'x-amazon-apigateway-api-key-source');
  if (keySource !== undefined) {
    const s = String(keySource).toUpperCase();
    if (s === 'HEADER' || s === 'AUTHORIZER') api.apiKeySource = s;
    else out.error(['x-amazon-apigateway-api-key-source'], `must be HEADER or AUTHORIZER, not ${JSON.stringify(keySource)}`);
  }
  const gr = objectAt(get(doc, 'x-amazon-apigateway-gateway-responses'), ['x-amazon-apigateway-gateway-responses'], out, 'x-amazon-apigateway-gateway-responses');
  if (gr) api.gatewayResponses = gr;
  const policy = importPolicy(get(doc, 'x-amazon-apigateway-policy'), ['x-amazon-apigateway-policy'], out);
  if (policy) api.resourcePolicy = policy;
  const dv = get(doc, 'x-amazon-apigateway-request-validator');
  const ctx: OperationContext = {
    version,
    schemes,
    validators: validatorsOf(get(doc, 'x-amazon-apigateway-request-validators'), out),
    defaultValidator: typeof dv === 'string' ? dv : undefined,
    out,
  };
  const routes: Obj[] = [];
  const routeOrigins: Key[][] = [];
  const paths = objectAt(get(doc, 'paths'), ['paths'], out, 'paths') ?? {};
  for (const [path, item] of Object.entries(paths)) {
    const itemAt = ['paths', path];
    if (!isObject(item)) {
      out.error(itemAt, 'a path item must be an object');
      continue;
    }
    const shared = Array.isArray(get(item, 'parameters')) ? (get(item, 'parameters') as unknown[]) : [];
    for (const [key, op] of Object.entries(item)) {
      const method = OPERATIONS[key];
      if (key === 'parameters' || key === 'summary' || key === 'description') continue;
      if (!method) {
        out.ignore([...itemAt, key], key === 'trace' ? 'API Gateway has no TRACE method' : 'not a method the simulator models');
        continue;
      }
      if (!isObject(op)) {
        out.error([...itemAt, key], 'an operation must be an object');
        continue;
      }
      const route = importOperation(op, [...itemAt, key], shared, itemAt, ctx);
      if (!route) continue;
      routes.push({ method, path, ...route });
      routeOrigins.push([...itemAt, key]);
    }
  }
  if (routes.length === 0 && out.errors.length === 0) out.error(['paths'], 'no method with an x-amazon-apigateway-integration: there is nothing to simulate');
  api.routes = routes;
  return {
    version,
    name: typeof get(info, 'title') === 'string' ? (get(info, 'title') as string) : undefined,
    description: typeof get(info, 'description') === 'string' ? (get(info, 'description') as string) : undefined,
    stage: stageOf(doc, version),
    api,
    routeOrigins,
    schemesAt,
  };
}

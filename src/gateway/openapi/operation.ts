/**
 * One operation (a method on a resource) onto a scenario route: security, request parameters and
 * body model with the request validator, method responses, and the integration.
 * Request validators: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html
 * and https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validator.html
 * Models for body validation: https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 * Method responses: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
 */
import { importIntegration } from './integration.js';
import type { Key } from './parse.js';
import type { Reports } from './reports.js';
import { importSecurity, type Scheme } from './security.js';
import { get, isObject, reportOthers, type Obj } from './shape.js';

export type Version = 'oas30' | 'swagger';

export interface Validator {
  body: boolean;
  params: boolean;
}

export interface OperationContext {
  version: Version;
  schemes: Map<string, Scheme>;
  validators: Map<string, Validator>;
  /** The API-wide x-amazon-apigateway-request-validator, if any. */
  defaultValidator: string | undefined;
  out: Reports;
}

const DOCS = ['summary', 'description', 'operationId', 'tags', 'externalDocs', 'deprecated', 'produces', 'consumes'];
const KNOWN = new Set([...DOCS, 'parameters', 'requestBody', 'responses', 'security', 'x-amazon-apigateway-integration', 'x-amazon-apigateway-request-validator']);

interface Params {
  headers: string[];
  query: string[];
  body: unknown;
}

/** Path-level parameters first, the operation's own override them (same name and place). */
function readParams(list: unknown[], path: Key[][], ctx: OperationContext): Params {
  const byKey = new Map<string, { p: Obj; at: Key[] }>();
  list.forEach((p, i) => {
    if (!isObject(p)) ctx.out.error(path[i]!, 'a parameter must be an object');
    else byKey.set(`${String(get(p, 'in'))} ${String(get(p, 'name'))}`, { p, at: path[i]! });
  });
  const params: Params = { headers: [], query: [], body: undefined };
  for (const { p, at } of byKey.values()) {
    const place = get(p, 'in');
    const name = String(get(p, 'name'));
    const required = get(p, 'required') === true;
    if (place === 'header' && required) params.headers.push(name);
    else if (place === 'query' && required) params.query.push(name);
    else if (place === 'body') params.body = get(p, 'schema');
    else if (place === 'cookie' || place === 'formData')
      ctx.out.ignore([...at, 'in'], `${String(place)} parameters are not modelled: API Gateway maps only path, query string and header parameters`);
  }
  return params;
}

/** The application/json model of an OpenAPI 3.0 requestBody; other media types are reported. */
function bodyModel(op: Obj, at: Key[], ctx: OperationContext): unknown {
  const body = get(op, 'requestBody');
  if (!isObject(body)) return undefined;
  const content = get(body, 'content');
  if (!isObject(content)) return undefined;
  let model: unknown;
  for (const [type, media] of Object.entries(content)) {
    if (type.toLowerCase() === 'application/json') model = get(media as Obj, 'schema');
    else ctx.out.ignore([...at, 'requestBody', 'content', type], 'the simulator checks a body against the application/json model only');
  }
  return model;
}

export function importOperation(op: Obj, at: Key[], pathParams: unknown[], pathItemAt: Key[], ctx: OperationContext): Obj | null {
  const out = ctx.out;
  reportOthers(op, at, out, KNOWN, {}, 'not an operation property the simulator models');
  const integ = get(op, 'x-amazon-apigateway-integration');
  if (integ === undefined) {
    out.ignore(at, 'no x-amazon-apigateway-integration: API Gateway cannot deploy a method without an integration, so the simulator leaves this method out');
    return null;
  }
  const imported = importIntegration(integ, [...at, 'x-amazon-apigateway-integration'], out);
  if (!imported) return null;
  const auth = importSecurity(get(op, 'security'), [...at, 'security'], ctx.schemes, out);
  const route: Obj = { authorization: auth.authorization, apiKeyRequired: auth.apiKeyRequired };
  if (auth.authorizer !== undefined) route.authorizer = auth.authorizer;

  const own = Array.isArray(get(op, 'parameters')) ? (get(op, 'parameters') as unknown[]) : [];
  const params = readParams(
    [...pathParams, ...own],
    [...pathParams.map((_, i) => [...pathItemAt, 'parameters', i]), ...own.map((_, i) => [...at, 'parameters', i])],
    ctx,
  );
  const model = ctx.version === 'oas30' ? bodyModel(op, at, ctx) : params.body;
  const named = get(op, 'x-amazon-apigateway-request-validator');
  const validatorName = typeof named === 'string' ? named : ctx.defaultValidator;
  if (validatorName !== undefined) {
    const v = ctx.validators.get(validatorName);
    if (!v) out.error(typeof named === 'string' ? [...at, 'x-amazon-apigateway-request-validator'] : ['x-amazon-apigateway-request-validator'], `no request validator named "${validatorName}" in x-amazon-apigateway-request-validators`);
    else if (v.body || v.params) {
      const validate: Obj = { requiredHeaders: v.params ? params.headers : [], requiredQuery: v.params ? params.query : [] };
      if (v.body && isObject(model)) validate.bodyModel = model;
      route.validate = validate;
    }
  }

  const responses = get(op, 'responses');
  if (isObject(responses) && Object.keys(responses).length > 0) {
    const declared: Obj = {};
    for (const [code, r] of Object.entries(responses)) {
      if (!/^[1-5]\d\d$/.test(code)) {
        out.ignore([...at, 'responses', code], 'API Gateway declares method responses by status code: this one is left out');
        continue;
      }
      const headers = isObject(r) && isObject(get(r, 'headers')) ? Object.keys(get(r, 'headers') as Obj) : [];
      declared[code] = { headers };
    }
    route.methodResponses = declared;
  }
  route.integration = imported.integration;
  if (imported.cacheKeyParameters) route.cache = { keyParameters: imported.cacheKeyParameters };
  return route;
}

/**
 * `x-amazon-apigateway-integration` onto a route's `integration` (and its cache key parameters).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * responses: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
 * requestParameters: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-requestParameters.html
 * requestTemplates: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-requestTemplates.html
 */
import type { Key } from './parse.js';
import type { Reports } from './reports.js';
import { get, isObject, objectAt, reportOthers, stringMap, type Obj } from './shape.js';

export const INTEGRATION_TYPES = ['MOCK', 'HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY'] as const;
const PASSTHROUGH = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];

const KNOWN = new Set(['type', 'uri', 'httpMethod', 'requestParameters', 'requestTemplates', 'passthroughBehavior', 'timeoutInMillis', 'responses', 'cacheKeyParameters']);
const WHY: Record<string, string> = {
  credentials: 'the simulator does not model the IAM role API Gateway assumes to call the backend: every call is allowed',
  cacheNamespace: 'the simulator keys its cache by method and resource (plus cacheKeyParameters); a namespace shared across resources is not modelled',
  connectionType: 'VPC links are not modelled: the backend is reached as if over the internet',
  connectionId: 'VPC links are not modelled: the backend is reached as if over the internet',
  contentHandling: 'the simulator carries bodies as text: binary conversion (CONVERT_TO_BINARY / CONVERT_TO_TEXT) is not modelled',
  tlsConfig: 'backend certificates are not checked by the simulator',
  integrationSubtype: 'an HTTP API setting (AWS service integrations of HTTP APIs): a REST API ignores it',
  payloadFormatVersion: 'an HTTP API setting: REST Lambda proxy integrations always use format 1.0',
};
const RESPONSE_WHY: Record<string, string> = { contentHandling: WHY.contentHandling! };

export interface ImportedIntegration {
  integration: Obj;
  cacheKeyParameters?: string[];
}

function upper(v: unknown, allowed: readonly string[], path: Key[], out: Reports, what: string): string | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v.toUpperCase() : '';
  if (allowed.includes(s)) return s;
  out.error(path, `unknown ${what} ${JSON.stringify(v)}: one of ${allowed.join(', ')}`);
  return undefined;
}

/** null when the operation has no integration (reported by the caller) or it is unusable. */
export function importIntegration(v: unknown, path: Key[], out: Reports): ImportedIntegration | null {
  const o = objectAt(v, path, out, 'x-amazon-apigateway-integration');
  if (!o) return null;
  reportOthers(o, path, out, KNOWN, WHY, 'not an x-amazon-apigateway-integration property the simulator models');
  // types are written in lower case by get-export ("aws_proxy"); API Gateway accepts either case
  const type = get(o, 'type') === undefined ? (out.error([...path, 'type'], 'missing: one of mock, http, http_proxy, aws, aws_proxy'), undefined) : upper(get(o, 'type'), INTEGRATION_TYPES, [...path, 'type'], out, 'integration type');
  if (type === undefined) return null;
  const integ: Obj = { type };
  const uri = get(o, 'uri');
  if (typeof uri === 'string' && uri !== '') integ.uri = uri; // ${stageVariables.x} is kept: the engine fills it
  else if (uri !== undefined) out.error([...path, 'uri'], 'must be a non-empty string');
  const httpMethod = upper(get(o, 'httpMethod'), METHODS, [...path, 'httpMethod'], out, 'httpMethod');
  if (httpMethod !== undefined) integ.httpMethod = httpMethod;
  const rp = stringMap(get(o, 'requestParameters'), [...path, 'requestParameters'], out, 'requestParameters');
  if (rp) integ.requestParameters = rp;
  const rt = stringMap(get(o, 'requestTemplates'), [...path, 'requestTemplates'], out, 'requestTemplates');
  if (rt) integ.requestTemplates = rt;
  const pb = upper(get(o, 'passthroughBehavior'), PASSTHROUGH, [...path, 'passthroughBehavior'], out, 'passthroughBehavior');
  if (pb !== undefined) integ.passthroughBehavior = pb;
  const timeout = get(o, 'timeoutInMillis');
  if (typeof timeout === 'number') integ.timeoutMs = timeout;
  else if (timeout !== undefined) out.error([...path, 'timeoutInMillis'], 'must be a number of milliseconds');
  const responses = objectAt(get(o, 'responses'), [...path, 'responses'], out, 'responses');
  if (responses) integ.responses = importResponses(responses, [...path, 'responses'], out);
  const result: ImportedIntegration = { integration: integ };
  const keys = get(o, 'cacheKeyParameters');
  if (Array.isArray(keys) && keys.every((k) => typeof k === 'string')) result.cacheKeyParameters = keys as string[];
  else if (keys !== undefined) out.error([...path, 'cacheKeyParameters'], 'must be a list of method.request.* names');
  return result;
}

function importResponses(o: Obj, path: Key[], out: Reports): Obj {
  const map: Obj = {};
  for (const [pattern, r] of Object.entries(o)) {
    const at = [...path, pattern];
    if (!isObject(r)) {
      out.error(at, 'an integration response must be an object');
      continue;
    }
    reportOthers(r, at, out, new Set(['statusCode', 'responseParameters', 'responseTemplates']), RESPONSE_WHY, 'not an integration response property the simulator models');
    const status = get(r, 'statusCode');
    const resp: Obj = { statusCode: typeof status === 'number' ? String(status) : status };
    const params = stringMap(get(r, 'responseParameters'), [...at, 'responseParameters'], out, 'responseParameters');
    if (params) resp.responseParameters = params;
    const templates = stringMap(get(r, 'responseTemplates'), [...at, 'responseTemplates'], out, 'responseTemplates');
    if (templates) resp.responseTemplates = templates;
    Object.defineProperty(map, pattern, { value: resp, enumerable: true, writable: true, configurable: true });
  }
  return map;
}

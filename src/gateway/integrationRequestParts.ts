/**
 * What the integration request is made of: mapping sources, mapped parameters, template variables,
 * and the request the backend receives (method, URI, headers, query, body).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 * HTTP_PROXY forwards the client's headers and query (a mapped header replaces the client's); HTTP
 * (non-proxy) sends only mapped headers (recorded, gateway-reference.md §11.3).
 * Lambda proxy event: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
import type { Ctx } from './context.js';
import { mappingValue, withStageVariables, type MappingSources } from './mapping.js';
import type { IntegrationRequestOut, IntegrationType } from './model.js';
import { contextObject, requestView } from './requestContext.js';
import { RESPONSE_TYPES } from './responses.js';
import { inputVariable, UTIL } from './templates/variables.js';
import type { CompiledTemplate, TemplateFailure } from './templates/vtl.js';

export const isProxy = (t: IntegrationType): boolean => t === 'HTTP_PROXY' || t === 'AWS_PROXY';

export const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:handler/invocations';
export const BACKEND_ORIGIN = 'https://backend.example.com';

export function sourcesOf(c: Ctx): MappingSources {
  return { req: requestView(c), body: c.req.body, stageVariables: c.api.cfg.stage.variables ?? {}, context: contextObject(c) };
}

export interface Mapped {
  headers: Record<string, string>;
  query: Record<string, string>;
  path: Record<string, string>;
  applied: { to: string; from: string; value: string | null }[];
}

export function mapRequest(params: Record<string, string> | undefined, s: MappingSources): Mapped {
  const out: Mapped = { headers: {}, query: {}, path: {}, applied: [] };
  for (const [to, from] of Object.entries(params ?? {})) {
    const m = /^integration\.request\.(header|querystring|path)\.(.+)$/.exec(to)!;
    const value = mappingValue(from, s);
    out.applied.push({ to, from, value: value ?? null });
    if (value === undefined) continue; // a missing source is simply not sent
    (m[1] === 'header' ? out.headers : m[1] === 'path' ? out.path : out.query)[m[2]!] = value;
  }
  return out;
}

export function templateVars(c: Ctx, body: string, s: MappingSources): Record<string, unknown> {
  // fresh objects per run: velocityjs writes helper properties onto the objects it is given
  return { input: inputVariable(body, s.req), util: { ...UTIL }, context: s.context, stageVariables: { ...s.stageVariables } };
}

/** The integration's HTTP method: the configured one, else POST for Lambda, else the client's. */
export function integrationMethod(c: Ctx): string {
  const i = c.route!.cfg.integration;
  const m = i.httpMethod ?? (i.type === 'AWS' || i.type === 'AWS_PROXY' ? 'POST' : c.req.method);
  return m === 'ANY' ? c.req.method : m;
}

function fillPath(uri: string, values: Record<string, string>): string {
  return uri.replace(/\{([A-Za-z0-9_.-]+)\+?\}/g, (_m, n: string) => values[n] ?? '');
}

function proxyEvent(c: Ctx): string {
  const q = c.req.query;
  return JSON.stringify({
    resource: c.route!.cfg.path,
    path: c.req.path,
    httpMethod: c.req.method,
    headers: { ...c.req.headers },
    queryStringParameters: Object.keys(q).length > 0 ? { ...q } : null,
    pathParameters: Object.keys(c.pathParams).length > 0 ? { ...c.pathParams } : null,
    stageVariables: c.api.cfg.stage.variables ?? null,
    requestContext: {
      resourcePath: c.route!.cfg.path,
      httpMethod: c.req.method,
      stage: c.api.cfg.stage.name,
      identity: { sourceIp: c.req.sourceIp },
      authorizer: c.authorizer,
    },
    body: c.req.body === '' ? null : c.req.body,
    isBase64Encoded: false,
  });
}

/** `mapped` null: nothing was mapped (proxy, or a version-1 route). */
export function buildIntegrationRequest(c: Ctx, mapped: (Mapped & { body: string }) | null): IntegrationRequestOut {
  const i = c.route!.cfg.integration;
  const vars = c.api.cfg.stage.variables ?? {};
  const method = integrationMethod(c);
  const base =
    i.uri ?? (i.type === 'AWS' || i.type === 'AWS_PROXY' ? LAMBDA_URI : i.type === 'MOCK' ? null : BACKEND_ORIGIN + (isProxy(i.type) ? c.req.path : c.route!.cfg.path));
  // ${stageVariables.x} in URIs and ARNs: https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html
  const uri = base === null ? null : fillPath(withStageVariables(base, vars), isProxy(i.type) ? c.pathParams : (mapped?.path ?? c.pathParams));
  if (i.type === 'AWS_PROXY') return { method, uri, headers: {}, query: {}, body: proxyEvent(c) };
  if (i.type === 'HTTP_PROXY') {
    const headers = { ...c.req.headers };
    for (const [k, v] of Object.entries(mapped?.headers ?? {})) headers[k.toLowerCase()] = v;
    return { method, uri, headers, query: { ...c.req.query, ...(mapped?.query ?? {}) }, body: c.req.body };
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(mapped?.headers ?? {})) headers[k.toLowerCase()] = v;
  const body = mapped ? mapped.body : c.req.body;
  if (body !== '' && headers['content-type'] === undefined) headers['content-type'] = c.req.headers['content-type'] ?? 'application/json';
  return { method, uri, headers, query: { ...(mapped?.query ?? {}) }, body };
}

/**
 * A template that does not parse or fails while running: 500, and the trace shows the failing line.
 * The documentation does not describe this; AWS logs "Execution failed due to configuration error".
 */
export function templateFailed(
  c: Ctx,
  stage: 'integrationRequest' | 'integrationResponse',
  contentType: string,
  t: CompiledTemplate,
  failure: TemplateFailure,
  before: Record<string, unknown>,
): false {
  if (c.trace)
    c.add(
      stage,
      'stop',
      `the ${contentType} ${stage === 'integrationRequest' ? 'request' : 'response'} template failed at line ${failure.line}: ${failure.message}; 500 Internal server error`,
      { before, template: { contentType, source: t.source }, failedLine: failure.line, lineText: t.source.split('\n')[failure.line - 1] ?? '' },
      'The documentation does not describe a failing template; AWS logs "Execution failed due to configuration error" and answers 500, as the simulator does.',
    );
  return c.stop(stage, RESPONSE_TYPES.API_CONFIGURATION_ERROR);
}

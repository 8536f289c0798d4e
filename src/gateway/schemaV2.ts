/**
 * zod pieces of the version-2 scenario fields (SCENARIOS.md "Version 2"): mapping, templates,
 * integration and method responses, gateway responses, stage variables, authorizer context.
 * The shapes follow API Gateway's OpenAPI extensions:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.html
 */
import { z } from 'zod';
import { GATEWAY_RESPONSE_TYPES } from './gatewayResponses.js';
import { tokenRegexError } from './regex.js';
import { JsonPathError, parsePath } from './templates/jsonpath.js';

const CONTEXT_VALUE = /^context\.[A-Za-z0-9_.]+$/;
const STAGE_VALUE = /^stageVariables\.[A-Za-z0-9_]+$/;
const STATIC_VALUE = /^'.*'$/s;
const METHOD_REQUEST_VALUE = /^method\.request\.(header|querystring|path)\.[^\s]+$/;

/** What is wrong with a body source's JSON path (method.request.body.a.b), null when the simulator can follow it. */
function bodyPathError(v: string): string | null {
  const m = /^(?:method\.request|integration\.response)\.body(\..+)$/s.exec(v);
  if (!m) return null;
  try {
    parsePath(`$${m[1]}`);
    return null;
  } catch (e) {
    if (e instanceof JsonPathError) return `the body's JSON path cannot be followed: ${e.message}`;
    throw e;
  }
}

const mappingValue = (extra: RegExp[], what: string) =>
  z
    .string()
    .refine((v) => [STATIC_VALUE, STAGE_VALUE, CONTEXT_VALUE, ...extra].some((r) => r.test(v)), `must be ${what}`)
    .superRefine((v, ctx) => {
      const error = bodyPathError(v);
      if (error !== null) ctx.addIssue({ code: 'custom', message: error });
    });

/** integration.request.{header|querystring|path}.N -> a source. https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html */
export const requestParameters = z.record(
  z.string().regex(/^integration\.request\.(header|querystring|path)\.[^\s]+$/, 'must be integration.request.header|querystring|path.NAME'),
  mappingValue(
    [METHOD_REQUEST_VALUE, /^method\.request\.body(\..+)?$/],
    "method.request.header|querystring|path.NAME, method.request.body, 'static', stageVariables.NAME or context.NAME",
  ),
);

/** method.response.header.N -> a source (integration response parameter mapping). */
export const responseParameters = z.record(
  z.string().regex(/^method\.response\.header\.[^\s]+$/, 'must be method.response.header.NAME'),
  mappingValue(
    [/^integration\.response\.header\.[^\s]+$/, /^integration\.response\.body(\..+)?$/],
    "integration.response.header.NAME, integration.response.body, 'static', stageVariables.NAME or context.NAME",
  ),
);

/** gatewayresponse.header.N -> a source. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html */
const gatewayResponseParameters = z.record(
  z.string().regex(/^gatewayresponse\.header\.[^\s]+$/, 'must be gatewayresponse.header.NAME'),
  mappingValue([METHOD_REQUEST_VALUE], "'static', method.request.header|querystring|path.NAME, stageVariables.NAME or context.NAME"),
);

const templates = z.record(z.string().regex(/^[^\s/]+\/[^\s;]+$/, 'must be a MIME type like application/json'), z.string());

const statusString = z.string().regex(/^[1-5]\d\d$/, 'must be a status code such as "200"');


export const integrationV2 = {
  httpMethod: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']).optional(),
  uri: z.string().min(1).optional(),
  requestParameters: requestParameters.optional(),
  requestTemplates: templates.optional(),
  passthroughBehavior: z.enum(['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER']).default('WHEN_NO_MATCH'),
  headers: z.record(z.string(), z.string()).optional(),
  errorMessage: z.string().optional(),
  proxyResult: z.unknown().optional(),
  responses: z
    .record(
      z.string(),
      z.strictObject({ statusCode: statusString, responseParameters: responseParameters.optional(), responseTemplates: templates.optional() }),
    )
    .optional(),
};

export const methodResponses = z.record(statusString, z.strictObject({ headers: z.array(z.string().min(1)).default([]) }));

export const gatewayResponses = z.partialRecord(
  z.enum(GATEWAY_RESPONSE_TYPES),
  z.strictObject({
    statusCode: z.union([z.number().int().min(100).max(599), statusString]).optional(),
    responseParameters: gatewayResponseParameters.optional(),
    responseTemplates: templates.optional(),
  }),
);

export const authorizerV2 = {
  principalId: z.string().min(1).optional(),
  // "objects or arrays are not allowed": https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
  context: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
};

export const stageVariables = z.record(
  z.string().regex(/^[A-Za-z0-9_]+$/, 'stage variable names hold only letters, digits and _'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html
  z.string().regex(/^[A-Za-z0-9\-._~:/?#&=,]*$/, 'stage variable values hold only letters, digits and - . _ ~ : / ? # & = ,'),
);

type Issue = (path: (string | number)[], message: string) => void;

interface RouteLike {
  methodResponses?: Record<string, { headers: string[] }> | undefined;
  integration: {
    type: string;
    proxyResult?: unknown;
    errorMessage?: string | undefined;
    fail?: string | undefined;
    responses?: Record<string, { statusCode: string; responseParameters?: Record<string, string> | undefined }> | undefined;
  };
}

/**
 * Cross-field checks of one route's v2 fields. A mapped method.response.header.X must be
 * declared on that method response: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
 */
export function checkRouteV2(r: RouteLike, at: (string | number)[], issue: Issue): void {
  const integ = r.integration;
  if (integ.proxyResult !== undefined && integ.type !== 'AWS_PROXY')
    issue([...at, 'integration', 'proxyResult'], 'is what a Lambda proxy function returns: needs type AWS_PROXY');
  if (integ.proxyResult !== undefined && integ.fail !== undefined)
    issue([...at, 'integration', 'fail'], 'proxyResult already says what the function returns: leave fail out');
  if (integ.errorMessage !== undefined && integ.type !== 'AWS')
    issue([...at, 'integration', 'errorMessage'], 'is a Lambda custom integration error: needs type AWS (with fail "error")');
  for (const pattern of Object.keys(integ.responses ?? {})) {
    // patterns are matched in linear time (re2js), so one from a file cannot hang the engine
    const why = pattern === 'default' ? null : tokenRegexError(pattern);
    if (why !== null) issue([...at, 'integration', 'responses', pattern], `selection pattern: ${why}`);
  }
  if (integ.type === 'HTTP_PROXY' || integ.type === 'AWS_PROXY') return;
  const declared = r.methodResponses ?? { '200': { headers: [] } };
  for (const [pattern, resp] of Object.entries(integ.responses ?? {})) {
    const mr = declared[resp.statusCode];
    const names = new Set((mr?.headers ?? []).map((h) => h.toLowerCase()));
    for (const key of Object.keys(resp.responseParameters ?? {})) {
      const header = key.slice('method.response.header.'.length);
      if (!names.has(header.toLowerCase()))
        issue(
          [...at, 'integration', 'responses', pattern, 'responseParameters', key],
          mr
            ? `header ${header} is not declared on method response ${resp.statusCode}: add it to methodResponses["${resp.statusCode}"].headers`
            : `method response ${resp.statusCode} is not declared: add methodResponses["${resp.statusCode}"] with header ${header}`,
        );
    }
  }
}

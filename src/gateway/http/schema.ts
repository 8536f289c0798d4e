/**
 * zod schema of an HTTP API scenario (`"api": { "apiType": "HTTP" }`), documented in
 * docs/scenario-format.md. A superset of the REST format where the concepts are the same
 * (routes with method and path, authorizers, stage throttle, requests); what HTTP APIs do
 * not have (API keys, usage plans, caching, resource policies, request validation) is
 * rejected by name so a REST file is never silently half-read as HTTP.
 * Limits: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
 */
import { z } from 'zod';
import { requestFields, throttle } from '../schema.js';
import { HTTP_METHODS } from '../model.js';


// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
// (path variables {name}, a greedy {name+} only at the end)
const SEGMENT = /^([A-Za-z0-9._~:@!$&'()*,;=-]+|\{[A-Za-z0-9_.-]+\}|\{[A-Za-z0-9_.-]+\+\})$/;
export function isRoutePath(p: string): boolean {
  if (p === '/') return true;
  if (!p.startsWith('/') || p.endsWith('/')) return false;
  const segs = p.slice(1).split('/');
  return segs.every((s, i) => SEGMENT.test(s) && (!s.endsWith('+}') || i === segs.length - 1));
}

// Identity sources of HTTP API authorizers: $request.header.X, $request.querystring.x,
// $context.x, $stageVariables.x. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
const IDENTITY = /^\$(request\.header|request\.querystring|context|stageVariables)\.[^\s,]+$/;
const identitySource = z.array(z.string().regex(IDENTITY, 'must be $request.header.NAME, $request.querystring.NAME, $context.NAME or $stageVariables.NAME')).min(1);

const jwtAuthorizer = z.strictObject({
  type: z.literal('JWT'),
  identitySource: identitySource.default(['$request.header.Authorization']),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
  issuer: z.string().min(1),
  audience: z.array(z.string().min(1)).min(1),
  /** Key ids (`kid`) published at the issuer's jwks_uri: a token signed with another key is invalid. */
  keys: z.array(z.string().min(1)).default(['key-1']),
});

const lambdaAuthorizer = z.strictObject({
  type: z.literal('REQUEST'),
  identitySource: identitySource.default(['$request.header.Authorization']),
  payloadFormatVersion: z.enum(['1.0', '2.0']).default('2.0'),
  /** 2.0 only: the function returns {"isAuthorized": bool, "context": {...}} instead of an IAM policy. */
  enableSimpleResponses: z.boolean().default(false),
  resultTtlSeconds: z.number().int().min(0).max(3600).default(0),
  allow: z.array(z.string()).default([]),
  deny: z.array(z.string()).default([]),
  error: z.array(z.string()).default([]),
  context: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

const authorizer = z.discriminatedUnion('type', [jwtAuthorizer, lambdaAuthorizer]);

// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
const MAPPING_KEY = /^(append|overwrite|remove):(header\.[^\s]+|querystring\.[^\s]+|path)$/;
const RESPONSE_MAPPING_KEY = /^((append|overwrite|remove):header\.[^\s]+|overwrite:statuscode)$/;

const integration = z.strictObject({
  // HTTP APIs: Lambda proxy, HTTP proxy (and AWS service / private integrations, not modelled).
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations.html
  type: z.enum(['AWS_PROXY', 'HTTP_PROXY']),
  payloadFormatVersion: z.enum(['1.0', '2.0']).default('2.0'),
  uri: z.string().optional(),
  latencyMs: z.number().min(0).default(0),
  // 50 ms to 30 s, default 30 s: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
  timeoutMs: z.number().int().min(50).max(30_000).default(30_000),
  status: z.number().int().min(100).max(599).default(200),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().default(''),
  /** AWS_PROXY: exactly what the function returns (any JSON value). */
  proxyResult: z.unknown().optional(),
  fail: z.enum(['timeout', 'unreachable', 'error']).optional(),
  requestParameters: z.record(z.string().regex(MAPPING_KEY, 'must be append|overwrite|remove:header.NAME, ...:querystring.NAME or overwrite:path'), z.string()).default({}),
  /** Keyed by the backend's status code: {"404": {"overwrite:statuscode": "200"}}. */
  responseParameters: z
    .record(z.string().regex(/^[1-5]\d\d$/, 'a status code'), z.record(z.string().regex(RESPONSE_MAPPING_KEY, 'must be append|overwrite|remove:header.NAME or overwrite:statuscode'), z.string()))
    .default({}),
});

const route = z.strictObject({
  /** "$default", or "METHOD /path" as an alternative to method + path. */
  routeKey: z.string().optional(),
  method: z.enum([...HTTP_METHODS, 'ANY']).optional(),
  path: z.string().optional(),
  authorization: z.enum(['NONE', 'JWT', 'CUSTOM', 'AWS_IAM']).default('NONE'),
  authorizer: z.string().optional(),
  authorizationScopes: z.array(z.string().min(1)).default([]),
  throttle: throttle.optional(),
  integration,
});

const cors = z.strictObject({
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html
  allowOrigins: z.array(z.string()).default([]),
  allowMethods: z.array(z.string()).default([]),
  allowHeaders: z.array(z.string()).default([]),
  exposeHeaders: z.array(z.string()).default([]),
  maxAge: z.number().int().min(0).max(86_400).optional(),
  allowCredentials: z.boolean().default(false),
});

const NOT_IN_HTTP = (what: string) => z.never({ error: `HTTP APIs have no ${what} (a REST API feature)` }).optional();

const request = z.strictObject({
  ...requestFields,
  /** Shorthand: build an unsigned-looking JWT with these claims into the Authorization header. */
  jwt: z
    .strictObject({ claims: z.record(z.string(), z.unknown()), kid: z.string().default('key-1'), header: z.string().default('authorization') })
    .optional(),
  repeat: z.number().int().min(1).max(100_000).default(1),
  everyMs: z.number().int().min(0).default(0),
});

export const httpScenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    account: throttle.default({ rateLimit: 10_000, burstLimit: 5_000 }),
    api: z.strictObject({
      apiType: z.literal('HTTP'),
      authorizers: z.record(z.string(), authorizer).default({}),
      cors: cors.optional(),
      routes: z.array(route).min(1),
      disableExecuteApiEndpoint: z.boolean().default(false),
      resourcePolicy: NOT_IN_HTTP('resource policies'),
      apiKeySource: NOT_IN_HTTP('API keys'),
      endpointType: NOT_IN_HTTP('endpoint types: every HTTP API is Regional'),
    }),
    stage: z
      .strictObject({
        // https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html
        name: z.string().min(1).default('$default'),
        autoDeploy: z.boolean().optional(),
        /** Default route throttling for every route of the stage. */
        throttle: throttle.optional(),
        variables: z.record(z.string(), z.string()).default({}),
        cache: NOT_IN_HTTP('caching'),
      })
      .default({ name: '$default', variables: {} }),
    apiKeys: NOT_IN_HTTP('API keys'),
    usagePlans: NOT_IN_HTTP('usage plans'),
    requests: z.array(request).min(1),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    s.api.routes.forEach((r, i) => {
      const at = ['api', 'routes', i];
      const key = routeKeyOf(r);
      if (key === null) {
        issue(at, 'give "routeKey" ("$default" or "METHOD /path"), or "method" and "path"');
        return;
      }
      if (key !== '$default' && !isRoutePath(key.slice(key.indexOf(' ') + 1)))
        issue([...at, r.routeKey !== undefined ? 'routeKey' : 'path'], 'a path like /pets/{id} or /{proxy+} ({name+} only as the last segment)');
      if (seen.has(key)) issue(at, `duplicate route ${key}`);
      seen.add(key);
      if (r.authorization === 'JWT' || r.authorization === 'CUSTOM') {
        const a = r.authorizer !== undefined && Object.hasOwn(s.api.authorizers, r.authorizer) ? s.api.authorizers[r.authorizer] : undefined;
        if (r.authorizer === undefined) issue([...at, 'authorizer'], `required when authorization is ${r.authorization}`);
        else if (!a) issue([...at, 'authorizer'], `no authorizer named "${r.authorizer}" in api.authorizers`);
        else if (r.authorization === 'JWT' && a.type !== 'JWT') issue([...at, 'authorizer'], 'JWT authorization needs a JWT authorizer');
        else if (r.authorization === 'CUSTOM' && a.type !== 'REQUEST') issue([...at, 'authorizer'], 'CUSTOM authorization needs a REQUEST (Lambda) authorizer');
      } else if (r.authorizer !== undefined) issue([...at, 'authorizer'], `only used with JWT or CUSTOM, not ${r.authorization}`);
      if (r.authorizationScopes.length > 0 && r.authorization !== 'JWT')
        issue([...at, 'authorizationScopes'], 'scopes are checked only by JWT authorizers');
      const integ = r.integration;
      if (integ.fail === 'error' && integ.type !== 'AWS_PROXY') issue([...at, 'integration', 'fail'], '"error" is a Lambda function error: needs type AWS_PROXY');
      if (integ.proxyResult !== undefined && integ.type !== 'AWS_PROXY') issue([...at, 'integration', 'proxyResult'], 'only for AWS_PROXY (Lambda) integrations');
    });
    for (const [name, a] of Object.entries(s.api.authorizers))
      if (a.type === 'REQUEST' && a.enableSimpleResponses && a.payloadFormatVersion !== '2.0')
        issue(['api', 'authorizers', name, 'enableSimpleResponses'], 'simple responses need payloadFormatVersion 2.0');
  });

/** "$default" or "METHOD /path"; null when the route names neither. */
export function routeKeyOf(r: { routeKey?: string | undefined; method?: string | undefined; path?: string | undefined }): string | null {
  if (r.routeKey !== undefined) {
    if (r.routeKey === '$default') return '$default';
    const m = /^([A-Z]+) (\/\S*)$/.exec(r.routeKey);
    return m && ([...HTTP_METHODS, 'ANY'] as string[]).includes(m[1]!) ? r.routeKey : null;
  }
  return r.method !== undefined && r.path !== undefined ? `${r.method} ${r.path}` : null;
}

export type HttpScenarioParsed = z.output<typeof httpScenarioSchema>;
export type HttpRouteParsed = HttpScenarioParsed['api']['routes'][number];
export type HttpAuthorizer = HttpScenarioParsed['api']['authorizers'][string];
export type HttpIntegration = HttpRouteParsed['integration'];
export type HttpCors = NonNullable<HttpScenarioParsed['api']['cors']>;

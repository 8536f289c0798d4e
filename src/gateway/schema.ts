/**
 * zod schema of a scenario file, exactly as ../shared/SCENARIOS.md. Unknown keys are errors.
 * Limits come from https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
 * and https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
import { z } from 'zod';
import { isValidIpOrCidr } from './ip.js';
import { HTTP_METHODS } from './model.js';
import { own } from './ownKeys.js';
import { tokenRegexError } from './regex.js';
import { authorizerV2, checkRouteV2, gatewayResponses, integrationV2, methodResponses, stageVariables } from './schemaV2.js';

export const throttle = z.strictObject({
  rateLimit: z.number().min(0),
  burstLimit: z.number().int().min(0),
});

/** Requests a scenario may expand to (after repeat): each is run with its full trace, kept in
 * memory and printed; for more traffic the simulator's Load experiments run untraced. */
export const MAX_EXPANDED_REQUESTS = 10_000;

const regexString = z.string().superRefine((s, ctx) => {
  const why = tokenRegexError(s);
  if (why !== null) ctx.addIssue({ code: 'custom', message: why });
});

const IDENTITY_SOURCE = /^method\.request\.(header|querystring)\.[^\s,]+$/;

const authorizer = z.strictObject({
  type: z.enum(['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS']),
  identitySource: z
    .string()
    .refine(
      (s) => s.split(',').every((p) => IDENTITY_SOURCE.test(p.trim())),
      'each identity source must be method.request.header.NAME or method.request.querystring.NAME',
    )
    .default('method.request.header.Authorization'),
  identityValidationExpression: regexString.optional(),
  resultTtlSeconds: z.number().int().min(0).max(3600).default(300),
  allow: z.array(z.string()).default([]),
  deny: z.array(z.string()).default([]),
  unauthorized: z.array(z.string()).default([]),
  error: z.array(z.string()).default([]),
  policyScope: z.enum(['api', 'method']).default('api'),
  usageIdentifierKey: z.string().optional(),
  ...authorizerV2,
});

const SEGMENT = /^([A-Za-z0-9._~:@!$&'()*+,;=-]+|\{[A-Za-z0-9_.-]+\}|\{[A-Za-z0-9_.-]+\+\})$/;
const routePath = z.string().refine((p) => {
  if (p === '/') return true;
  if (!p.startsWith('/') || p.endsWith('/')) return false;
  const segs = p.slice(1).split('/');
  return segs.every((s, i) => SEGMENT.test(s) && (!s.endsWith('+}') || i === segs.length - 1));
}, 'a resource path like /pets/{id} or /{proxy+} ({name+} only as the last segment)');

const integration = z.strictObject({
  type: z.enum(['MOCK', 'HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY']),
  latencyMs: z.number().min(0).default(0),
  status: z.number().int().min(100).max(599).default(200),
  body: z.string().default(''),
  timeoutMs: z.number().int().min(50).max(300_000).default(29_000),
  fail: z.enum(['timeout', 'unreachable', 'malformed', 'error']).optional(),
  ...integrationV2,
});

const route = z.strictObject({
  method: z.enum([...HTTP_METHODS, 'ANY']),
  path: routePath,
  authorization: z.enum(['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS']).default('NONE'),
  authorizer: z.string().optional(),
  apiKeyRequired: z.boolean().default(false),
  validate: z
    .strictObject({
      requiredHeaders: z.array(z.string().min(1)).default([]),
      requiredQuery: z.array(z.string().min(1)).default([]),
      bodyRequiredFields: z.array(z.string()).optional(),
      bodyModel: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  throttle: throttle.optional(),
  cache: z
    .strictObject({
      enabled: z.boolean().optional(),
      ttlSeconds: z.number().int().min(0).max(3600).optional(),
      keyParameters: z
        .array(z.string().regex(/^method\.request\.(querystring|header|path)\.\S+$/, 'must be method.request.querystring|header|path.NAME'))
        .default([]),
    })
    .optional(),
  methodResponses: methodResponses.optional(),
  integration: integration,
});

const ipList = z.array(z.string().refine(isValidIpOrCidr, 'not an IP address or CIDR block')).default([]);

const api = z.strictObject({
  // Absent means REST, so every version-1 file keeps its meaning (HTTP and WEBSOCKET: src/gateway/apiType.ts).
  apiType: z.literal('REST').optional(),
  endpointType: z.enum(['EDGE', 'REGIONAL', 'PRIVATE']).default('REGIONAL'),
  apiKeySource: z.enum(['HEADER', 'AUTHORIZER']).default('HEADER'),
  resourcePolicy: z
    .strictObject({ allowSourceIps: ipList, denySourceIps: ipList, allowVpces: z.array(z.string()).default([]) })
    .optional(),
  authorizers: z.record(z.string(), authorizer).default({}),
  routes: z.array(route).min(1),
  gatewayResponses: gatewayResponses.optional(),
});

const stageCache = z.strictObject({
  enabled: z.boolean().default(false),
  capacityGb: z.union([0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237].map((n) => z.literal(n))).default(0.5),
  ttlSeconds: z.number().int().min(0).max(3600).default(300),
  requireAuthorizationForCacheControl: z.boolean().default(true),
  unauthorizedCacheControlHeaderStrategy: z
    .enum(['FAIL_WITH_403', 'SUCCEED_WITH_RESPONSE_HEADER', 'SUCCEED_WITHOUT_RESPONSE_HEADER'])
    .default('SUCCEED_WITH_RESPONSE_HEADER'),
});

/** What a client request is, in every API type's scenario file (HTTP APIs add `jwt`, REST `vpce` and the cache fields). */
export const requestFields = {
  atMs: z.number().int().min(0).optional(),
  method: z.enum(HTTP_METHODS),
  path: z.string().startsWith('/', 'must start with /'),
  headers: z.record(z.string(), z.string()).default({}),
  query: z.record(z.string(), z.string()).default({}),
  body: z.string().default(''),
  bodyBytes: z.number().int().min(0).optional(),
  sourceIp: z.string().refine((s) => isValidIpOrCidr(s) && !s.includes('/'), 'not an IP address').default('198.51.100.10'),
  iam: z.enum(['none', 'signed-allowed', 'signed-denied', 'bad-signature']).default('none'),
};

const request = z.strictObject({
  ...requestFields,
  vpce: z.string().optional(),
  cacheInvalidationAllowed: z.boolean().default(false),
  repeat: z.number().int().min(1).default(1), // the total after repeat is capped below
  everyMs: z.number().int().min(0).default(0),
});

export const scenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    account: throttle.default({ rateLimit: 10_000, burstLimit: 5_000 }),
    api,
    stage: z
      .strictObject({
        name: z.string().min(1).default('prod'),
        throttle: throttle.optional(),
        cache: stageCache.default(stageCache.parse({})),
        variables: stageVariables.optional(),
      })
      .default({ name: 'prod', cache: stageCache.parse({}) }),
    apiKeys: z
      .array(z.strictObject({ id: z.string().min(1), value: z.string().min(1), enabled: z.boolean().default(true) }))
      .default([]),
    usagePlans: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          apiKeys: z.array(z.string()).default([]),
          stages: z.array(z.string()).optional(),
          throttle: throttle.optional(),
          methodThrottle: z.record(z.string(), throttle).default({}),
          quota: z.strictObject({ limit: z.number().int().min(0), period: z.enum(['DAY', 'WEEK', 'MONTH']) }).optional(),
        }),
      )
      .default([]),
    requests: z.array(request).min(1),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    s.api.routes.forEach((r, i) => {
      const at = ['api', 'routes', i];
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) issue([...at, 'path'], `duplicate route ${key}`);
      seen.add(key);
      if (r.authorization === 'CUSTOM' || r.authorization === 'COGNITO_USER_POOLS') {
        const a = r.authorizer === undefined ? undefined : own(s.api.authorizers, r.authorizer);
        if (r.authorizer === undefined) issue([...at, 'authorizer'], `required when authorization is ${r.authorization}`);
        else if (!a) issue([...at, 'authorizer'], `no authorizer named "${r.authorizer}" in api.authorizers`);
        else if (r.authorization === 'CUSTOM' && a.type === 'COGNITO_USER_POOLS')
          issue([...at, 'authorizer'], 'CUSTOM needs a TOKEN or REQUEST authorizer');
        else if (r.authorization === 'COGNITO_USER_POOLS' && a.type !== 'COGNITO_USER_POOLS')
          issue([...at, 'authorizer'], 'COGNITO_USER_POOLS needs a COGNITO_USER_POOLS authorizer');
      } else if (r.authorizer !== undefined) issue([...at, 'authorizer'], `only used with CUSTOM or COGNITO_USER_POOLS, not ${r.authorization}`);
      const integ = r.integration;
      if (integ.fail === 'malformed' && integ.type !== 'AWS_PROXY')
        issue([...at, 'integration', 'fail'], '"malformed" is a Lambda proxy output problem: needs type AWS_PROXY');
      if (integ.fail === 'error' && integ.type !== 'AWS' && integ.type !== 'AWS_PROXY')
        issue([...at, 'integration', 'fail'], '"error" is a Lambda function error: needs type AWS or AWS_PROXY (for an HTTP backend error set status)');
      if (integ.timeoutMs > 29_000 && s.api.endpointType === 'EDGE')
        issue([...at, 'integration', 'timeoutMs'], 'edge-optimized APIs cannot raise the integration timeout above 29000 ms');
      checkRouteV2(r, at, issue);
    });
    let expanded = 0;
    for (const [i, r] of s.requests.entries()) {
      expanded += r.repeat;
      if (expanded > MAX_EXPANDED_REQUESTS) {
        issue(['requests', i, 'repeat'], `the requests expand to more than ${MAX_EXPANDED_REQUESTS} (the limit, after repeat: each is traced and kept); for more traffic use the simulator's Load experiments`);
        break;
      }
    }
    const keyIds = new Set<string>();
    const keyValues = new Set<string>();
    s.apiKeys.forEach((k, i) => {
      if (keyIds.has(k.id)) issue(['apiKeys', i, 'id'], `duplicate key id ${k.id}`);
      if (keyValues.has(k.value)) issue(['apiKeys', i, 'value'], 'duplicate key value');
      keyIds.add(k.id);
      keyValues.add(k.value);
    });
    // "a given API key can only be associated with one usage plan for each stage of your API"
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
    const planOfKeyStage = new Map<string, string>();
    s.usagePlans.forEach((p, i) => {
      p.apiKeys.forEach((id, j) => {
        if (!keyIds.has(id)) issue(['usagePlans', i, 'apiKeys', j], `no API key with id "${id}"`);
        for (const stage of new Set(p.stages ?? [s.stage.name])) {
          const other = planOfKeyStage.get(id + '\u0000' + stage);
          if (other !== undefined && other !== p.name) {
            issue(
              ['usagePlans', i, 'apiKeys', j],
              `key "${id}" is already in usage plan "${other}" for stage ${stage}: a key can be in only one usage plan per stage`,
            );
            break;
          }
          planOfKeyStage.set(id + '\u0000' + stage, p.name);
        }
      });
      for (const mk of Object.keys(p.methodThrottle))
        if (!seen.has(mk)) issue(['usagePlans', i, 'methodThrottle', mk], `no route "${mk}" (write "METHOD /path" as in api.routes)`);
    });
  });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioParsed = z.output<typeof scenarioSchema>;

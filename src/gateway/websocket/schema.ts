/**
 * zod schema of a WebSocket API scenario (`"api": { "apiType": "WEBSOCKET" }`): routes by route
 * key and a timeline of connection events (docs/scenario-format.md, "WebSocket APIs").
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-overview.html
 * Quotas: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html
 */
import { z } from 'zod';
import { throttle } from '../schema.js';
import { isValidIpOrCidr } from '../ip.js';


// Identity sources of a WebSocket REQUEST authorizer: headers and query strings of the $connect request.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html
const identity = z.array(z.string().regex(/^route\.request\.(header|querystring)\.[^\s,]+$/, 'must be route.request.header.NAME or route.request.querystring.NAME')).min(1);

const authorizer = z.strictObject({
  type: z.literal('REQUEST'),
  identitySource: identity.default(['route.request.header.Authorization']),
  resultTtlSeconds: z.number().int().min(0).max(3600).default(300),
  allow: z.array(z.string()).default([]),
  deny: z.array(z.string()).default([]),
  error: z.array(z.string()).default([]),
  context: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

const integration = z.strictObject({
  type: z.enum(['AWS_PROXY', 'AWS', 'HTTP_PROXY', 'HTTP', 'MOCK']).default('AWS_PROXY'),
  latencyMs: z.number().min(0).default(0),
  // 50 ms to 29 s: same quota table.
  timeoutMs: z.number().int().min(50).max(29_000).default(29_000),
  status: z.number().int().min(100).max(599).default(200),
  body: z.string().default(''),
  fail: z.enum(['timeout', 'error']).optional(),
});

const ROUTE_KEY = /^(\$connect|\$disconnect|\$default|[^\s$][^\s]{0,127})$/;

const route = z.strictObject({
  routeKey: z.string().regex(ROUTE_KEY, 'a route key: $connect, $disconnect, $default or a name without spaces'),
  authorization: z.enum(['NONE', 'CUSTOM', 'AWS_IAM']).default('NONE'),
  authorizer: z.string().optional(),
  /** A two-way route: the integration's answer is sent back to the client (a route response). */
  routeResponse: z.boolean().default(false),
  throttle: throttle.optional(),
  integration: integration.default(integration.parse({})),
});

const event = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('connect'),
    atMs: z.number().int().min(0).optional(),
    connection: z.string().min(1),
    headers: z.record(z.string(), z.string()).default({}),
    query: z.record(z.string(), z.string()).default({}),
    sourceIp: z.string().refine((s) => isValidIpOrCidr(s) && !s.includes('/'), 'not an IP address').default('198.51.100.10'),
    iam: z.enum(['none', 'signed-allowed', 'signed-denied', 'bad-signature']).default('none'),
  }),
  z.strictObject({
    type: z.literal('message'),
    atMs: z.number().int().min(0).optional(),
    connection: z.string().min(1),
    body: z.string().default(''),
    /** Pretend the message has this many bytes (limit tests). */
    bytes: z.number().int().min(0).optional(),
    /** The largest frame the client used for it (default: frames of at most 32 KB). */
    frameBytes: z.number().int().min(0).optional(),
    repeat: z.number().int().min(1).max(100_000).default(1),
    everyMs: z.number().int().min(0).default(0),
  }),
  z.strictObject({ type: z.literal('disconnect'), atMs: z.number().int().min(0).optional(), connection: z.string().min(1) }),
  z.strictObject({
    type: z.enum(['post', 'get', 'delete']),
    atMs: z.number().int().min(0).optional(),
    connection: z.string().min(1),
    body: z.string().default(''),
    bytes: z.number().int().min(0).optional(),
  }),
  z.strictObject({ type: z.literal('wait'), atMs: z.number().int().min(0) }),
]);

export const wsScenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    account: z
      .strictObject({
        rateLimit: z.number().min(0).default(10_000),
        burstLimit: z.number().int().min(0).default(5_000),
        // New connections per second per account per Region: 500 (same quota table).
        newConnectionsPerSecond: z.number().int().min(0).default(500),
      })
      .default({ rateLimit: 10_000, burstLimit: 5_000, newConnectionsPerSecond: 500 }),
    api: z.strictObject({
      apiType: z.literal('WEBSOCKET'),
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
      routeSelectionExpression: z.string().regex(/^\$request\.body\.[A-Za-z0-9_.]+$/, 'must be $request.body.PATH, e.g. $request.body.action').default('$request.body.action'),
      authorizers: z.record(z.string(), authorizer).default({}),
      routes: z.array(route).min(1),
    }),
    stage: z
      .strictObject({ name: z.string().min(1).default('production'), throttle: throttle.optional() })
      .default({ name: 'production' }),
    events: z.array(event).min(1),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    s.api.routes.forEach((r, i) => {
      if (seen.has(r.routeKey)) issue(['api', 'routes', i, 'routeKey'], `duplicate route ${r.routeKey}`);
      seen.add(r.routeKey);
      // Authorization runs only on $connect: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html
      if (r.authorization !== 'NONE' && r.routeKey !== '$connect') issue(['api', 'routes', i, 'authorization'], 'only the $connect route can have authorization');
      if (r.authorization === 'CUSTOM') {
        if (r.authorizer === undefined) issue(['api', 'routes', i, 'authorizer'], 'required when authorization is CUSTOM');
        else if (!Object.hasOwn(s.api.authorizers, r.authorizer)) issue(['api', 'routes', i, 'authorizer'], `no authorizer named "${r.authorizer}" in api.authorizers`);
      } else if (r.authorizer !== undefined) issue(['api', 'routes', i, 'authorizer'], 'only used with CUSTOM authorization');
      if (r.routeResponse && (r.routeKey === '$connect' || r.routeKey === '$disconnect'))
        issue(['api', 'routes', i, 'routeResponse'], `${r.routeKey} cannot send a route response`);
    });
  });

export type WsScenarioParsed = z.output<typeof wsScenarioSchema>;
export type WsEvent = WsScenarioParsed['events'][number];
export type WsRoute = WsScenarioParsed['api']['routes'][number];

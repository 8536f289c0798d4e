import type { CorsVerdict } from './cors.js';

/**
 * Types of the simulator: the resolved configuration (every default filled in by
 * scenario.ts), a request, a response, the trace and the mutable state.
 * Field meanings follow ../shared/SCENARIOS.md; the AWS facts behind them are in
 * ../shared/gateway-reference.md.
 */
import { dict } from './ownKeys.js';

/** The lifecycle stages, in the order the gateway applies them (SCENARIOS.md). */
export const STAGES = [
  'route',
  'resourcePolicy',
  'auth',
  'apiKey',
  'throttle',
  'quota',
  'validation',
  'cache',
  'integrationRequest',
  'integration',
  'integrationResponse',
  'methodResponse',
  'response',
] as const;
export type StageName = (typeof STAGES)[number];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type RouteMethod = HttpMethod | 'ANY';

export interface ThrottleLimit {
  rateLimit: number;
  burstLimit: number;
}

export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';
export type ApiKeySource = 'HEADER' | 'AUTHORIZER';
export type AuthorizerType = 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS';
export type Authorization = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';
export type IntegrationType = 'MOCK' | 'HTTP' | 'HTTP_PROXY' | 'AWS' | 'AWS_PROXY';
export type IntegrationFailure = 'timeout' | 'unreachable' | 'malformed' | 'error';
export type QuotaPeriod = 'DAY' | 'WEEK' | 'MONTH';
export type CacheControlStrategy = 'FAIL_WITH_403' | 'SUCCEED_WITH_RESPONSE_HEADER' | 'SUCCEED_WITHOUT_RESPONSE_HEADER';
export type IamOutcome = 'none' | 'signed-allowed' | 'signed-denied' | 'bad-signature';

export interface ResourcePolicyConfig {
  allowSourceIps: string[];
  denySourceIps: string[];
  allowVpces: string[];
}

export interface AuthorizerConfig {
  type: AuthorizerType;
  identitySource: string;
  identityValidationExpression?: string;
  resultTtlSeconds: number;
  allow: string[];
  deny: string[];
  unauthorized: string[];
  error: string[];
  policyScope: 'api' | 'method';
  usageIdentifierKey?: string;
  /** Returned with an Allow; default: the identity value. */
  principalId?: string;
  /** $context.authorizer.<key> (values become strings). */
  context?: Record<string, string | number | boolean>;
}

export interface ValidateConfig {
  requiredHeaders: string[];
  requiredQuery: string[];
  bodyRequiredFields?: string[];
  /** JSON Schema draft 4, the application/json model. */
  bodyModel?: Record<string, unknown>;
}

export interface RouteCacheConfig {
  enabled?: boolean;
  ttlSeconds?: number;
  keyParameters: string[];
}

export interface IntegrationConfig {
  type: IntegrationType;
  latencyMs: number;
  status: number;
  body: string;
  timeoutMs: number;
  fail?: IntegrationFailure;
  httpMethod?: string;
  uri?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  headers?: Record<string, string>;
  errorMessage?: string;
  /** AWS_PROXY: exactly what the function returns (any JSON value). */
  proxyResult?: unknown;
  /** Integration responses keyed by selection pattern ("default" = the default response). */
  responses?: Record<string, IntegrationResponseConfig>;
}

export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';

export interface IntegrationResponseConfig {
  statusCode: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}

export interface MethodResponseConfig {
  headers: string[];
}

export interface GatewayResponseConfig {
  statusCode?: number | string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
}

export interface RouteConfig {
  method: RouteMethod;
  path: string;
  authorization: Authorization;
  authorizer?: string;
  apiKeyRequired: boolean;
  validate?: ValidateConfig;
  throttle?: ThrottleLimit;
  cache?: RouteCacheConfig;
  /** Declared method responses by status code; absent = the default { "200": {} }. */
  methodResponses?: Record<string, MethodResponseConfig>;
  integration: IntegrationConfig;
}

export interface ApiConfig {
  endpointType: EndpointType;
  apiKeySource: ApiKeySource;
  resourcePolicy?: ResourcePolicyConfig;
  authorizers: Record<string, AuthorizerConfig>;
  routes: RouteConfig[];
  /** Customised gateway responses by type (or DEFAULT_4XX / DEFAULT_5XX). */
  gatewayResponses?: Record<string, GatewayResponseConfig>;
}

export interface StageCacheConfig {
  enabled: boolean;
  capacityGb: number;
  ttlSeconds: number;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: CacheControlStrategy;
}

export interface StageConfig {
  name: string;
  throttle?: ThrottleLimit;
  cache: StageCacheConfig;
  variables?: Record<string, string>;
}

export interface ApiKeyConfig {
  id: string;
  value: string;
  enabled: boolean;
}

export interface UsagePlanConfig {
  name: string;
  apiKeys: string[];
  stages: string[];
  throttle?: ThrottleLimit;
  /** Keyed "METHOD /resource/path", e.g. "GET /pets". */
  methodThrottle: Record<string, ThrottleLimit>;
  quota?: { limit: number; period: QuotaPeriod };
}

/** A fully resolved configuration: every default already applied (see scenario.ts). */
export interface GatewayConfig {
  account: ThrottleLimit;
  api: ApiConfig;
  stage: StageConfig;
  apiKeys: ApiKeyConfig[];
  usagePlans: UsagePlanConfig[];
}

/** One client request. Header names MUST be lower-case (use `makeRequest`). */
export interface GatewayRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: string;
  bodyBytes?: number;
  sourceIp: string;
  vpce?: string;
  iam: IamOutcome;
  cacheInvalidationAllowed: boolean;
}

export interface GatewayResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Outcome = 'pass' | 'stop' | 'skip';

export interface TraceEntry {
  stage: StageName;
  outcome: Outcome;
  /** One line in plain words. */
  reason: string;
  /** Where the evidence is thin (documentation silent, sources disagree): one plain sentence. */
  note?: string;
  /** The numbers that decided it. */
  data: Record<string, unknown>;
  /** Ids of cards that explain this stage. */
  cards: string[];
}

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS' | 'OFF';

/** A token bucket: holds at most `burstLimit` tokens, refills `rateLimit` per second. */
export interface Bucket {
  tokens: number;
  lastMs: number;
}

export interface QuotaCounter {
  periodStart: number;
  periodEnd: number;
  used: number;
}

export interface CacheEntry {
  /** When the integration's response arrived and was stored (virtual ms). */
  storedAt: number;
  expiresAt: number;
  response: GatewayResponse;
}

export interface AuthCacheEntry {
  storedAt: number;
  expiresAt: number;
  effect: 'Allow' | 'Deny';
  /** The method ARN the authorizer saw when it ran (a method-scoped policy names only it). */
  methodArn: string;
  usageIdentifierKey?: string;
}

/**
 * Everything that changes between requests. `simulate` MUTATES the state it is
 * given and returns that same object: callers keep one state per run and must
 * not expect an earlier snapshot to stay unchanged (use `cloneState` for that).
 */
export interface GatewayState {
  buckets: Map<string, Bucket>;
  quotas: Map<string, QuotaCounter>;
  /** Per cache key, the stored responses in order of `storedAt` (see cache.ts `lookup`). */
  cache: Map<string, readonly CacheEntry[]>;
  authCache: Map<string, AuthCacheEntry>;
}

export interface SimulateOptions {
  /** false: the fast path, no trace is built (default true). */
  trace?: boolean;
  /** Card ids that explain a stage (the engine has no decks). */
  cardsFor?: (stage: StageName) => string[];
}

export interface SimulateResult {
  response: GatewayResponse;
  /** Empty when `options.trace === false`. */
  trace: TraceEntry[];
  state: GatewayState;
  /** Stage that produced a gateway response, null when the integration's answer reached the client. */
  stoppedAt: StageName | null;
  /** x-amzn-ErrorType of a gateway response, null otherwise. */
  errorType: string | null;
  /** Text of the gateway's message body, null when the integration answered (or when AWS sends null). */
  message: string | null;
  cache: CacheStatus;
  integrationCalled: boolean;
  /** What the backend received; null when it was not called. */
  integrationRequest: IntegrationRequestOut | null;
  /** What a browser does with the response (null without an Origin header, or untraced). */
  cors: CorsVerdict | null;
}

/** The request as the integration received it (SCENARIOS.md v2 output). */
export interface IntegrationRequestOut {
  method: string;
  /** Without the query string; null for MOCK (no target). */
  uri: string | null;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: string;
}

/** A before/after value of one transformation, for the trace and the screen. */
export interface MessageSnapshot {
  status?: number;
  headers: Record<string, string>;
  query?: Record<string, string>;
  body: string;
}

export function createState(): GatewayState {
  return { buckets: new Map(), quotas: new Map(), cache: new Map(), authCache: new Map() };
}

export function cloneState(s: GatewayState): GatewayState {
  const buckets = new Map<string, Bucket>();
  for (const [k, b] of s.buckets) buckets.set(k, { ...b });
  const quotas = new Map<string, QuotaCounter>();
  for (const [k, q] of s.quotas) quotas.set(k, { ...q });
  return { buckets, quotas, cache: new Map(s.cache), authCache: new Map(s.authCache) };
}

/** Builds a request with defaults and lower-cased header names. */
export function makeRequest(r: Partial<GatewayRequest> & { method: string; path: string }): GatewayRequest {
  const headers = dict<string>();
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
  const query = dict<string>();
  for (const [k, v] of Object.entries(r.query ?? {})) query[k] = v;
  const req: GatewayRequest = {
    method: r.method,
    path: r.path,
    headers,
    query,
    body: r.body ?? '',
    sourceIp: r.sourceIp ?? '198.51.100.10',
    iam: r.iam ?? 'none',
    cacheInvalidationAllowed: r.cacheInvalidationAllowed ?? false,
  };
  if (r.bodyBytes !== undefined) req.bodyBytes = r.bodyBytes;
  if (r.vpce !== undefined) req.vpce = r.vpce;
  return req;
}

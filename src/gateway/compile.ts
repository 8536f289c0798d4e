/**
 * Turns a GatewayConfig into lookup structures once (route trie, key table, bucket
 * names, cache-key recipes), so the per-request path allocates almost nothing.
 * Compiled forms are memoised per config object: treat a config as immutable once
 * simulated (edit a copy instead).
 */
import type {
  ApiKeyConfig,
  AuthorizerConfig,
  GatewayConfig,
  GatewayResponse,
  RouteConfig,
  ThrottleLimit,
  UsagePlanConfig,
} from './model.js';
import { own } from './ownKeys.js';
import { compileTokenRegex, type TokenRegex } from './regex.js';
import { compileBodyModel, compileV2, type CompiledV2 } from './compileV2.js';
import type { CompiledModel } from './models.js';

export interface IdentitySource {
  kind: 'header' | 'query';
  name: string;
}

export interface CompiledAuthorizer {
  name: string;
  cfg: AuthorizerConfig;
  regex: TokenRegex | null;
  sources: IdentitySource[];
  allow: Set<string>;
  deny: Set<string>;
  unauthorized: Set<string>;
  error: Set<string>;
}

export interface CacheKeyParam {
  kind: 'query' | 'header' | 'path';
  name: string;
  full: string;
}

export interface CompiledRoute {
  index: number;
  cfg: RouteConfig;
  /** "GET /pets/{id}" */
  routeKey: string;
  authorizer: CompiledAuthorizer | null;
  stageLimit: ThrottleLimit | null;
  stageLimitFrom: 'route' | 'stage' | null;
  stageBucketKey: string;
  cacheApplies: boolean;
  cacheTtlMs: number;
  cacheKeyParams: CacheKeyParam[];
  cacheKeyPrefix: string;
  /** What the client gets when the integration succeeds (shared, frozen). */
  successResponse: GatewayResponse;
  /** Templates, integration and method responses; null for a version-1 route. */
  v2: CompiledV2 | null;
  bodyModel: CompiledModel | null;
}

export interface MethodBucket {
  key: string;
  limit: ThrottleLimit;
}

export interface CompiledKey {
  cfg: ApiKeyConfig;
  /** First usage plan that holds this key and is attached to the stage. */
  plan: UsagePlanConfig | null;
  plansForStage: number;
  planBucketKey: string;
  quotaKey: string;
  methodBuckets: Map<string, MethodBucket>;
}

export interface TrieNode {
  resourcePath: string;
  statics: Map<string, TrieNode>;
  param: { name: string; node: TrieNode } | null;
  greedy: { name: string; node: TrieNode } | null;
  methods: Map<string, CompiledRoute>;
}

export interface RouteMatch {
  route: CompiledRoute | null;
  /** The resource that matched (null when no resource did). */
  resourcePath: string | null;
  params: Record<string, string>;
  /** The more specific resource that matched the path but lacks the method (null: no fallback). */
  fallbackFrom: string | null;
}

export interface CompiledApi {
  cfg: GatewayConfig;
  routes: CompiledRoute[];
  root: TrieNode;
  keysByValue: Map<string, CompiledKey>;
  matchMemo: Map<string, Map<string, RouteMatch>>;
  memoSize: number;
}

const compiled = new WeakMap<GatewayConfig, CompiledApi>();

export function compile(cfg: GatewayConfig): CompiledApi {
  const hit = compiled.get(cfg);
  if (hit) return hit;
  const routes = cfg.api.routes.map((r, i) => compileRoute(cfg, r, i));
  const root = newNode('/');
  for (const r of routes) insert(root, r);
  const api: CompiledApi = { cfg, routes, root, keysByValue: compileKeys(cfg), matchMemo: new Map(), memoSize: 0 };
  compiled.set(cfg, api);
  return api;
}

function newNode(resourcePath: string): TrieNode {
  return { resourcePath, statics: new Map(), param: null, greedy: null, methods: new Map() };
}

export function splitPath(path: string): string[] {
  const segs = path.split('/').slice(1);
  if (segs.length > 0 && segs[segs.length - 1] === '') segs.pop();
  return segs;
}

function insert(root: TrieNode, r: CompiledRoute): void {
  let node = root;
  let sofar = '';
  for (const seg of splitPath(r.cfg.path)) {
    sofar += '/' + seg;
    if (seg.startsWith('{') && seg.endsWith('+}')) {
      node.greedy ??= { name: seg.slice(1, -2), node: newNode(sofar) };
      node = node.greedy.node;
    } else if (seg.startsWith('{') && seg.endsWith('}')) {
      node.param ??= { name: seg.slice(1, -1), node: newNode(sofar) };
      node = node.param.node;
    } else {
      let next = node.statics.get(seg);
      if (!next) node.statics.set(seg, (next = newNode(sofar)));
      node = next;
    }
  }
  node.methods.set(r.cfg.method, r);
}

function compileRoute(cfg: GatewayConfig, r: RouteConfig, index: number): CompiledRoute {
  const routeKey = `${r.method} ${r.path}`;
  const stageLimit = r.throttle ?? cfg.stage.throttle ?? null;
  const sc = cfg.stage.cache;
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
  // "only GET methods have caching enabled" by default; other methods only through a method override.
  const methodEnabled = r.cache?.enabled ?? r.method === 'GET';
  const ttlSeconds = r.cache?.ttlSeconds ?? sc.ttlSeconds;
  const cacheApplies = sc.enabled && methodEnabled && ttlSeconds > 0;
  const cacheKeyParams: CacheKeyParam[] = (r.cache?.keyParameters ?? []).map((full) => {
    const m = /^method\.request\.(querystring|header|path)\.(.+)$/.exec(full);
    const kind = m?.[1] === 'header' ? 'header' : m?.[1] === 'path' ? 'path' : 'query';
    const name = m?.[2] ?? full;
    return { kind, name: kind === 'header' ? name.toLowerCase() : name, full };
  });
  return {
    index,
    cfg: r,
    routeKey,
    authorizer: compileAuthorizer(cfg, r),
    stageLimit,
    stageLimitFrom: r.throttle ? 'route' : cfg.stage.throttle ? 'stage' : null,
    stageBucketKey: `stage:${routeKey}`,
    cacheApplies,
    cacheTtlMs: ttlSeconds * 1000,
    cacheKeyParams,
    cacheKeyPrefix: `${r.method === 'ANY' ? 'ANY' : r.method} ${r.path}`,
    successResponse: successResponse(r),
    v2: compileV2(r),
    bodyModel: safeModel(r),
  };
}

/** An invalid model is reported by prepareConfig (exit 1); here it can only answer 400. */
function safeModel(r: RouteConfig): CompiledModel | null {
  try {
    return compileBodyModel(r);
  } catch (e) {
    if (/prepareConfig/.test((e as Error).message)) throw e;
    return { check: () => 'the model is not a valid JSON Schema draft 4' };
  }
}

function compileAuthorizer(cfg: GatewayConfig, r: RouteConfig): CompiledAuthorizer | null {
  if (r.authorization !== 'CUSTOM' && r.authorization !== 'COGNITO_USER_POOLS') return null;
  const name = r.authorizer ?? '';
  const a = own(cfg.api.authorizers, name);
  if (!a) return null;
  const sources = a.identitySource
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s): IdentitySource => {
      const m = /^method\.request\.(header|querystring)\.(.+)$/.exec(s);
      return m?.[1] === 'querystring' ? { kind: 'query', name: m[2]! } : { kind: 'header', name: (m?.[2] ?? s).toLowerCase() };
    });
  return {
    name,
    cfg: a,
    regex: a.type === 'TOKEN' && a.identityValidationExpression ? compileTokenRegex(a.identityValidationExpression) : null,
    sources,
    allow: new Set(a.allow),
    deny: new Set(a.deny),
    unauthorized: new Set(a.unauthorized),
    error: new Set(a.error),
  };
}

/**
 * The response the client gets when the integration succeeds.
 * Proxy integrations pass the backend's status and body through
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html).
 * Non-proxy HTTP/AWS integrations go through integration responses: with only the default
 * integration response (what the console creates) every backend status maps to method
 * response 200 (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html).
 * MOCK answers with the configured status.
 */
function successResponse(r: RouteConfig): GatewayResponse {
  const i = r.integration;
  const status = i.type === 'HTTP' || i.type === 'AWS' ? 200 : i.status;
  return Object.freeze({ status, headers: Object.freeze({ 'content-type': 'application/json' }), body: i.body });
}

function compileKeys(cfg: GatewayConfig): Map<string, CompiledKey> {
  const out = new Map<string, CompiledKey>();
  for (const k of cfg.apiKeys) {
    if (out.has(k.value)) continue;
    const plans = cfg.usagePlans.filter((p) => p.apiKeys.includes(k.id) && p.stages.includes(cfg.stage.name));
    const plan = plans[0] ?? null;
    const methodBuckets = new Map<string, MethodBucket>();
    if (plan) {
      for (const [routeKey, limit] of Object.entries(plan.methodThrottle)) {
        methodBuckets.set(routeKey, { key: `plan:${plan.name}:${k.id}:${routeKey}`, limit });
      }
    }
    out.set(k.value, {
      cfg: k,
      plan,
      plansForStage: plans.length,
      planBucketKey: plan ? `plan:${plan.name}:${k.id}` : '',
      quotaKey: plan ? `quota:${plan.name}:${k.id}` : '',
      methodBuckets,
    });
  }
  return out;
}

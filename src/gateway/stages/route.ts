/**
 * Stage 1, route: payload size, then resource + method matching.
 */
import { dict } from '../ownKeys.js';
import { splitPath, type CompiledApi, type RouteMatch, type TrieNode } from '../compile.js';
import type { Ctx } from '../context.js';
import { MAX_PAYLOAD_BYTES, PAYLOAD_TOO_LARGE_TEXT, RESPONSE_TYPES } from '../responses.js';

const TOO_LARGE = Object.freeze({
  status: 413,
  headers: Object.freeze({ 'content-type': 'text/plain' }),
  body: PAYLOAD_TOO_LARGE_TEXT,
});

/** UTF-8 byte length without Buffer (the engine stays free of Node APIs). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function routeStage(c: Ctx): boolean {
  const req = c.req;
  if (req.vpce === undefined && c.api.cfg.api.endpointType === 'PRIVATE') {
    // A private API is reachable only through an interface VPC endpoint; from elsewhere the request
    // never reaches API Gateway, so no route match, 413 or 403 can be answered (the resourcePolicy
    // stage shows the stand-in). https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html
    if (c.trace) c.add('route', 'skip', 'private API called from outside a VPC: the request never reaches the gateway, so nothing is matched');
    return true;
  }
  // Payload limit 10 MB: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
  const size = req.bodyBytes ?? (req.body.length === 0 ? 0 : utf8Length(req.body));
  if (size > MAX_PAYLOAD_BYTES) {
    if (c.trace)
      c.add(
        'route',
        'stop',
        `body is ${size} bytes, over the 10 MB (10485760 bytes) payload limit: 413, plain-text body (as observed)`,
        { bodyBytes: size, limitBytes: MAX_PAYLOAD_BYTES },
        'Answering before routing is inferred from captures, not documented; the documentation is silent on the x-amzn-ErrorType here, and the simulator sends none.',
      );
    return c.stopWith('route', TOO_LARGE, null, PAYLOAD_TOO_LARGE_TEXT);
  }
  const m = matchRoute(c.api, req.method, req.path);
  if (!m.route) {
    // Unknown path or unknown method: 403 Missing Authentication Token, never 404
    // https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden
    if (c.trace)
      c.add(
        'route',
        'stop',
        m.resourcePath
          ? `resource ${m.resourcePath} exists but has no ${req.method} (or ANY) method: REST APIs answer 403 Missing Authentication Token, not 405`
          : `no resource matches ${req.path}: REST APIs answer 403 Missing Authentication Token, not 404`,
        { method: req.method, path: req.path, resource: m.resourcePath },
      );
    return c.stop('route', RESPONSE_TYPES.MISSING_AUTHENTICATION_TOKEN);
  }
  c.route = m.route;
  c.pathParams = m.params;
  if (m.route.cacheApplies) c.cache = 'BYPASS';
  if (c.trace)
    c.add(
      'route',
      'pass',
      `${req.method} ${req.path} matched ${m.route.routeKey}` +
        (m.fallbackFrom ? `: ${m.fallbackFrom} matches the path but has no ${req.method} method, so the less specific resource answers` : ''),
      { route: m.route.routeKey, pathParameters: { ...m.params }, bodyBytes: size, ...(m.fallbackFrom ? { fallbackFrom: m.fallbackFrom } : {}) },
      m.fallbackFrom
        ? "The documentation is silent on this fallback; the simulator matches path and method together, as LocalStack's router (tested against AWS) does."
        : undefined,
    );
  return true;
}

/**
 * Most specific resource first: a literal segment beats {param}, which beats {proxy+}
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html#api-gateway-proxy-resource).
 * A resource counts only when it has the method (or ANY): one that lacks it falls back to a
 * less specific sibling that has it, e.g. POST /pets/1 reaches ANY /{proxy+} when /pets/{id} has
 * only GET (LocalStack's router, whose routing tests are recorded against AWS, matches method and
 * path together). Trailing slashes are ignored and leading ones collapse to one.
 */
export function matchRoute(api: CompiledApi, method: string, path: string): RouteMatch {
  let byMethod = api.matchMemo.get(path);
  const hit = byMethod?.get(method);
  if (hit) return hit;
  const params = dict<string>();
  const segs = path.startsWith('/') ? splitPath(normalisePath(path)) : null;
  const node = segs ? walk(api.root, segs, 0, params, method) : null;
  const route = node ? (node.methods.get(method) ?? node.methods.get('ANY') ?? null) : null;
  // no resource has the method: name the resource that matched the path, for the trace
  const best = segs ? walk(api.root, segs, 0, dict<string>(), null) : null;
  const resource = node ?? best;
  const fallbackFrom = node && best && best !== node ? best.resourcePath : null;
  const result: RouteMatch = { route, resourcePath: resource ? resource.resourcePath : null, params: route ? params : dict<string>(), fallbackFrom };
  if (api.memoSize < 50_000) {
    if (!byMethod) api.matchMemo.set(path, (byMethod = new Map()));
    byMethod.set(method, result);
    api.memoSize++;
  }
  return result;
}

/** "//pets/1/" -> "/pets/1": trailing slashes ignored, leading ones merged (interior ones kept). */
export function normalisePath(path: string): string {
  const p = '/' + path.replace(/^\/+/, '').replace(/\/+$/, '');
  return p;
}

const serves = (node: TrieNode, method: string | null): boolean =>
  method === null ? node.methods.size > 0 : node.methods.has(method) || node.methods.has('ANY');

function walk(node: TrieNode, segs: string[], i: number, params: Record<string, string>, method: string | null): TrieNode | null {
  if (i === segs.length) return serves(node, method) ? node : null;
  const seg = segs[i]!;
  const s = node.statics.get(seg);
  if (s) {
    const found = walk(s, segs, i + 1, params, method);
    if (found) return found;
  }
  if (node.param && seg.length > 0) {
    const found = walk(node.param.node, segs, i + 1, params, method);
    if (found) {
      params[node.param.name] = decodeSafe(seg);
      return found;
    }
  }
  if (node.greedy && serves(node.greedy.node, method)) {
    params[node.greedy.name] = segs.slice(i).map(decodeSafe).join('/');
    return node.greedy.node;
  }
  return null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

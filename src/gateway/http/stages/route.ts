/**
 * HTTP API stage 1, route: the stage, then the most specific route.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
 * "API Gateway first selects the stage; if no stage matches and there is no $default stage the
 * API returns {"message":"Not Found"}. Then the best-matching route: a full match for the route
 * and method, then a route with a greedy path variable, then $default; with no match,
 * {"message":"Not Found"}."
 */
import { isPreflight } from '../../cors.js';
import { utf8Length } from '../../stages/route.js';
import type { HttpCtx } from '../context.js';
import type { HttpRoute } from '../model.js';

// Payload size quota of HTTP APIs: 10 MB. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
export const HTTP_MAX_PAYLOAD = 10 * 1024 * 1024;

interface Match {
  route: HttpRoute;
  params: Record<string, string>;
  /** Per segment: 3 literal, 2 variable, 1 greedy; then 1 for a method route, 0 for ANY. */
  rank: number[];
}

function matchPath(route: HttpRoute, segs: string[]): Match | null {
  const params: Record<string, string> = {};
  const rank: number[] = [];
  const rs = route.segments;
  for (let i = 0; i < rs.length; i++) {
    const s = rs[i]!;
    if (s.kind === 'greedy') {
      if (i >= segs.length) return null; // a greedy variable needs at least one segment
      params[s.value] = segs.slice(i).join('/');
      rank.push(1);
      return { route, params, rank };
    }
    if (i >= segs.length) return null;
    if (s.kind === 'literal') {
      if (s.value !== segs[i]) return null;
      rank.push(3);
    } else {
      params[s.value] = segs[i]!;
      rank.push(2);
    }
  }
  return segs.length === rs.length ? { route, params, rank } : null;
}

function better(a: Match, b: Match): boolean {
  const n = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const x = a.rank[i] ?? 0;
    const y = b.rank[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

const memo = new WeakMap<HttpRoute[], Map<string, Map<string, Match | null>>>();
const MEMO_MAX = 4096;

/** selectRoute, remembered per route list and method (most traffic repeats a few paths); the match is shared: read it only. */
export function selectRouteCached(routes: HttpRoute[], method: string, path: string): Match | null {
  let byMethod = memo.get(routes);
  if (!byMethod) memo.set(routes, (byMethod = new Map()));
  let m = byMethod.get(method);
  if (!m) byMethod.set(method, (m = new Map()));
  let hit = m.get(path);
  if (hit === undefined) {
    hit = selectRoute(routes, method, path);
    if (m.size >= MEMO_MAX) m.clear();
    m.set(path, hit);
  }
  return hit;
}

/** The route that takes METHOD PATH (stage-relative), or null. Exported for tests and the screen. */
export function selectRoute(routes: HttpRoute[], method: string, path: string): Match | null {
  // API Gateway decodes URL-encoded path segments before matching and passing them on (same page).
  const segs = path === '/' ? [] : path.slice(1).split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  let best: Match | null = null;
  for (const r of routes) {
    if (r.method !== method && r.method !== 'ANY') continue;
    const m = matchPath(r, segs);
    if (!m) continue;
    m.rank.push(r.method === 'ANY' ? 0 : 1);
    if (best === null || better(m, best)) best = m;
  }
  return best;
}

export function httpRouteStage(c: HttpCtx): boolean {
  const req = c.req;
  const t = c.trace !== null;
  const stage = c.api.stage.name;
  if (c.api.disableExecuteApiEndpoint) {
    if (t) c.add('route', 'stop', 'the default execute-api endpoint is disabled: only a custom domain reaches this API', {}, 'The documentation does not give the status for a disabled endpoint; the simulator answers 403 Forbidden as clients report.');
    return c.stop('route', 403, 'Forbidden');
  }
  if (stage === '$default') c.path = req.path;
  else if (req.path === `/${stage}` || req.path.startsWith(`/${stage}/`)) c.path = req.path.slice(stage.length + 1) || '/';
  else {
    if (t) c.add('route', 'stop', `the path does not start with /${stage} and the API has no $default stage: 404 Not Found`, { stage, path: req.path });
    return c.stop('route', 404, 'Not Found');
  }
  const size = req.bodyBytes ?? (req.body.length === 0 ? 0 : utf8Length(req.body));
  if (size > HTTP_MAX_PAYLOAD) {
    if (t) c.add('route', 'stop', `body is ${size} bytes, over the 10 MB payload quota of HTTP APIs: 413`, { bodyBytes: size, limitBytes: HTTP_MAX_PAYLOAD }, 'The quota is documented; the exact status and message of the answer are not. The simulator sends 413 "Request Entity Too Large".');
    return c.stop('route', 413, 'Request Entity Too Large');
  }
  const m = selectRouteCached(c.api.routes, req.method, c.path);
  const stageNote = stage === '$default' ? 'stage $default (serves the root path)' : `stage ${stage}`;
  if (m) {
    c.route = m.route;
    c.pathParams = m.params;
    if (t)
      c.add('route', 'pass', `${req.method} ${c.path} matched route ${m.route.routeKey} (${stageNote}${c.api.stage.autoDeploy ? ', deployed automatically' : ''})`, {
        routeKey: m.route.routeKey,
        pathParameters: m.params,
      }, m.route.method === 'ANY' ? 'When an ANY route and a method route match the same path, the documentation does not rank them; the simulator prefers the method route.' : undefined);
    return true;
  }
  if (c.api.defaultRoute) {
    c.route = c.api.defaultRoute;
    if (t) c.add('route', 'pass', `no route matches ${req.method} ${c.path}: the $default route catches it (the full path goes to the integration)`, { routeKey: '$default' });
    return true;
  }
  // Only a preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered by the
  // gateway (http-api-cors.html); a plain OPTIONS no route takes is a 404 like any method.
  if (c.api.cors && isPreflight(req)) {
    if (t) c.add('route', 'pass', 'no route matches OPTIONS, but the API has a CORS configuration: API Gateway answers the preflight itself', { routeKey: null });
    return true;
  }
  if (t) c.add('route', 'stop', `no route matches ${req.method} ${c.path} and there is no $default route: 404 {"message":"Not Found"} (REST APIs answer 403 "Missing Authentication Token" here)`, { method: req.method, path: c.path });
  return c.stop('route', 404, 'Not Found');
}

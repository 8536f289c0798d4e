/** Turns a parsed HTTP API scenario into lookup-ready routes, once (STYLE.md: compile once, run many). */
import type { HttpApi, HttpRoute, Segment } from './model.js';
import { routeKeyOf, type HttpScenarioParsed } from './schema.js';

export function splitSegments(path: string): Segment[] {
  if (path === '/') return [];
  return path
    .slice(1)
    .split('/')
    .map((s): Segment => {
      if (s.startsWith('{') && s.endsWith('+}')) return { kind: 'greedy', value: s.slice(1, -2) };
      if (s.startsWith('{') && s.endsWith('}')) return { kind: 'var', value: s.slice(1, -1) };
      return { kind: 'literal', value: s };
    });
}

export function compileHttpApi(s: HttpScenarioParsed): HttpApi {
  const routes: HttpRoute[] = [];
  let defaultRoute: HttpRoute | null = null;
  for (const r of s.api.routes) {
    const routeKey = routeKeyOf(r)!;
    const auth = r.authorizer !== undefined && Object.hasOwn(s.api.authorizers, r.authorizer) ? s.api.authorizers[r.authorizer]! : null;
    const base = {
      routeKey,
      authorization: r.authorization,
      authorizer: auth ? { ...auth, name: r.authorizer! } : null,
      authorizationScopes: r.authorizationScopes,
      throttle: r.throttle ?? null,
      integration: r.integration,
      bucketKey: `route:${routeKey}`,
      hasResponseMappings: Object.keys(r.integration.responseParameters).length > 0,
      backendHeaders: Object.fromEntries(Object.entries(r.integration.headers).map(([k, v]) => [k.toLowerCase(), v])),
    };
    if (routeKey === '$default') {
      defaultRoute = { ...base, method: null, path: null, segments: [] };
      continue;
    }
    const sp = routeKey.indexOf(' ');
    const path = routeKey.slice(sp + 1);
    routes.push({ ...base, method: routeKey.slice(0, sp), path, segments: splitSegments(path) });
  }
  return {
    name: s.name,
    routes,
    defaultRoute,
    cors: s.api.cors ?? null,
    stage: {
      name: s.stage.name,
      // $default stages deploy automatically unless told otherwise: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html
      autoDeploy: s.stage.autoDeploy ?? s.stage.name === '$default',
      throttle: s.stage.throttle ?? null,
      variables: s.stage.variables,
    },
    account: s.account,
    disableExecuteApiEndpoint: s.api.disableExecuteApiEndpoint,
  };
}

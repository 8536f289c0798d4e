/**
 * What the simulator assumes where neither the definition nor the side file says, in sentences the
 * trace shows as notes on the stages they affect. Nothing is guessed silently.
 */
import type { TraceEntry } from '../model.js';
import type { Obj } from './shape.js';

export interface ImportDefaults {
  /** Stage and account limits (throttle stage). */
  stage: string | null;
  /** API keys and usage plans (apiKey stage). */
  apiKeys: string | null;
  /** By authorizer name (auth stage). */
  authorizers: Record<string, string>;
  /** By route key "GET /pets" (integration stage). */
  backends: Record<string, string>;
  /** How the requests were chosen. */
  requests: string | null;
  /** The endpoint type, when nothing gave it. */
  endpoint: string | null;
}

export interface DefaultsInput {
  stageName: string;
  stageFrom: string;
  requestsGiven: boolean;
  sideName: string;
  /** The definition implied the endpoint type (vpcEndpointIds: PRIVATE). */
  endpointInferred: boolean;
}

export function defaultsOf(api: Obj, side: Obj | null, { stageName, stageFrom, requestsGiven, sideName, endpointInferred }: DefaultsInput): ImportDefaults {
  const s = side ?? {};
  const routes = api.routes as Obj[];
  const intro = side ? `the side file ${sideName} gives no` : `no side file (${sideName}), so no`;
  const d: ImportDefaults = { stage: null, apiKeys: null, authorizers: {}, backends: {}, requests: null, endpoint: null };
  if (s.endpointType === undefined && !endpointInferred)
    d.endpoint = `${intro} endpointType: a REGIONAL endpoint (an export does not record the endpoint type; private APIs show it by their vpcEndpointIds).`;
  if (s.stage === undefined && s.account === undefined)
    d.stage = `${intro} stage settings: stage "${stageName}" (${stageFrom}) with default throttling 10,000 rps / 5,000 burst (the account's Region limits), no method throttling and no cache.`;
  const needKey = routes.some((r) => r.apiKeyRequired === true);
  if (needKey && s.apiKeys === undefined)
    d.apiKeys = `${intro} API keys or usage plans: every method that requires a key answers 403 Forbidden (add apiKeys and usagePlans to the side file).`;
  const sideAuth = (s.authorizers ?? {}) as Obj;
  for (const [name, a] of Object.entries(api.authorizers as Obj)) {
    if (Object.hasOwn(sideAuth, name)) continue;
    const cognito = (a as Obj).type === 'COGNITO_USER_POOLS';
    d.authorizers[name] = `${intro} entry for authorizer "${name}": the simulator does not call ${cognito ? 'Cognito' : 'its function'}, so every ${cognito ? 'token' : 'identity value'} is treated as Unauthorized (401); list the values it allows in authorizers.${name}.allow.`;
  }
  const sideMethods = (s.methods ?? {}) as Obj;
  for (const r of routes) {
    const key = `${String(r.method)} ${String(r.path)}`;
    const backend = (sideMethods[key] as Obj | undefined)?.backend;
    const type = (r.integration as Obj).type;
    if (backend !== undefined || type === 'MOCK') continue;
    d.backends[key] = `${intro} backend for ${key}: the ${type === 'AWS_PROXY' || (type === 'AWS' && /:lambda:path\//.test(String((r.integration as Obj).uri ?? ':lambda:path/'))) ? 'function' : 'backend'} answers 200 with an empty body at once (set methods["${key}"].backend).`;
  }
  if (!requestsGiven && s.requests === undefined) d.requests = `${intro} requests: one request per method, path parameters filled with sample values (give a list with --requests FILE).`;
  return d;
}

const NOTE_STAGE: Record<string, keyof ImportDefaults> = { throttle: 'stage', apiKey: 'apiKeys' };

/** The trace entries with the defaults that applied added to their notes. */
export function annotate<R extends { trace: TraceEntry[] }>(results: R[], d: ImportDefaults, authorizerOf: (routeKey: string) => string | undefined): R[] {
  return results.map((r) => {
    const routeKey = r.trace.find((t) => t.stage === 'route')?.data.route;
    const key = typeof routeKey === 'string' ? routeKey : '';
    const trace = r.trace.map((t) => {
      const field = NOTE_STAGE[t.stage];
      let note: string | null | undefined = field ? (d[field] as string | null) : undefined;
      if (t.stage === 'auth') note = d.authorizers[authorizerOf(key) ?? ''];
      if (t.stage === 'integration') note = d.backends[key];
      if (note === undefined || note === null || t.outcome === 'skip') return t;
      return { ...t, note: t.note ? `${t.note} ${note}` : note };
    });
    return { ...r, trace };
  });
}

/** A request for each method: `{id}` becomes 1, `{proxy+}` a/b, ANY a GET. */
export function sampleRequests(routes: Obj[]): Obj[] {
  return routes.map((r) => ({
    method: r.method === 'ANY' ? 'GET' : r.method,
    path: String(r.path).replace(/\{[^}]+\+\}/g, 'a/b').replace(/\{[^}]+\}/g, '1'),
  }));
}

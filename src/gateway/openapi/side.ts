/**
 * The side file: what an OpenAPI export does not carry (stages, usage plans, API keys, throttling,
 * cache settings, what the authorizer's function answers, what each backend returns, requests).
 * Format: docs/openapi-import.md. Values are checked by the scenario schema once merged; errors are
 * named by their path in the side file.
 */
import { z } from 'zod';
import { HTTP_METHODS } from '../model.js';
import type { Obj } from './shape.js';

const any = z.unknown().optional();
export const ROUTE_KEY = new RegExp(`^(${[...HTTP_METHODS, 'ANY'].join('|')}) /\\S*$`);

/** Backend fields of a route's integration that only the side file gives. */
export const BACKEND_FIELDS = ['latencyMs', 'status', 'body', 'fail', 'headers', 'errorMessage', 'proxyResult'] as const;
/** Authorizer fields that describe the function (not in the export). */
export const AUTHORIZER_FIELDS = ['allow', 'deny', 'unauthorized', 'error', 'policyScope', 'usageIdentifierKey', 'principalId', 'context'] as const;

const fields = <const K extends readonly string[]>(keys: K) => Object.fromEntries(keys.map((k) => [k, any])) as { [P in K[number]]: typeof any };

export const sideSchema = z.strictObject({
  account: any,
  /** EDGE, REGIONAL or PRIVATE: an export does not record it. */
  endpointType: any,
  stage: any,
  apiKeys: any,
  usagePlans: any,
  authorizers: z.record(z.string(), z.strictObject(fields(AUTHORIZER_FIELDS))).optional(),
  methods: z
    .record(
      z.string().regex(ROUTE_KEY, 'a method key is "METHOD /path" as in the definition, e.g. "GET /pets/{id}"'),
      z.strictObject({
        throttle: any,
        cache: z.strictObject({ enabled: any, ttlSeconds: any }).optional(),
        bodyRequiredFields: any,
        backend: z.strictObject(fields(BACKEND_FIELDS)).optional(),
      }),
    )
    .optional(),
  requests: any,
});

export type Side = z.output<typeof sideSchema>;

const drop = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Merges the side file's method and authorizer entries into the imported api (in place). */
export function mergeSide(api: Obj, side: Side): void {
  const routes = api.routes as Obj[];
  for (const r of routes) {
    const m = side.methods?.[`${String(r.method)} ${String(r.path)}`];
    if (!m) continue;
    if (m.throttle !== undefined) r.throttle = m.throttle;
    if (m.cache) r.cache = { ...drop(m.cache as Obj), keyParameters: (r.cache as Obj | undefined)?.keyParameters ?? [] };
    if (m.bodyRequiredFields !== undefined) r.validate = { requiredHeaders: [], requiredQuery: [], ...(r.validate as Obj | undefined), bodyRequiredFields: m.bodyRequiredFields };
    if (m.backend) r.integration = { ...(r.integration as Obj), ...drop(m.backend as Obj) };
  }
  const authorizers = api.authorizers as Obj;
  for (const [name, a] of Object.entries(side.authorizers ?? {})) {
    if (Object.hasOwn(authorizers, name)) authorizers[name] = { ...(authorizers[name] as Obj), ...drop(a as Obj) };
  }
}

/** Side-file entries that name nothing in the definition: [path in the side file, message]. */
export function strayEntries(api: Obj, side: Side): [string[], string][] {
  const keys = new Set((api.routes as Obj[]).map((r) => `${String(r.method)} ${String(r.path)}`));
  const stray: [string[], string][] = [];
  for (const k of Object.keys(side.methods ?? {})) if (!keys.has(k)) stray.push([['methods', k], `the definition has no method ${k} (with an integration)`]);
  for (const k of Object.keys(side.authorizers ?? {}))
    if (!Object.hasOwn(api.authorizers as Obj, k)) stray.push([['authorizers', k], `the definition has no authorizer named "${k}"`]);
  return stray;
}

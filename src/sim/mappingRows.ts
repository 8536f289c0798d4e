/**
 * The Mapping view's rows, as data like the settings rows: what happens between the method
 * request and the client (version 2 of the scenario format). Templates open in an editor; the
 * rest are one-line values. The list depends on the document (one row per template, per
 * integration response, per method response), so it is built from it.
 * Shapes: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 */
import { GATEWAY_RESPONSE_TYPES } from '../gateway/gatewayResponses.js';
import { corsRows } from './corsRows.js';
import { type Doc } from './session.js';
import type { Row, RowContext } from './settings.js';

type Route = Doc['api']['routes'][number];
type GatewayType = (typeof GATEWAY_RESPONSE_TYPES)[number];

/** A row whose value is edited in a multi-line editor; `ext` names the temporary file's type. */
export interface MappingRow extends Row {
  multiline?: { ext: string; title: string };
}

export const routeOf = (d: Doc, c: RowContext): Route => d.api.routes[Math.min(c.route, d.api.routes.length - 1)]!;

/** `a=b; c=d` as pairs; `sep` between a name and its value. */
export function parsePairs(t: string, sep: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of t.split(';').map((x) => x.trim()).filter(Boolean)) {
    const i = part.indexOf(sep);
    if (i <= 0) return `"${part}": write NAME${sep}VALUE, several separated by ;`;
    out[part.slice(0, i).trim()] = part.slice(i + sep.length).trim();
  }
  return out;
}

/** Mapping keys with a common prefix, shown and typed without it. */
export function prefixed(map: Record<string, string> | undefined, prefix: string): string {
  return Object.entries(map ?? {})
    .map(([k, v]) => `${k.startsWith(prefix) ? k.slice(prefix.length) : k}=${v}`)
    .join('; ');
}

export function unprefixed(t: string, prefix: string): Record<string, string> | string {
  const p = parsePairs(t, '=');
  if (typeof p === 'string') return p;
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [prefix + k, v]));
}

/** A template shown on one line: its first line and how many there are. */
export function summary(t: string | undefined): string {
  if (t === undefined) return '— (none: enter writes one)';
  const lines = t.split('\n');
  return `${lines[0]!.trim() || '(blank line)'}${lines.length > 1 ? `  … ${lines.length} lines` : ''}`;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function text(id: string, label: string, value: Row['value'], initial: (d: Doc, c: RowContext) => string, apply: (d: Doc, c: RowContext, t: string) => void | string): MappingRow {
  return { id, label, value, text: { initial, apply } };
}

/** A multi-line template at `get`; an empty text removes it. */
function template(id: string, label: string, title: string, get: (d: Doc, c: RowContext) => Record<string, string> | undefined, set: (d: Doc, c: RowContext, m: Record<string, string> | undefined) => void, mime: string): MappingRow {
  return {
    id,
    label,
    multiline: { ext: '.vtl', title: `${title} (${mime})` },
    value: (d, c) => `${mime}: ${summary(get(d, c)?.[mime])}`,
    text: {
      initial: (d, c) => get(d, c)?.[mime] ?? '',
      apply: (d, c, t) => {
        const m = { ...(get(d, c) ?? {}) };
        if (t.trim() === '') delete m[mime];
        else m[mime] = t;
        set(d, c, Object.keys(m).length ? m : undefined);
      },
    },
  };
}

function requestRows(r: Route): MappingRow[] {
  const mimes = Object.keys(r.integration.requestTemplates ?? {});
  const rows: MappingRow[] = [
    {
      id: 'passthrough',
      label: 'Passthrough behavior',
      value: (d, c) => routeOf(d, c).integration.passthroughBehavior,
      step: (d, c, dir) => {
        const i = routeOf(d, c).integration;
        const all = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const;
        i.passthroughBehavior = all[(all.indexOf(i.passthroughBehavior) + dir + all.length) % all.length]!;
      },
    },
    text(
      'requestParameters',
      'Request parameters',
      (d, c) => prefixed(routeOf(d, c).integration.requestParameters, 'integration.request.') || '— (none)',
      (d, c) => prefixed(routeOf(d, c).integration.requestParameters, 'integration.request.'),
      (d, c, t) => {
        const p = unprefixed(t, 'integration.request.');
        if (typeof p === 'string') return p;
        const i = routeOf(d, c).integration;
        if (Object.keys(p).length) i.requestParameters = p;
        else delete i.requestParameters;
      },
    ),
  ];
  for (const mime of mimes.length ? mimes : ['application/json'])
    rows.push(template(`requestTemplate:${mime}`, 'Request template', 'request template', (d, c) => routeOf(d, c).integration.requestTemplates, (d, c, m) => void (m ? (routeOf(d, c).integration.requestTemplates = m) : delete routeOf(d, c).integration.requestTemplates), mime));
  rows.push(
    text('addRequestTemplate', 'Add request template', () => 'enter: type a content type', () => '', (d, c, t) => {
      const mime = t.trim().toLowerCase();
      if (!/^[^\s/]+\/[^\s;]+$/.test(mime)) return `"${t}" is not a content type like application/xml`;
      const i = routeOf(d, c).integration;
      i.requestTemplates = { ...(i.requestTemplates ?? {}), [mime]: i.requestTemplates?.[mime] ?? "$input.json('$')" };
    }),
  );
  return rows;
}

const responseOf = (d: Doc, c: RowContext, pattern: string) => routeOf(d, c).integration.responses?.[pattern];

function integrationResponseRows(r: Route): MappingRow[] {
  const rows: MappingRow[] = [];
  for (const pattern of Object.keys(r.integration.responses ?? {})) {
    const name = short(pattern, 12);
    rows.push(
      text(`ir:${pattern}:status`, `Response ${name}`, (d, c) => `status ${responseOf(d, c, pattern)?.statusCode ?? '—'}`, (d, c) => responseOf(d, c, pattern)?.statusCode ?? '', (d, c, t) => {
        const i = routeOf(d, c).integration;
        // "-" removes this integration response
        if (t.trim() === '-') {
          const { [pattern]: _gone, ...rest } = i.responses ?? {};
          if (Object.keys(rest).length) i.responses = rest;
          else delete i.responses;
          return;
        }
        const x = responseOf(d, c, pattern);
        if (x) x.statusCode = t.trim();
      }),
      text(`ir:${pattern}:headers`, `  ${name} headers`, (d, c) => prefixed(responseOf(d, c, pattern)?.responseParameters, 'method.response.header.') || '— (none)', (d, c) => prefixed(responseOf(d, c, pattern)?.responseParameters, 'method.response.header.'), (d, c, t) => {
        const p = unprefixed(t, 'method.response.header.');
        if (typeof p === 'string') return p;
        const x = responseOf(d, c, pattern)!;
        if (Object.keys(p).length) x.responseParameters = p;
        else delete x.responseParameters;
      }),
    );
    const mimes = Object.keys(r.integration.responses![pattern]!.responseTemplates ?? {});
    for (const mime of mimes.length ? mimes : ['application/json'])
      rows.push(template(`ir:${pattern}:template:${mime}`, `  ${name} template`, `integration response ${pattern} template`, (d, c) => responseOf(d, c, pattern)?.responseTemplates, (d, c, m) => {
        const x = responseOf(d, c, pattern)!;
        if (m) x.responseTemplates = m;
        else delete x.responseTemplates;
      }, mime));
  }
  rows.push(
    text('addIntegrationResponse', 'Add response', () => 'enter: type a selection pattern and a status, e.g. .*Not found.* 404', () => '', (d, c, t) => {
      const m = /^(.+?)\s+([1-5]\d\d)$/.exec(t.trim());
      if (!m) return `"${t}": write a selection pattern, a space and the status code, e.g. .*Not found.* 404`;
      const i = routeOf(d, c).integration;
      if (i.responses?.[m[1]!]) return `there is already a response for ${m[1]}`;
      i.responses = { ...(i.responses ?? {}), [m[1]!]: { statusCode: m[2]! } };
    }),
  );
  return rows;
}

/** The method responses: the statuses it declares and their headers (absent: 200 with none). */
export function methodResponsesOf(r: Route): NonNullable<Route['methodResponses']> {
  return r.methodResponses ?? { '200': { headers: [] } };
}

function methodResponseRows(r: Route): MappingRow[] {
  const statuses = new Set([...Object.keys(methodResponsesOf(r)), ...Object.values(r.integration.responses ?? {}).map((x) => x.statusCode)]);
  return [...statuses].sort().map((status) =>
    text(`mr:${status}`, `Method response ${status}`, (d, c) => {
      const m = methodResponsesOf(routeOf(d, c))[status];
      return m ? `headers: ${m.headers.join(', ') || '(none)'}` : '— (not declared: a response with this status gives 500)';
    }, (d, c) => methodResponsesOf(routeOf(d, c))[status]?.headers.join(', ') ?? '', (d, c, t) => {
      const rt = routeOf(d, c);
      const all = { ...methodResponsesOf(rt) };
      const headers = t.split(',').map((h) => h.trim()).filter(Boolean);
      if (t.trim() === '-') delete all[status];
      else all[status] = { headers };
      rt.methodResponses = all;
    }),
  );
}

/** Gateway responses: a type's own entry, else DEFAULT_4XX/5XX, else AWS's default; templates are plain substitution.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html */
const gatewayOf = (d: Doc, type: GatewayType) => d.api.gatewayResponses?.[type];

function setGateway(d: Doc, type: GatewayType, patch: (e: NonNullable<ReturnType<typeof gatewayOf>>) => void): void {
  const all = { ...(d.api.gatewayResponses ?? {}) };
  const e = { ...(all[type] ?? {}) };
  patch(e);
  if (Object.keys(e).length === 0 && type.startsWith('DEFAULT_')) delete all[type];
  else all[type] = e;
  if (Object.keys(all).length) d.api.gatewayResponses = all;
  else delete d.api.gatewayResponses;
}

function gatewayRows(d: Doc): MappingRow[] {
  const shown = GATEWAY_RESPONSE_TYPES.filter((t) => t === 'DEFAULT_4XX' || t === 'DEFAULT_5XX' || d.api.gatewayResponses?.[t] !== undefined);
  const rows: MappingRow[] = [];
  for (const type of shown) {
    const name = short(type, 14);
    rows.push(
      text(`gw:${type}:status`, `${name} status`, (x) => String(gatewayOf(x, type)?.statusCode ?? "— (the type's own)"), (x) => String(gatewayOf(x, type)?.statusCode ?? ''), (x, _c, t) =>
        setGateway(x, type, (e) => {
          if (t.trim() === '') delete e.statusCode;
          else e.statusCode = /^\d+$/.test(t.trim()) ? Number(t.trim()) : t.trim();
        }),
      ),
      text(`gw:${type}:headers`, `${name} headers`, (x) => prefixed(gatewayOf(x, type)?.responseParameters, 'gatewayresponse.header.') || '— (none)', (x) => prefixed(gatewayOf(x, type)?.responseParameters, 'gatewayresponse.header.'), (x, _c, t) => {
        const p = unprefixed(t, 'gatewayresponse.header.');
        if (typeof p === 'string') return p;
        setGateway(x, type, (e) => {
          if (Object.keys(p).length) e.responseParameters = p;
          else delete e.responseParameters;
        });
      }),
      template(`gw:${type}:template`, `${name} template`, `gateway response ${type} template`, (x) => gatewayOf(x, type)?.responseTemplates, (x, _c, m) => setGateway(x, type, (e) => void (m ? (e.responseTemplates = m) : delete e.responseTemplates)), 'application/json'),
    );
  }
  rows.push(
    text('addGatewayResponse', 'Customise response', () => 'enter: type a response type, e.g. THROTTLED', () => '', (x, _c, t) => {
      const type = t.trim().toUpperCase() as GatewayType;
      if (!GATEWAY_RESPONSE_TYPES.includes(type)) return `"${t}" is not a gateway response type (THROTTLED, UNAUTHORIZED, ACCESS_DENIED, …)`;
      // starts from AWS's default body for every type (gateway-reference.md §11.6, recorded by LocalStack)
      setGateway(x, type, (e) => void (e.responseTemplates ??= { 'application/json': '{"message":$context.error.messageString}' }));
    }),
  );
  return rows;
}

const stageRow: MappingRow = text(
  'stageVariables',
  'Stage variables',
  (d) => prefixed(d.stage.variables, '') || '— (none)',
  (d) => prefixed(d.stage.variables, ''),
  (d, _c, t) => {
    const p = parsePairs(t, '=');
    if (typeof p === 'string') return p;
    if (Object.keys(p).length) d.stage.variables = p;
    else delete d.stage.variables;
  },
);

const proxy = (r: Route) => r.integration.type === 'HTTP_PROXY' || r.integration.type === 'AWS_PROXY';

/** Every row of the Mapping view for the route being edited. */
export function mappingRows(d: Doc, c: RowContext): MappingRow[] {
  const r = routeOf(d, c);
  return [
    {
      id: 'route',
      label: 'Editing route',
      value: (x, cx) => `${routeOf(x, cx).method} ${routeOf(x, cx).path} · ${routeOf(x, cx).integration.type}` + (x.api.routes.length > 1 ? `  (${Math.min(cx.route, x.api.routes.length - 1) + 1} of ${x.api.routes.length})` : ''),
    },
    ...(proxy(r)
      ? [requestRows(r)[1]!, { id: 'proxyNote', label: 'Templates, responses', value: () => `— (${r.integration.type} passes the request and response as they are)` }]
      : [...requestRows(r), ...integrationResponseRows(r), ...methodResponseRows(r)]),
    ...gatewayRows(d),
    ...corsRows(d, c),
    stageRow,
  ];
}

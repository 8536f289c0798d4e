/**
 * The Mapping view's rows, as data like the settings rows: what happens between the method
 * request and the client (version 2 of the scenario format). Templates open in an editor; the
 * rest are one-line values. The list depends on the document (one row per template, per
 * integration response, per method response), so it is built from it.
 * Shapes: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 */
import { corsRows } from './corsRows.js';
import { gatewayRows } from './gatewayRows.js';
import { methodResponsesOf, parsePairs, prefixed, short, template, text, unprefixed, type MappingRow } from './rowParts.js';
import { route, type Route } from './rowKit.js';
import type { Doc } from './session.js';
import type { RowContext } from './settings.js';

export { parsePairs, summary, type MappingRow } from './rowParts.js';

function requestRows(r: Route): MappingRow[] {
  const mimes = Object.keys(r.integration.requestTemplates ?? {});
  const rows: MappingRow[] = [
    {
      id: 'passthrough',
      label: 'Passthrough behavior',
      value: (d, c) => route(d, c).integration.passthroughBehavior,
      step: (d, c, dir) => {
        const i = route(d, c).integration;
        const all = ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const;
        i.passthroughBehavior = all[(all.indexOf(i.passthroughBehavior) + dir + all.length) % all.length]!;
      },
    },
    text(
      'requestParameters',
      'Request parameters',
      (d, c) => prefixed(route(d, c).integration.requestParameters, 'integration.request.') || '— (none)',
      (d, c) => prefixed(route(d, c).integration.requestParameters, 'integration.request.'),
      (d, c, t) => {
        const p = unprefixed(t, 'integration.request.');
        if (typeof p === 'string') return p;
        const i = route(d, c).integration;
        if (Object.keys(p).length) i.requestParameters = p;
        else delete i.requestParameters;
      },
    ),
  ];
  for (const mime of mimes.length ? mimes : ['application/json'])
    rows.push(template(`requestTemplate:${mime}`, 'Request template', 'request template', (d, c) => route(d, c).integration.requestTemplates, (d, c, m) => void (m ? (route(d, c).integration.requestTemplates = m) : delete route(d, c).integration.requestTemplates), mime));
  rows.push(
    text('addRequestTemplate', 'Add request template', () => 'enter: type a content type', () => '', (d, c, t) => {
      const mime = t.trim().toLowerCase();
      if (!/^[^\s/]+\/[^\s;]+$/.test(mime)) return `"${t}" is not a content type like application/xml`;
      const i = route(d, c).integration;
      i.requestTemplates = { ...(i.requestTemplates ?? {}), [mime]: i.requestTemplates?.[mime] ?? "$input.json('$')" };
    }),
  );
  return rows;
}

const responseOf = (d: Doc, c: RowContext, pattern: string) => route(d, c).integration.responses?.[pattern];

function integrationResponseRows(r: Route): MappingRow[] {
  const rows: MappingRow[] = [];
  for (const pattern of Object.keys(r.integration.responses ?? {})) {
    const name = short(pattern, 12);
    rows.push(
      text(`ir:${pattern}:status`, `Response ${name}`, (d, c) => `status ${responseOf(d, c, pattern)?.statusCode ?? '—'}`, (d, c) => responseOf(d, c, pattern)?.statusCode ?? '', (d, c, t) => {
        const i = route(d, c).integration;
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
      const i = route(d, c).integration;
      if (i.responses?.[m[1]!]) return `there is already a response for ${m[1]}`;
      i.responses = { ...(i.responses ?? {}), [m[1]!]: { statusCode: m[2]! } };
    }),
  );
  return rows;
}

function methodResponseRows(r: Route): MappingRow[] {
  const statuses = new Set([...Object.keys(methodResponsesOf(r)), ...Object.values(r.integration.responses ?? {}).map((x) => x.statusCode)]);
  return [...statuses].sort().map((status) =>
    text(`mr:${status}`, `Method response ${status}`, (d, c) => {
      const m = methodResponsesOf(route(d, c))[status];
      return m ? `headers: ${m.headers.join(', ') || '(none)'}` : '— (not declared: a response with this status gives 500)';
    }, (d, c) => methodResponsesOf(route(d, c))[status]?.headers.join(', ') ?? '', (d, c, t) => {
      const rt = route(d, c);
      const all = { ...methodResponsesOf(rt) };
      const headers = t.split(',').map((h) => h.trim()).filter(Boolean);
      if (t.trim() === '-') delete all[status];
      else all[status] = { headers };
      rt.methodResponses = all;
    }),
  );
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
  const r = route(d, c);
  return [
    {
      id: 'route',
      label: 'Editing route',
      value: (x, cx) => `${route(x, cx).method} ${route(x, cx).path} · ${route(x, cx).integration.type}` + (x.api.routes.length > 1 ? `  (${Math.min(cx.route, x.api.routes.length - 1) + 1} of ${x.api.routes.length})` : ''),
    },
    ...(proxy(r)
      ? [requestRows(r)[1]!, { id: 'proxyNote', label: 'Templates, responses', value: () => `— (${r.integration.type} passes the request and response as they are)` }]
      : [...requestRows(r), ...integrationResponseRows(r), ...methodResponseRows(r)]),
    ...gatewayRows(d),
    ...corsRows(d, c),
    stageRow,
  ];
}

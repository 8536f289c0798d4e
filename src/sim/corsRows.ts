/**
 * CORS rows of the Mapping view. A REST API has no CORS switch: an OPTIONS method (usually a
 * MOCK) answers the browser's preflight with the Access-Control-Allow-* headers, and each method's
 * responses carry Access-Control-Allow-Origin (its method response declares the header, its
 * integration response maps a value to it; a proxy integration's backend sends it itself).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html (what "Enable CORS" adds)
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html
 * The 4XX/5XX gateway responses are edited in their own rows (DEFAULT_4XX headers).
 */
import type { Row, RowContext } from './settings.js';
import type { Doc } from './session.js';
import { methodResponsesOf, type MappingRow } from './rowParts.js';
import { route, type Route } from './rowKit.js';


const ALLOW = 'Access-Control-Allow-';
const PARAM = 'method.response.header.';

const optionsOf = (d: Doc, path: string): Route | undefined => d.api.routes.find((r) => r.method === 'OPTIONS' && r.path === path);

/** The value of a static mapping ('*' -> *), or the mapping itself when it is not static. */
const unquote = (v: string | undefined) => (v === undefined ? undefined : /^'.*'$/s.test(v) ? v.slice(1, -1) : v);

/** Sets (or with '' removes) header `name` on every integration response of `r`, declaring it on their method responses. */
function mapHeader(r: Route, name: string, value: string): void {
  const i = r.integration;
  const responses = { ...(i.responses ?? { default: { statusCode: '200' } }) };
  const declared = { ...methodResponsesOf(r) };
  for (const [pattern, resp] of Object.entries(responses)) {
    const params = { ...(resp.responseParameters ?? {}) };
    const mr = declared[resp.statusCode] ?? { headers: [] };
    const others = mr.headers.filter((h) => h.toLowerCase() !== name.toLowerCase());
    if (value === '') {
      delete params[PARAM + name];
      declared[resp.statusCode] = { headers: others };
    } else {
      params[PARAM + name] = `'${value}'`;
      declared[resp.statusCode] = { headers: [...others, name] };
    }
    responses[pattern] = { ...resp, ...(Object.keys(params).length ? { responseParameters: params } : {}) };
    if (!Object.keys(params).length) delete responses[pattern]!.responseParameters;
  }
  i.responses = responses;
  r.methodResponses = declared;
}

function headerOf(r: Route, name: string): string | undefined {
  if (r.integration.type === 'HTTP_PROXY') return r.integration.headers?.[name];
  const resp = r.integration.responses?.default ?? Object.values(r.integration.responses ?? {})[0];
  return unquote(resp?.responseParameters?.[PARAM + name]);
}

function preflightRow(suffix: string, hint: string): Row {
  const name = ALLOW + suffix;
  return {
    id: `cors:preflight:${suffix}`,
    label: `Preflight ${suffix}`,
    value: (d, c) => {
      const o = optionsOf(d, route(d, c).path);
      return o ? (headerOf(o, name) ?? `— (not sent; e.g. ${hint})`) : '— (no OPTIONS method)';
    },
    text: {
      initial: (d, c) => {
        const o = optionsOf(d, route(d, c).path);
        return (o && headerOf(o, name)) ?? '';
      },
      apply: (d, c, t) => {
        const o = optionsOf(d, route(d, c).path);
        if (!o) return 'no OPTIONS method on this path: turn "OPTIONS method" on first';
        mapHeader(o, name, t.trim());
      },
    },
  };
}

/** An OPTIONS MOCK answering the preflight for `path`, as the console's "Enable CORS" makes it
 * (its default Allow-Headers list, Allow-Origin *): https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors-console.html */
function newOptions(d: Doc, path: string): Route {
  const methods = [...new Set(d.api.routes.filter((r) => r.path === path).map((r) => r.method)), 'OPTIONS'].join(',');
  const r = {
    method: 'OPTIONS',
    path,
    authorization: 'NONE',
    apiKeyRequired: false,
    integration: { type: 'MOCK', latencyMs: 0, status: 200, body: '', timeoutMs: 29_000, passthroughBehavior: 'WHEN_NO_MATCH', requestTemplates: { 'application/json': '{"statusCode": 200}' } },
  } as Route;
  mapHeader(r, `${ALLOW}Origin`, '*');
  mapHeader(r, `${ALLOW}Methods`, methods);
  mapHeader(r, `${ALLOW}Headers`, 'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token');
  return r;
}

export function corsRows(d: Doc, c: RowContext): MappingRow[] {
  const r = route(d, c);
  const rows: MappingRow[] = [
    {
      id: 'cors:options',
      label: 'OPTIONS method',
      value: (x, cx) => (optionsOf(x, route(x, cx).path) ? `yes (${optionsOf(x, route(x, cx).path)!.integration.type}): answers the preflight` : `none on ${route(x, cx).path}: the preflight gets 403`),
      step: (x, cx) => {
        const path = route(x, cx).path;
        const o = optionsOf(x, path);
        if (o) x.api.routes = x.api.routes.filter((y) => y !== o);
        else x.api.routes.push(newOptions(x, path));
      },
    },
  ];
  if (optionsOf(d, r.path)) rows.push(preflightRow('Origin', '*'), preflightRow('Methods', 'GET,OPTIONS'), preflightRow('Headers', 'Content-Type,X-Api-Key'));
  if (r.method !== 'OPTIONS')
    rows.push({
      id: 'cors:origin',
      label: `Allow-Origin on ${r.method}`,
      value: (x, cx) => headerOf(route(x, cx), `${ALLOW}Origin`) ?? '— (not sent: the browser blocks the response)',
      text: {
        initial: (x, cx) => headerOf(route(x, cx), `${ALLOW}Origin`) ?? '',
        apply: (x, cx, t) => {
          const rt = route(x, cx);
          const v = t.trim();
          if (rt.integration.type === 'AWS_PROXY') return 'a Lambda proxy function sends its own headers: add Access-Control-Allow-Origin to what it returns';
          if (rt.integration.type === 'HTTP_PROXY') {
            const h = { ...(rt.integration.headers ?? {}) };
            if (v === '') delete h[`${ALLOW}Origin`];
            else h[`${ALLOW}Origin`] = v;
            rt.integration.headers = h;
            return;
          }
          mapHeader(rt, `${ALLOW}Origin`, v);
        },
      },
    });
  return rows;
}

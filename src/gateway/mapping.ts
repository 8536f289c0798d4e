/**
 * Parameter mapping values: 'static', method.request.{header|querystring|path}.N, method.request.body[.JSONPath],
 * integration.response.{header.N|body[.JSONPath]}, stageVariables.N, context.N.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 * A mapped parameter the request lacks is simply not sent (recorded, gateway-reference.md §11.3).
 */
import { evaluate } from './templates/jsonpath.js';
import { contextValue, type RequestView } from './templates/variables.js';

export interface MappingSources {
  req: RequestView;
  body: string;
  stageVariables: Record<string, string>;
  context: Record<string, unknown>;
  /** The integration response (response mappings only). Lower-case header names. */
  response?: { headers: Record<string, string>; body: string };
}

function jsonAt(body: string, rest: string): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return undefined;
  }
  const v = evaluate(root, '$' + rest);
  if (v === undefined) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The value a mapping expression yields, undefined when its source is absent. */
export function mappingValue(expr: string, s: MappingSources): string | undefined {
  if (expr.length >= 2 && expr.startsWith("'") && expr.endsWith("'")) return expr.slice(1, -1);
  if (expr.startsWith('stageVariables.')) return s.stageVariables[expr.slice(15)];
  if (expr.startsWith('context.')) return contextValue(s.context, expr.slice(8));
  let m = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(expr);
  if (m) {
    const name = m[2]!;
    return m[1] === 'header' ? s.req.headers[name.toLowerCase()] : m[1] === 'path' ? s.req.pathParams[name] : s.req.query[name];
  }
  if (expr === 'method.request.body') return s.body;
  if (expr.startsWith('method.request.body.')) return jsonAt(s.body, expr.slice(19));
  m = /^integration\.response\.header\.(.+)$/.exec(expr);
  if (m) return s.response?.headers[m[1]!.toLowerCase()];
  if (expr === 'integration.response.body') return s.response?.body;
  if (expr.startsWith('integration.response.body.')) return s.response ? jsonAt(s.response.body, expr.slice(25)) : undefined;
  return undefined;
}

/** Fills ${stageVariables.x} in a URI or ARN (an undefined variable leaves nothing). */
export function withStageVariables(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, n: string) => vars[n] ?? '');
}

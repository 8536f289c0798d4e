/**
 * The variables API Gateway gives a mapping template: $input, $util, $context, $stageVariables.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-data-models.html
 * Recorded details (gateway-reference.md §11.2): $input.json gives JSON text (strings keep their
 * quotes), $input.params(x) looks in path, then query string, then headers.
 */
import { evaluate } from './jsonpath.js';

/** What a template can read about the method request (shared by every API type). */
export interface RequestView {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
}

export class TemplateError extends Error {}

function parseBody(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new TemplateError('the body is not valid JSON, so $input.json / $input.path cannot read it');
  }
}

/** $input for a body (the method request's, or the integration response's in a response template). */
export function inputVariable(body: string, req: RequestView): Record<string, unknown> {
  let parsed: unknown;
  let done = false;
  const root = (): unknown => {
    if (!done) {
      parsed = parseBody(body);
      done = true;
    }
    return parsed;
  };
  return {
    body,
    json(path: string): string {
      // The whole payload is passed on as it is (spacing of re-serialised JSON is not documented).
      if (String(path).trim() === '$' && body.trim() !== '') {
        root();
        return body;
      }
      const v = evaluate(root(), String(path));
      return v === undefined ? '' : JSON.stringify(v);
    },
    path(path: string): unknown {
      return evaluate(root(), String(path));
    },
    params(name?: string): unknown {
      if (name === undefined) return { path: { ...req.pathParams }, querystring: { ...req.query }, header: { ...req.headers } };
      const n = String(name);
      return req.pathParams[n] ?? req.query[n] ?? req.headers[n.toLowerCase()] ?? '';
    },
  };
}

function utf8ToBase64(s: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin);
}

function base64ToUtf8(s: string): string {
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    throw new TemplateError('$util.base64Decode was given text that is not base64');
  }
  return new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
}

/** Form encoding as Java's URLEncoder (recorded: `{"some": "value"}` -> `%7B%22some%22%3A+%22value%22%7D`). */
export function urlEncode(s: string): string {
  return encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase());
}

/** JavaScript string escaping: quotes, backslash and control characters; `'` becomes `\'`. */
export function escapeJavaScript(s: string): string {
  return s.replace(/[\\"'\n\r\t\b\f\u0000-\u001f]/g, (ch) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    return named[ch] ?? '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  });
}

export const UTIL = {
  escapeJavaScript: (s: unknown) => escapeJavaScript(String(s ?? '')),
  parseJson(s: unknown): unknown {
    try {
      return JSON.parse(String(s));
    } catch {
      throw new TemplateError('$util.parseJson was given text that is not JSON');
    }
  },
  urlEncode: (s: unknown) => urlEncode(String(s ?? '')),
  urlDecode(s: unknown): string {
    try {
      return decodeURIComponent(String(s ?? '').replace(/\+/g, ' '));
    } catch {
      throw new TemplateError('$util.urlDecode was given a malformed %-escape');
    }
  },
  base64Encode: (s: unknown) => utf8ToBase64(String(s ?? '')),
  base64Decode: (s: unknown) => base64ToUtf8(String(s ?? '')),
};

/** Reads `a.b.c` from the $context object (mapping values such as context.authorizer.tenant). */
export function contextValue(ctx: Record<string, unknown>, dotted: string): string | undefined {
  let v: unknown = ctx;
  for (const part of dotted.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}

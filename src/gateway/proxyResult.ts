/**
 * Lambda proxy output as the function returns it, checked as API Gateway does.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 * Cases recorded against AWS (gateway-reference.md §7 and §11.5): statusCode "201" -> 201; only
 * headers -> 200; headers null -> 200; a header value true -> "true"; extra key, {}, a bare string,
 * statusCode "test", a non-list multiValueHeaders value -> 502; multiValueHeaders merge with headers,
 * a pair in both appears once; isBase64Encoded without binary media types -> the text unchanged.
 */
import type { GatewayResponse } from './model.js';

const KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

export type ProxyCheck = { ok: true; response: GatewayResponse; notes: string[] } | { ok: false; problem: string };

const bad = (problem: string): ProxyCheck => ({ ok: false, problem });

export function checkProxyResult(value: unknown): ProxyCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return bad(`the function returned ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an object`);
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0) return bad('the function returned an empty object {}');
  const extra = keys.filter((k) => !KEYS.has(k));
  if (extra.length > 0) return bad(`unexpected key(s) ${extra.join(', ')}: only statusCode, headers, multiValueHeaders, body and isBase64Encoded are allowed`);
  let status = 200;
  if (o['statusCode'] !== undefined) {
    const s = o['statusCode'];
    const n = typeof s === 'number' ? s : typeof s === 'string' && /^\d+$/.test(s.trim()) ? Number(s) : NaN;
    if (!Number.isInteger(n) || n < 100 || n > 599) return bad(`statusCode ${JSON.stringify(s)} is not an HTTP status code`);
    status = n;
  }
  const notes: string[] = [];
  if (typeof o['statusCode'] === 'string') notes.push(`statusCode given as the string "${o['statusCode']}" is accepted`);
  const merged = new Map<string, { name: string; values: string[] }>();
  const add = (name: string, v: unknown): void => {
    const k = name.toLowerCase();
    const e = merged.get(k) ?? { name, values: [] };
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    if (!e.values.includes(text)) e.values.push(text);
    merged.set(k, e);
  };
  const mv = o['multiValueHeaders'];
  if (mv !== undefined && mv !== null) {
    if (typeof mv !== 'object' || Array.isArray(mv)) return bad('multiValueHeaders is not an object of lists');
    for (const [k, list] of Object.entries(mv)) {
      if (!Array.isArray(list)) return bad(`multiValueHeaders.${k} is not a list`);
      for (const v of list) add(k, v);
    }
  }
  const h = o['headers'];
  if (h !== undefined && h !== null) {
    if (typeof h !== 'object' || Array.isArray(h)) return bad('headers is not an object');
    for (const [k, v] of Object.entries(h)) add(k, v);
  }
  const body = o['body'];
  if (body !== undefined && body !== null && typeof body !== 'string') return bad('body is not a string (serialise it with JSON.stringify)');
  if (o['isBase64Encoded'] === true) notes.push('isBase64Encoded is true but the API has no binary media types, so the base64 text is returned as it is');
  const headers: Record<string, string> = {};
  for (const { name, values } of merged.values()) headers[name.toLowerCase()] = values.join(', ');
  headers['content-type'] ??= 'application/json';
  return { ok: true, response: { status, headers, body: typeof body === 'string' ? body : '' }, notes };
}

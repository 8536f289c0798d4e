/**
 * HTTP API stage, response: the Lambda output read as its payload format says, response
 * parameter mapping, and the configured CORS headers.
 * Lambda 2.0 infers a response when the function returns valid JSON without a statusCode
 * (200, content-type application/json, the value as body); 1.0 needs the proxy shape.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * Response mapping: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 * CORS headers: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html
 */
import type { GatewayResponse } from '../../model.js';
import { reqHeader, type HttpCtx } from '../context.js';
import { corsHeaders } from './cors.js';
import { mappingValue } from './integration.js';

const NO_MAP: Record<string, string> = Object.freeze({}) as Record<string, string>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Parsed = { ok: true; res: GatewayResponse; how: string } | { ok: false; why: string };

function stringHeaders(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k.toLowerCase()] = String(x);
  return out;
}

function decodeBody(body: unknown, base64: unknown): string {
  const s = typeof body === 'string' ? body : body === undefined || body === null ? '' : JSON.stringify(body);
  if (base64 !== true) return s;
  try {
    return atob(s);
  } catch {
    return s;
  }
}

/** Reads what a Lambda function returned, as payload format VERSION says. */
export function readLambdaOutput(out: unknown, version: string): Parsed {
  if (version === '2.0' && !(isObject(out) && 'statusCode' in out)) {
    if (out === undefined) return { ok: false, why: 'the function returned nothing' };
    const body = typeof out === 'string' ? out : JSON.stringify(out);
    return { ok: true, res: { status: 200, headers: { 'content-type': 'application/json' }, body }, how: 'no statusCode, so payload 2.0 infers 200, application/json and the returned value as the body' };
  }
  if (!isObject(out)) return { ok: false, why: 'payload 1.0 needs an object with statusCode, headers and body' };
  const status = typeof out.statusCode === 'number' ? out.statusCode : typeof out.statusCode === 'string' && /^\d{3}$/.test(out.statusCode) ? Number(out.statusCode) : NaN;
  if (!(status >= 100 && status <= 599)) return { ok: false, why: `statusCode ${JSON.stringify(out.statusCode)} is not an HTTP status` };
  const headers = stringHeaders(out.headers);
  if (isObject(out.multiValueHeaders))
    for (const [k, v] of Object.entries(out.multiValueHeaders)) if (Array.isArray(v)) headers[k.toLowerCase()] = v.map(String).join(', ');
  if (version === '2.0' && Array.isArray(out.cookies) && out.cookies.length) headers['set-cookie'] = out.cookies.map(String).join(', ');
  return { ok: true, res: { status, headers, body: decodeBody(out.body, out.isBase64Encoded) }, how: `statusCode ${status} as returned (payload ${version})` };
}

export function httpResponseStage(c: HttpCtx): boolean {
  const integ = c.route!.integration;
  const t = c.trace !== null;
  let res: GatewayResponse;
  let how: string;
  if (integ.type === 'AWS_PROXY') {
    const out = integ.proxyResult !== undefined ? integ.proxyResult : { statusCode: c.backend!.status, headers: c.backend!.headers, body: c.backend!.body };
    const p = readLambdaOutput(out, integ.payloadFormatVersion);
    if (!p.ok) {
      if (t) c.add('response', 'stop', `the function's output is not a valid response: ${p.why}: 500`, { returned: out });
      return c.stop('response', 500, 'Internal Server Error');
    }
    ({ res, how } = p);
  } else {
    res = { ...c.backend!, headers: { ...c.backend!.headers } };
    how = `the backend's ${res.status} passes through (HTTP proxy)`;
  }
  const mapped: string[] = [];
  const map = c.route!.hasResponseMappings && Object.hasOwn(integ.responseParameters, String(res.status)) ? integ.responseParameters[String(res.status)]! : NO_MAP;
  const backendHeaders = map === NO_MAP ? res.headers : { ...res.headers };
  for (const key in map) {
    const v = map[key]!;
    const [op, target] = key.split(':') as [string, string];
    const value = op === 'remove' ? undefined : mappingValue(c, v, backendHeaders);
    if (target === 'statuscode') {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 100 && n <= 599) res.status = n;
    } else {
      const name = target.slice(7).toLowerCase();
      if (op === 'remove') delete res.headers[name];
      else if (value !== undefined) res.headers[name] = op === 'append' && Object.hasOwn(res.headers, name) ? `${res.headers[name]},${value}` : value;
    }
    mapped.push(`${key} = ${op === 'remove' ? '(removed)' : JSON.stringify(value)}`);
  }
  let corsNote = '';
  if (c.api.cors) {
    res.headers = { ...res.headers };
    const dropped = Object.keys(res.headers).filter((h) => h.startsWith('access-control-'));
    for (const h of dropped) delete res.headers[h];
    Object.assign(res.headers, corsHeaders(c.api.cors, reqHeader(c, 'origin'), false));
    corsNote = `; CORS configuration applied${dropped.length ? ` (the integration's ${dropped.join(', ')} ignored)` : ''}`;
  }
  res.headers['apigw-requestid'] = c.requestId;
  c.response = res;
  if (t) c.add('response', 'pass', `${res.status}: ${how}${mapped.length ? `, then ${mapped.length} response mapping(s)` : ''}${corsNote}`, { mappings: mapped, status: res.status, headers: res.headers });
  return true;
}

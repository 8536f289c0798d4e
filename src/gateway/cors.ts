/**
 * What a browser does with a response: the Fetch standard's CORS check, and for a blocked response
 * where a REST API would add the missing piece. API Gateway never enforces CORS itself.
 * https://fetch.spec.whatwg.org/#http-cors-protocol
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html
 * https://repost.aws/knowledge-center/api-gateway-cors-errors
 * Shared by every API type: it reads only a request and a response.
 */
import type { GatewayRequest, GatewayResponse, IntegrationType } from './model.js';

export interface CorsVerdict {
  allowed: boolean;
  reason: string;
  preflight: boolean;
  /** For a blocked response: what to add, and where. */
  fix?: string;
}

export interface CorsSituation {
  /** Stage that produced a gateway response, null when the integration answered. */
  stoppedAt: string | null;
  integrationType: IntegrationType | null;
}

/** Request headers a preflight never needs to list (CORS-safelisted names). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'POST']);

function header(res: GatewayResponse, name: string): string | undefined {
  for (const [k, v] of Object.entries(res.headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

const list = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');

function whereOrigin(res: GatewayResponse, s: CorsSituation, preflight: boolean, path: string): string {
  if (s.stoppedAt === 'route' && preflight)
    return `add an OPTIONS method on ${path} (usually MOCK) whose 200 method response declares Access-Control-Allow-Origin, -Methods and -Headers and whose integration response maps them`;
  if (s.stoppedAt !== null) {
    const cls = res.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
    return `this ${res.status} is a gateway response: add gatewayresponse.header.Access-Control-Allow-Origin to ${cls} (or to the response type itself) in gatewayResponses`;
  }
  if (s.integrationType === 'HTTP_PROXY' || s.integrationType === 'AWS_PROXY')
    return 'a proxy integration passes the backend answer through: the backend (or the Lambda function) must return Access-Control-Allow-Origin itself';
  return `declare Access-Control-Allow-Origin on method response ${res.status} and map method.response.header.Access-Control-Allow-Origin in its integration response`;
}

/** What to add, and where, for each way a response can fail the check (each API type words its own). */
export interface CorsFixes {
  origin: (preflight: boolean) => string;
  status: () => string;
  method: (m: string) => string;
  header: (h: string) => string;
}

interface CorsRequest {
  method: string;
  path?: string;
  headers: Record<string, string>;
}

/** True for an OPTIONS request with Origin and Access-Control-Request-Method (a browser preflight). */
export function isPreflight(req: CorsRequest): boolean {
  return req.method === 'OPTIONS' && req.headers['origin'] !== undefined && req.headers['access-control-request-method'] !== undefined;
}

/** The Fetch standard's CORS check of RES for REQ (header names of REQ lower-case); null without an Origin. */
export function checkCors(req: CorsRequest, res: GatewayResponse, fixes: CorsFixes): CorsVerdict | null {
  const origin = req.headers['origin'];
  if (origin === undefined) return null;
  const requestedMethod = req.headers['access-control-request-method'];
  const preflight = isPreflight(req);
  // The scenario has no fetch() credentials mode: a request carrying a Cookie counts as credentialed.
  const credentials = req.headers['cookie'] !== undefined;
  const blocked = (reason: string, fix: string): CorsVerdict => ({ allowed: false, reason, preflight, fix });
  const what = preflight ? 'the preflight response' : `the ${res.status} response`;
  const acao = header(res, 'access-control-allow-origin');
  if (acao === undefined) return blocked(`no Access-Control-Allow-Origin on ${what}`, fixes.origin(preflight));
  if (acao === '*' && credentials) return blocked('Access-Control-Allow-Origin is * but the request carries credentials', 'answer with the Origin itself and Access-Control-Allow-Credentials: true');
  if (acao !== '*' && acao !== origin) return blocked(`Access-Control-Allow-Origin is ${acao}, not the Origin ${origin}`, `send ${origin} (or *) in Access-Control-Allow-Origin`);
  if (credentials && header(res, 'access-control-allow-credentials') !== 'true')
    return blocked('the request carries credentials but Access-Control-Allow-Credentials is not true', 'add Access-Control-Allow-Credentials: true');
  if (preflight) {
    if (res.status < 200 || res.status > 299) return blocked(`the preflight was answered ${res.status}, not a 2xx status`, fixes.status());
    const m = requestedMethod!.trim().toUpperCase();
    const methods = list(header(res, 'access-control-allow-methods'));
    if (!SAFE_METHODS.has(m) && !methods.some((x) => x.toUpperCase() === m) && !(methods.includes('*') && !credentials))
      return blocked(`method ${m} is not in Access-Control-Allow-Methods`, fixes.method(m));
    const allowedHeaders = list(header(res, 'access-control-allow-headers')).map((h) => h.toLowerCase());
    for (const h of list(req.headers['access-control-request-headers']).map((x) => x.toLowerCase())) {
      if (SAFELISTED.has(h) || allowedHeaders.includes(h)) continue;
      if (allowedHeaders.includes('*') && !credentials && h !== 'authorization') continue;
      return blocked(`request header ${h} is not in Access-Control-Allow-Headers`, fixes.header(h));
    }
    return { allowed: true, reason: `the preflight allows ${m} from ${origin}`, preflight };
  }
  return { allowed: true, reason: `Access-Control-Allow-Origin ${acao} lets ${origin} read the response`, preflight };
}

/** REST APIs: the fix is an OPTIONS method, a method response, or DEFAULT_4XX/5XX. */
export function corsVerdict(req: GatewayRequest, res: GatewayResponse, s: CorsSituation): CorsVerdict | null {
  return checkCors(req, res, {
    origin: (preflight) => whereOrigin(res, s, preflight, req.path),
    status: () => whereOrigin(res, { ...s, stoppedAt: s.stoppedAt ?? 'route' }, true, req.path),
    method: (m) => `add ${m} to Access-Control-Allow-Methods in the OPTIONS method's integration response`,
    header: (h) => `add ${h} to Access-Control-Allow-Headers in the OPTIONS method's integration response`,
  });
}

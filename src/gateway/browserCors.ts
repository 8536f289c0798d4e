/**
 * What a browser does with a cross-origin response: the CORS check of the Fetch standard
 * (https://fetch.spec.whatwg.org/#cors-check and #cors-preflight-fetch), shared by every API type.
 * The request is credentialed when it carries a Cookie header (a page using credentials: "include").
 */

export interface CorsVerdict {
  allowed: boolean;
  /** One plain sentence: why the browser lets the page read the response, or why not. */
  reason: string;
  preflight: boolean;
}

interface Req {
  method: string;
  headers: Record<string, string>;
}
interface Res {
  status: number;
  headers: Record<string, string>;
}

// CORS-safelisted methods and request headers (Fetch standard).
const SAFE_METHODS = new Set(['GET', 'HEAD', 'POST']);
const SAFE_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);

const list = (v: string | undefined): string[] =>
  v === undefined ? [] : v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

/** Lower-cased header lookup (responses may carry any case). */
function header(h: Record<string, string>, name: string): string | undefined {
  for (const k of Object.keys(h)) if (k.toLowerCase() === name) return h[k];
  return undefined;
}

export function isPreflight(req: Req): boolean {
  return req.method === 'OPTIONS' && header(req.headers, 'origin') !== undefined && header(req.headers, 'access-control-request-method') !== undefined;
}

/** null when the request has no Origin header (not a cross-origin browser request). */
export function browserCors(req: Req, res: Res): CorsVerdict | null {
  const origin = header(req.headers, 'origin');
  if (origin === undefined) return null;
  const preflight = isPreflight(req);
  const credentials = header(req.headers, 'cookie') !== undefined;
  const no = (reason: string): CorsVerdict => ({ allowed: false, reason, preflight });
  const acao = header(res.headers, 'access-control-allow-origin');
  if (acao === undefined) return no(`no Access-Control-Allow-Origin on the ${res.status} response`);
  if (acao === '*' && credentials) return no('Access-Control-Allow-Origin is "*", which never serves a request with credentials');
  if (acao !== '*' && acao !== origin) return no(`Access-Control-Allow-Origin is "${acao}", not the page's origin "${origin}"`);
  if (credentials && header(res.headers, 'access-control-allow-credentials') !== 'true')
    return no('the request has credentials but Access-Control-Allow-Credentials is not "true"');
  if (!preflight) return { allowed: true, reason: `Access-Control-Allow-Origin "${acao}" allows ${origin}`, preflight };
  if (res.status < 200 || res.status > 299) return no(`the preflight got ${res.status}, and a preflight needs a 2xx status`);
  const method = (header(req.headers, 'access-control-request-method') ?? '').toUpperCase();
  const methods = list(header(res.headers, 'access-control-allow-methods')).map((m) => m.toUpperCase());
  if (!SAFE_METHODS.has(method) && !methods.includes(method) && !(methods.includes('*') && !credentials))
    return no(`${method} is not in Access-Control-Allow-Methods (${methods.join(', ') || 'absent'})`);
  const allowed = list(header(res.headers, 'access-control-allow-headers'));
  for (const h of list(header(req.headers, 'access-control-request-headers'))) {
    if (allowed.includes(h)) continue;
    if (allowed.includes('*') && !credentials && h !== 'authorization') continue;
    if (SAFE_HEADERS.has(h) && h !== 'content-type') continue;
    return no(`request header "${h}" is not in Access-Control-Allow-Headers (${allowed.join(', ') || 'absent'})`);
  }
  return { allowed: true, reason: `the preflight allows ${method} from ${origin}`, preflight };
}

/**
 * HTTP API stage, cors: the built-in CORS configuration.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html
 * - With a CORS configuration, API Gateway answers preflight OPTIONS requests itself, even with
 *   no OPTIONS route.
 * - The $default route (and any route that catches OPTIONS) also catches preflights; when it has
 *   authorization the preflight must pass it, so the page advises an OPTIONS /{proxy+} route
 *   without authorization.
 * - API Gateway ignores CORS headers that the integration returns and sends the configured ones.
 */
import { isPreflight } from '../../cors.js';
import { reqHeader, type HttpCtx } from '../context.js';
import type { HttpCors } from '../schema.js';

export function originAllowed(cors: HttpCors, origin: string | undefined): boolean {
  return origin !== undefined && (cors.allowOrigins.includes('*') || cors.allowOrigins.includes(origin));
}

/** The Access-Control-* headers for a response to ORIGIN (empty when the origin is not allowed). */
export function corsHeaders(cors: HttpCors, origin: string | undefined, preflight: boolean): Record<string, string> {
  if (!originAllowed(cors, origin)) return {};
  const h: Record<string, string> = {
    'access-control-allow-origin': cors.allowOrigins.includes('*') && !cors.allowCredentials ? '*' : origin!,
  };
  if (cors.allowCredentials) h['access-control-allow-credentials'] = 'true';
  if (preflight) {
    if (cors.allowMethods.length) h['access-control-allow-methods'] = cors.allowMethods.join(',');
    if (cors.allowHeaders.length) h['access-control-allow-headers'] = cors.allowHeaders.join(',');
    if (cors.maxAge !== undefined) h['access-control-max-age'] = String(cors.maxAge);
  } else if (cors.exposeHeaders.length) h['access-control-expose-headers'] = cors.exposeHeaders.join(',');
  return h;
}

export function httpCorsStage(c: HttpCtx): boolean {
  const cors = c.api.cors;
  const t = c.trace !== null;
  if (!cors) {
    if (t) c.add('cors', 'skip', 'no CORS configuration: OPTIONS goes to the routes like any method and API Gateway adds no CORS headers');
    return true;
  }
  if (!isPreflight(c.req)) {
    if (t) c.add('cors', 'skip', 'not a preflight: the configured CORS headers are added to the response');
    return true;
  }
  const origin = reqHeader(c, 'origin');
  const headers = corsHeaders(cors, origin, true);
  const allowed = originAllowed(cors, origin);
  if (t) {
    const caught = c.route && c.route.authorization !== 'NONE' ? ` after route ${c.route.routeKey}'s authorization passed` : '';
    c.add(
      'cors',
      'stop',
      allowed
        ? `preflight from ${origin} answered by API Gateway's CORS configuration${caught}: 204 with the allowed methods and headers`
        : `preflight from ${origin}, an origin not in allowOrigins: 204 without CORS headers, so the browser blocks it`,
      { allowOrigins: cors.allowOrigins, headers },
      c.route && c.route.routeKey !== '$default' && c.route.method === 'OPTIONS'
        ? 'Whether an OPTIONS route\'s integration is also called when CORS is configured is not documented; the simulator answers at the gateway.'
        : allowed ? undefined : 'The answer for an origin that is not allowed is not documented; the simulator sends 204 without CORS headers.',
    );
  }
  c.preflightAnswered = true;
  c.response = { status: 204, headers: { 'apigw-requestid': c.requestId, ...headers }, body: '' };
  c.stoppedAt = 'cors';
  return false;
}

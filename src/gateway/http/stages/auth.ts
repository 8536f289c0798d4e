/**
 * HTTP API stage, auth: JWT authorizers, Lambda (REQUEST) authorizers and IAM.
 * JWT: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html
 *   (kid from the issuer's keys, exp/nbf/iat, iss, aud or client_id, then the route's scopes;
 *   401 {"message":"Unauthorized"} with a www-authenticate header, 403 {"message":"Forbidden"} for scopes)
 * Lambda: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html
 *   (a missing identity source is 401 without calling the function; simple responses or IAM
 *   policies; results cached by identity source for resultTtlSeconds, 0 = off)
 * IAM: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control-iam.html
 */
import { decodeJwt } from '../../jwt.js';
import { reqHeader, type HttpCtx } from '../context.js';
import type { HttpRoute } from '../model.js';

/** The value of one identity source ($request.header.X, $request.querystring.x, $context.x, $stageVariables.x). */
function identityValue(c: HttpCtx, source: string): string | undefined {
  const dot = source.indexOf('.', source.startsWith('$request.') ? 9 : 1);
  const kind = source.slice(1, dot);
  const name = source.slice(dot + 1);
  if (kind === 'request.header') return reqHeader(c, name);
  if (kind === 'request.querystring') return Object.hasOwn(c.req.query, name) ? c.req.query[name] : undefined;
  if (kind === 'stageVariables') return Object.hasOwn(c.api.stage.variables, name) ? c.api.stage.variables[name] : undefined;
  if (kind === 'context') return contextValue(c, name);
  return undefined;
}

export function contextValue(c: HttpCtx, name: string): string | undefined {
  switch (name) {
    case 'requestId':
      return c.requestId;
    case 'stage':
      return c.api.stage.name;
    case 'routeKey':
      return c.route?.routeKey;
    case 'httpMethod':
      return c.req.method;
    case 'path':
      return c.req.path;
    case 'identity.sourceIp':
      return c.req.sourceIp;
    case 'requestTimeEpoch':
      return String(c.now);
    default:
      if (name.startsWith('authorizer.')) {
        const k = name.slice(11);
        return Object.hasOwn(c.authorizer, k) ? String(c.authorizer[k]) : undefined;
      }
      return undefined;
  }
}

const unauthorized = (c: HttpCtx, reason: string, wwwAuth?: string): false => {
  if (c.trace) c.add('auth', 'stop', reason);
  return c.stop('auth', 401, 'Unauthorized', wwwAuth === undefined ? {} : { 'www-authenticate': wwwAuth });
};

function scopesOf(claims: Record<string, unknown>): string[] {
  const v = claims.scope ?? claims.scp;
  if (typeof v === 'string') return v.split(' ').filter(Boolean);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function jwtAuth(c: HttpCtx, route: HttpRoute): boolean {
  const a = route.authorizer!;
  if (a.type !== 'JWT') return true;
  const raw = identityValue(c, a.identitySource[0]!);
  if (raw === undefined || raw === '') return unauthorized(c, `JWT authorizer "${a.name}": no token in ${a.identitySource[0]}: 401`);
  // API Gateway accepts the token with or without the "Bearer " prefix (same page).
  const token = raw.replace(/^Bearer\s+/i, '');
  const bad = (why: string) =>
    unauthorized(c, `JWT authorizer "${a.name}": ${why}: 401`, `Bearer scope="" error="invalid_token" error_description="${why}"`);
  const jwt = decodeJwt(token);
  if (!jwt) return bad('the token is not a valid JWT');
  const kid = typeof jwt.header.kid === 'string' ? jwt.header.kid : '';
  if (!a.keys.includes(kid)) return bad('the token signature is invalid (its kid is not a key of the issuer)');
  const nowS = Math.floor(c.now / 1000);
  const num = (k: string): number | undefined => (typeof jwt.claims[k] === 'number' ? (jwt.claims[k] as number) : undefined);
  const exp = num('exp');
  if (exp === undefined || nowS >= exp) return bad(exp === undefined ? 'the token has no exp claim' : 'the token has expired');
  const nbf = num('nbf');
  if (nbf !== undefined && nowS < nbf) return bad('the token is not valid yet (nbf)');
  if (jwt.claims.iss !== a.issuer) return bad('the token does not have a valid issuer');
  // aud, or client_id only when there is no aud (same page).
  const audClaim = jwt.claims.aud ?? jwt.claims.client_id;
  const auds = Array.isArray(audClaim) ? audClaim : [audClaim];
  if (!auds.some((x) => typeof x === 'string' && a.audience.includes(x))) return bad('the token does not have a valid audience');
  const scopes = scopesOf(jwt.claims);
  if (route.authorizationScopes.length > 0 && !route.authorizationScopes.some((s) => scopes.includes(s))) {
    if (c.trace)
      c.add('auth', 'stop', `the token is valid but has none of the route's scopes (${route.authorizationScopes.join(', ')}): 403`, { tokenScopes: scopes, routeScopes: route.authorizationScopes });
    return c.stop('auth', 403, 'Forbidden', { 'www-authenticate': `Bearer scope="${route.authorizationScopes.join(' ')}" error="insufficient_scope" error_description="expected scopes: [${route.authorizationScopes.join(' ')}]"` });
  }
  c.authorizer = { 'jwt.claims': jwt.claims, 'jwt.scopes': scopes, ...flatClaims(jwt.claims) };
  if (c.trace)
    c.add('auth', 'pass', `JWT authorizer "${a.name}": signature, exp, issuer and audience are valid${route.authorizationScopes.length ? `, scope ${scopes.find((s) => route.authorizationScopes.includes(s))} matches` : ''}`, {
      claims: jwt.claims,
      scopes,
    }, 'The www-authenticate texts other than the audience one are the simulator\'s wording; the documentation records only that one.');
  return true;
}

function flatClaims(claims: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(claims)) out[`jwt.claims.${k}`] = v;
  return out;
}

function lambdaAuth(c: HttpCtx, route: HttpRoute): boolean {
  const a = route.authorizer!;
  if (a.type !== 'REQUEST') return true;
  const values: string[] = [];
  for (const s of a.identitySource) {
    const v = identityValue(c, s);
    if (v === undefined || v === '') return unauthorized(c, `Lambda authorizer "${a.name}": identity source ${s} is missing, so the function is not called: 401`);
    values.push(v);
  }
  const key = `${a.name}\u0000${values.join(',')}`;
  const cached = a.resultTtlSeconds > 0 ? c.state.authCache.get(key) : undefined;
  let allowed: boolean;
  let context: Record<string, unknown>;
  let from: string;
  if (cached && cached.expiresAt > c.now) {
    ({ allowed, context } = cached);
    from = `cached result (${Math.ceil((cached.expiresAt - c.now) / 1000)} s left)`;
  } else {
    const id = values.join(',');
    if (a.error.includes(id)) {
      if (c.trace) c.add('auth', 'stop', `Lambda authorizer "${a.name}" failed (the function threw or timed out): 500`);
      return c.stop('auth', 500, 'Internal Server Error');
    }
    allowed = a.allow.includes(id);
    context = allowed ? a.context : {};
    from = `the function ran (payload ${a.payloadFormatVersion}, ${a.enableSimpleResponses ? 'simple response' : 'IAM policy response'})`;
    if (a.resultTtlSeconds > 0) c.state.authCache.set(key, { expiresAt: c.now + a.resultTtlSeconds * 1000, allowed, context });
  }
  const answer = a.enableSimpleResponses ? `{"isAuthorized": ${allowed}}` : allowed ? 'an Allow policy' : a.deny.includes(values.join(',')) ? 'an explicit Deny policy' : 'no Allow';
  if (!allowed) {
    if (c.trace) c.add('auth', 'stop', `Lambda authorizer "${a.name}": ${from} and returned ${answer}: 403`, { identity: values });
    return c.stop('auth', 403, 'Forbidden');
  }
  c.authorizer = { ...context, 'lambda': context };
  if (c.trace) c.add('auth', 'pass', `Lambda authorizer "${a.name}": ${from} and returned ${answer}`, { identity: values, context, cacheTtlSeconds: a.resultTtlSeconds });
  return true;
}

function iamAuth(c: HttpCtx): boolean {
  const note = 'HTTP APIs document IAM authorization but not the error bodies; the simulator answers 403 {"message":"Forbidden"} for each failure.';
  if (c.req.iam === 'signed-allowed') {
    if (c.trace) c.add('auth', 'pass', 'IAM: the SigV4 signature is valid and the caller\'s policy allows execute-api:Invoke');
    return true;
  }
  const why = c.req.iam === 'none' ? 'the request is not signed with SigV4' : c.req.iam === 'bad-signature' ? 'the SigV4 signature does not match' : 'the caller\'s IAM policy does not allow execute-api:Invoke on this route';
  if (c.trace) c.add('auth', 'stop', `IAM: ${why}: 403`, {}, note);
  return c.stop('auth', 403, 'Forbidden');
}

export function httpAuthStage(c: HttpCtx): boolean {
  const route = c.route;
  if (!route || route.authorization === 'NONE') {
    if (c.trace) c.add('auth', 'skip', route ? `route ${route.routeKey} has no authorization` : 'no route: nothing to authorize');
    return true;
  }
  if (route.authorization === 'AWS_IAM') return iamAuth(c);
  if (route.authorization === 'JWT') return jwtAuth(c, route);
  return lambdaAuth(c, route);
}

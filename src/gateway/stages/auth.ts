/**
 * Stage 3, authorization: AWS_IAM (SigV4 outcomes), Cognito user pools, Lambda TOKEN and
 * REQUEST authorizers with identity-source checks, validation expression and result cache.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html
 */
import type { CompiledAuthorizer } from '../compile.js';
import { methodArn, type Ctx } from '../context.js';
import type { AuthCacheEntry } from '../model.js';
import { RESPONSE_TYPES } from '../responses.js';
import { denyMessage } from './resourcePolicy.js';

/** Explicit Deny text: https://aws.amazon.com/premiumsupport/knowledge-center/api-gateway-403-error-lambda-authorizer/ */
export const EXPLICIT_DENY = 'User is not authorized to access this resource with an explicit deny';
export const IMPLICIT_DENY = 'User is not authorized to access this resource';

export function authStage(c: Ctx): boolean {
  const route = c.route!;
  switch (route.cfg.authorization) {
    case 'NONE':
      if (c.trace) c.add('auth', 'skip', 'method authorization is NONE');
      return true;
    case 'AWS_IAM':
      return iam(c);
    default:
      return route.authorizer!.cfg.type === 'COGNITO_USER_POOLS' ? cognito(c, route.authorizer!) : lambda(c, route.authorizer!);
  }
}

/** https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden (IAM outcomes) */
function iam(c: Ctx): boolean {
  const iamOutcome = c.req.iam;
  if (iamOutcome === 'none') {
    if (c.trace) c.add('auth', 'stop', 'AWS_IAM method but the request is not SigV4-signed', { iam: iamOutcome });
    return c.stop('auth', RESPONSE_TYPES.MISSING_AUTHENTICATION_TOKEN);
  }
  if (iamOutcome === 'bad-signature') {
    if (c.trace) c.add('auth', 'stop', 'SigV4 signature does not match (wrong secret key or signing error)', { iam: iamOutcome });
    return c.stop('auth', RESPONSE_TYPES.INVALID_SIGNATURE);
  }
  if (c.policyDenied !== null) {
    // Authenticated; the resource policy's explicit Deny now wins over any IAM Allow (Table A).
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
    if (c.trace)
      c.add('auth', 'stop', `signed request authenticated; the resource policy explicitly denies source IP ${c.req.sourceIp} (${c.policyDenied}): explicit deny wins`, {
        iam: iamOutcome,
        deniedBy: c.policyDenied,
      });
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'arn:aws:iam::123456789012:user/caller', true), 'Message');
  }
  if (iamOutcome === 'signed-denied') {
    // Table A (same account): IAM "neither Allow nor Deny" + resource policy Allow -> Allow.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
    if (c.policyAllowed) {
      if (c.trace)
        c.add(
          'auth',
          'pass',
          "the caller's IAM policy does not grant execute-api:Invoke, but the resource policy explicitly allows: Allow " +
            '(Table A, caller in the API owner\'s account; a cross-account caller would need both, Table B)',
          { iam: iamOutcome },
        );
      return true;
    }
    if (c.trace)
      c.add(
        'auth',
        'stop',
        "the caller's IAM policy does not allow execute-api:Invoke on this method" +
          (c.api.cfg.api.resourcePolicy ? ' and the resource policy does not allow it either: implicit deny (Table A)' : ''),
        { iam: iamOutcome },
      );
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'arn:aws:iam::123456789012:user/caller', false), 'Message');
  }
  if (c.trace) c.add('auth', 'pass', 'signed request; IAM allows execute-api:Invoke', { iam: iamOutcome });
  return true;
}

function identity(c: Ctx, a: CompiledAuthorizer): { value: string; missing: string | null } {
  const parts: string[] = [];
  let missing: string | null = null;
  for (const s of a.sources) {
    const v = s.kind === 'header' ? c.req.headers[s.name] : c.req.query[s.name];
    if (v === undefined || v === '') missing ??= `${s.kind === 'header' ? 'header' : 'query string'} ${s.name}`;
    parts.push(v ?? '');
  }
  return { value: parts.join(','), missing };
}

/** https://repost.aws/knowledge-center/api-gateway-cognito-401-unauthorized */
function cognito(c: Ctx, a: CompiledAuthorizer): boolean {
  const { value, missing } = identity(c, a);
  const data = { authorizer: a.name, identity: value };
  if (missing || !a.allow.has(value)) {
    if (c.trace)
      c.add('auth', 'stop', missing ? `Cognito token missing (${missing})` : 'Cognito token is not valid for this user pool', data);
    return c.stop('auth', RESPONSE_TYPES.UNAUTHORIZED);
  }
  // Cognito authenticates first, then the resource policy must explicitly allow
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
  if (c.policyDenied !== null) {
    if (c.trace)
      c.add('auth', 'stop', `valid Cognito token, but the resource policy explicitly denies source IP ${c.req.sourceIp} (${c.policyDenied})`, {
        ...data,
        deniedBy: c.policyDenied,
      });
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', true), 'Message');
  }
  if (c.api.cfg.api.resourcePolicy && !c.policyAllowed) {
    if (c.trace) c.add('auth', 'stop', 'valid Cognito token, but the resource policy has no matching Allow: implicit deny', data);
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', false), 'Message');
  }
  if (c.trace) c.add('auth', 'pass', 'valid Cognito token', data);
  return true;
}

function lambda(c: Ctx, a: CompiledAuthorizer): boolean {
  const { value, missing } = identity(c, a);
  const ttlMs = a.cfg.resultTtlSeconds * 1000;
  const data: Record<string, unknown> = { authorizer: a.name, type: a.cfg.type, identity: value, resultTtlSeconds: a.cfg.resultTtlSeconds };
  // Missing identity source: 401 without invoking the function (REQUEST: only when caching is on).
  if (missing && (a.cfg.type === 'TOKEN' || ttlMs > 0)) {
    if (c.trace) c.add('auth', 'stop', `identity source missing (${missing}): 401 without calling the authorizer`, { ...data, invoked: false });
    return c.stop('auth', RESPONSE_TYPES.UNAUTHORIZED);
  }
  if (a.regex && !a.regex.test(value)) {
    if (c.trace)
      c.add('auth', 'stop', `token does not match identityValidationExpression ${a.cfg.identityValidationExpression}: 401 without calling the authorizer`, {
        ...data,
        invoked: false,
      });
    return c.stop('auth', RESPONSE_TYPES.UNAUTHORIZED);
  }
  const cacheKey = a.name + '\u0000' + value;
  const arn = methodArn(c);
  let entry = ttlMs > 0 ? c.state.authCache.get(cacheKey) : undefined;
  let cached = true;
  if (entry && !(c.now >= entry.storedAt && c.now < entry.expiresAt)) entry = undefined;
  if (!entry) {
    cached = false;
    if (a.error.has(value)) {
      if (c.trace) c.add('auth', 'stop', 'the authorizer function failed: 500 with message null', { ...data, invoked: true });
      return c.stop('auth', RESPONSE_TYPES.AUTHORIZER_CONFIGURATION_ERROR);
    }
    if (!a.allow.has(value) && !a.deny.has(value)) {
      if (c.trace)
        c.add(
          'auth',
          'stop',
          'the authorizer answered "Unauthorized": 401',
          { ...data, invoked: true },
          ttlMs > 0 ? 'The documentation is silent on caching this answer; the simulator does not cache it.' : undefined,
        );
      return c.stop('auth', RESPONSE_TYPES.UNAUTHORIZED);
    }
    entry = {
      storedAt: c.now,
      expiresAt: c.now + ttlMs,
      effect: a.allow.has(value) ? 'Allow' : 'Deny',
      // policyScope "api": the policy covers every method (e.g. arn:...:api/stage/*/*)
      methodArn: a.cfg.policyScope === 'method' ? arn : '*',
    } satisfies AuthCacheEntry;
    if (a.cfg.usageIdentifierKey !== undefined) entry.usageIdentifierKey = a.cfg.usageIdentifierKey;
    if (ttlMs > 0) c.state.authCache.set(cacheKey, entry);
  }
  data.invoked = !cached;
  data.cached = cached;
  if (ttlMs > 0) data.ttlRemainingMs = entry.expiresAt - c.now;
  const source = cached ? `cached policy (key "${value}")` : 'the authorizer';
  if (entry.effect === 'Deny') {
    if (c.trace)
      c.add(
        'auth',
        'stop',
        `${source} returned an explicit Deny: 403`,
        data,
        'AWS texts differ on this message: most recorded answers say "with an explicit deny", newer ones add "in an identity-based policy".',
      );
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, EXPLICIT_DENY, 'Message');
  }
  if (entry.methodArn !== '*' && entry.methodArn !== arn) {
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html
    // a cached policy is reused for every method; one naming only the first method denies the others.
    if (c.policyAllowed) {
      // The policy neither allows nor denies this method; Table A: + resource policy Allow -> Allow.
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
      c.usageIdentifierKey = entry.usageIdentifierKey;
      c.authorizer = authorizerContext(a.cfg, value);
      if (c.trace)
        c.add(
          'auth',
          'pass',
          `${source} allows only ${entry.methodArn}, not this method, but the resource policy explicitly allows: Allow (Table A, same account)`,
          { ...data, policyResource: entry.methodArn, methodArn: arn },
        );
      return true;
    }
    if (c.trace)
      c.add('auth', 'stop', `${source} allows only ${entry.methodArn}, not this method: implicit deny until the entry expires`, {
        ...data,
        policyResource: entry.methodArn,
        methodArn: arn,
      });
    return c.stop('auth', RESPONSE_TYPES.ACCESS_DENIED, IMPLICIT_DENY, 'Message');
  }
  c.usageIdentifierKey = entry.usageIdentifierKey;
      c.authorizer = authorizerContext(a.cfg, value);
  if (c.trace)
    c.add(
      'auth',
      'pass',
      `${source} allowed ${entry.methodArn === '*' ? 'every method of the API' : 'this method'}` +
        (c.api.cfg.api.resourcePolicy && !c.policyAllowed ? '; the resource policy is silent, so the authorizer decides' : ''),
      data,
    );
  return true;
}

/**
 * $context.authorizer: the principalId (default: the identity value) and the context map, every
 * value as a string. https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
function authorizerContext(a: CompiledAuthorizer['cfg'], identityValue: string): Record<string, string> {
  const out: Record<string, string> = { principalId: a.principalId ?? identityValue };
  for (const [k, v] of Object.entries(a.context ?? {})) out[k] = String(v);
  return out;
}

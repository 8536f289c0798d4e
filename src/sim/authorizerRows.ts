/**
 * Settings rows for the Lambda (and Cognito) authorizer of the edited route: what the policy it
 * returns covers, where it reads the token, and the regex a token must match first. These are
 * the fixes a learner needs for the authorizer presets (authorizer-method-policy-gotcha).
 *
 * - Identity source and token validation: API Gateway reads the identity from the sources given
 *   (a missing one: 401 without calling the function) and, for a TOKEN authorizer, checks the token
 *   against the validation expression before calling it (no match: 401).
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html
 * - Policy scope: with authorizer caching on, the returned policy is cached per identity and
 *   applied to the other methods called within the TTL; a policy naming only the method it was
 *   called for then denies them (403). Return a policy with a wildcard resource instead.
 *   https://repost.aws/knowledge-center/api-gateway-lambda-authorization-errors
 *   https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
import { authorizerOf, cycle, numberRow, type Row } from './rowKit.js';

export const NONE = '— (no authorizer)';
export const NO_AUTHORIZER = 'the route has no Lambda or Cognito authorizer: change Authorization first';

const ttl = numberRow(
  'authTtl',
  'Authorizer cache TTL s',
  (d, c) => authorizerOf(d, c)?.resultTtlSeconds,
  (d, c, v) => {
    const a = authorizerOf(d, c);
    if (!a) return NO_AUTHORIZER;
    a.resultTtlSeconds = v;
  },
  60,
);
/** The authorizer's result cache: like its neighbours it says "no authorizer" when there is none,
 * and refuses a value with the reason (it took one silently and dropped it). */
export const AUTHORIZER_TTL_ROW: Row = { ...ttl, value: (d, c) => (authorizerOf(d, c) ? ttl.value(d, c) : NONE) };

const SCOPES = ['api', 'method'] as const;
const SCOPE_TEXT = { api: 'api: an Allow covers every method', method: 'method: an Allow covers only the method called' } as const;

export const AUTHORIZER_ROWS: Row[] = [
  {
    id: 'policyScope',
    label: 'Authorizer policy',
    value: (d, c) => {
      const a = authorizerOf(d, c);
      if (!a) return NONE;
      return a.type === 'COGNITO_USER_POOLS' ? '— (Cognito returns no policy)' : SCOPE_TEXT[a.policyScope];
    },
    step: (d, c, dir) => {
      const a = authorizerOf(d, c);
      if (!a) return NO_AUTHORIZER;
      if (a.type === 'COGNITO_USER_POOLS') return 'a Cognito authorizer returns no policy: the scope applies to Lambda authorizers';
      a.policyScope = cycle(SCOPES, a.policyScope, dir);
    },
  },
  {
    id: 'identitySource',
    label: 'Identity source',
    value: (d, c) => authorizerOf(d, c)?.identitySource ?? NONE,
    text: {
      initial: (d, c) => authorizerOf(d, c)?.identitySource ?? '',
      apply: (d, c, t) => {
        const a = authorizerOf(d, c);
        if (!a) return NO_AUTHORIZER;
        // the schema checks each source (method.request.header.NAME or method.request.querystring.NAME)
        a.identitySource = t
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
          .join(',');
      },
    },
  },
  {
    id: 'identityValidation',
    label: 'Token validation regex',
    value: (d, c) => {
      const a = authorizerOf(d, c);
      if (!a) return NONE;
      if (a.type !== 'TOKEN') return '— (TOKEN authorizers only)';
      return a.identityValidationExpression ?? '— (none: every token is passed on)';
    },
    text: {
      initial: (d, c) => authorizerOf(d, c)?.identityValidationExpression ?? '',
      apply: (d, c, t) => {
        const a = authorizerOf(d, c);
        if (!a) return NO_AUTHORIZER;
        if (a.type !== 'TOKEN') return 'only a TOKEN authorizer checks a validation expression';
        if (t.trim() === '') delete a.identityValidationExpression;
        else a.identityValidationExpression = t.trim();
      },
    },
  },
];

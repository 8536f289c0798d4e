/**
 * Security schemes (OpenAPI 3.0 `components.securitySchemes`, Swagger 2.0 `securityDefinitions`)
 * onto authorizers, and an operation's `security` onto `authorization`, `authorizer` and
 * `apiKeyRequired`.
 * x-amazon-apigateway-authorizer: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authorizer.html
 * x-amazon-apigateway-authtype (awsSigv4 for IAM): https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-authtype.html
 * API keys as an `api_key` scheme on the x-api-key header: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-key-usage-plan-oas.html
 */
import type { Key } from './parse.js';
import type { Reports } from './reports.js';
import { get, isObject, reportOthers, type Obj } from './shape.js';

export type Scheme =
  | { kind: 'apiKey' }
  | { kind: 'iam' }
  | { kind: 'authorizer'; type: 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS' }
  | { kind: 'ignored' };

const AUTHORIZER_KNOWN = new Set(['type', 'identitySource', 'identityValidationExpression', 'authorizerResultTtlInSeconds', 'authorizerUri', 'authorizerCredentials', 'providerARNs']);
const AUTHORIZER_TYPES: Record<string, 'TOKEN' | 'REQUEST' | 'COGNITO_USER_POOLS'> = { token: 'TOKEN', request: 'REQUEST', cognito_user_pools: 'COGNITO_USER_POOLS' };

/** The schemes by name, and the authorizers they declare (scenario `api.authorizers`). */
export function importSchemes(schemes: Obj | null, path: Key[], out: Reports): { schemes: Map<string, Scheme>; authorizers: Obj } {
  const map = new Map<string, Scheme>();
  const authorizers: Obj = {};
  for (const [name, s] of Object.entries(schemes ?? {})) {
    const at = [...path, name];
    if (!isObject(s)) {
      out.error(at, 'a security scheme must be an object');
      continue;
    }
    const auth = get(s, 'x-amazon-apigateway-authorizer');
    const authType = String(get(s, 'x-amazon-apigateway-authtype') ?? '').toLowerCase();
    if (isObject(auth)) {
      const type = AUTHORIZER_TYPES[String(get(auth, 'type') ?? '').toLowerCase()];
      if (!type) {
        out.error([...at, 'x-amazon-apigateway-authorizer', 'type'], `unknown authorizer type ${JSON.stringify(get(auth, 'type'))}: one of token, request, cognito_user_pools`);
        continue;
      }
      reportOthers(auth, [...at, 'x-amazon-apigateway-authorizer'], out, AUTHORIZER_KNOWN, {}, 'not an x-amazon-apigateway-authorizer property the simulator models');
      const a: Obj = { type };
      const source = get(auth, 'identitySource');
      const header = get(s, 'name');
      // identitySource "applies only to authorizers of the request and jwt type": a TOKEN or Cognito
      // authorizer reads the header (or query string) the security scheme names.
      if (type === 'REQUEST') {
        if (typeof source === 'string') a.identitySource = source;
      } else {
        if (typeof header === 'string') a.identitySource = `method.request.${get(s, 'in') === 'query' ? 'querystring' : 'header'}.${header}`;
        if (source !== undefined)
          out.ignore([...at, 'x-amazon-apigateway-authorizer', 'identitySource'], `only REQUEST authorizers read identitySource: this ${type} authorizer reads the ${String(get(s, 'in') ?? 'header')} the security scheme names ("${String(header)}")`);
      }
      const expr = get(auth, 'identityValidationExpression');
      if (typeof expr === 'string') a.identityValidationExpression = expr;
      const ttl = get(auth, 'authorizerResultTtlInSeconds');
      if (typeof ttl === 'number') a.resultTtlSeconds = ttl;
      Object.defineProperty(authorizers, name, { value: a, enumerable: true, writable: true, configurable: true });
      map.set(name, { kind: 'authorizer', type });
    } else if (authType === 'awssigv4') map.set(name, { kind: 'iam' });
    else if (get(s, 'type') === 'apiKey' && String(get(s, 'name')).toLowerCase() === 'x-api-key' && get(s, 'in') === 'header') map.set(name, { kind: 'apiKey' });
    else {
      out.ignore(at, `a security scheme of type ${JSON.stringify(get(s, 'type'))} without API Gateway's extensions: API Gateway does not enforce it, and neither does the simulator`);
      map.set(name, { kind: 'ignored' });
    }
  }
  return { schemes: map, authorizers };
}

export interface MethodAuth {
  authorization: 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';
  authorizer?: string;
  apiKeyRequired: boolean;
}

/**
 * An operation's `security`: a list of requirement objects. get-export writes each scheme in an
 * object of its own ([{"api_key": []}, {"MyAuthorizer": []}]) and API Gateway applies all of them,
 * so every name in every object counts.
 */
export function importSecurity(v: unknown, path: Key[], schemes: Map<string, Scheme>, out: Reports): MethodAuth {
  const auth: MethodAuth = { authorization: 'NONE', apiKeyRequired: false };
  if (v === undefined) return auth;
  if (!Array.isArray(v)) {
    out.error(path, 'security must be a list of requirement objects');
    return auth;
  }
  v.forEach((req, i) => {
    if (!isObject(req)) return out.error([...path, i], 'a security requirement must be an object');
    for (const [name, scopes] of Object.entries(req)) {
      const at = [...path, i, name];
      const s = schemes.get(name);
      if (!s) {
        out.error(at, `no security scheme named "${name}"`);
        continue;
      }
      if (Array.isArray(scopes) && scopes.length > 0) out.ignore(at, 'authorization scopes are not checked by the simulator: a token the side file allows passes whatever its scopes');
      if (s.kind === 'apiKey') auth.apiKeyRequired = true;
      else if (s.kind === 'ignored') continue;
      else if (auth.authorization !== 'NONE') out.ignore(at, `a method has one authorizer: this one is ignored, ${auth.authorizer ?? 'IAM'} applies`);
      else if (s.kind === 'iam') auth.authorization = 'AWS_IAM';
      else {
        auth.authorization = s.type === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM';
        auth.authorizer = name;
      }
    }
  });
  return auth;
}

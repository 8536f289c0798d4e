/**
 * $context of a REST API request, for templates, mappings and gateway responses.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
 * requestTimeEpoch is virtual time; requestId is derived from it (deterministic runs); the API id,
 * account and resource id are made-up stand-ins.
 */
import type { Ctx } from './context.js';
import type { RequestView } from './templates/variables.js';

export const API_ID = 'a1b2c3d4e5';
export const ACCOUNT_ID = '123456789012';

export function requestId(now: number): string {
  const hex = Math.floor(now).toString(16).padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${hex}`;
}

export function requestView(c: Ctx): RequestView {
  return { pathParams: c.pathParams, query: c.req.query, headers: c.req.headers };
}

export function contextObject(c: Ctx): Record<string, unknown> {
  const stage = c.api.cfg.stage.name;
  const resourcePath = c.route?.cfg.path ?? c.req.path;
  const out: Record<string, unknown> = {
    accountId: ACCOUNT_ID,
    apiId: API_ID,
    domainName: `${API_ID}.execute-api.us-east-1.amazonaws.com`,
    httpMethod: c.req.method,
    path: `/${stage}${c.req.path}`,
    protocol: 'HTTP/1.1',
    requestId: requestId(c.now),
    requestTimeEpoch: c.now,
    resourceId: 'abc123',
    resourcePath,
    stage,
    identity: { sourceIp: c.req.sourceIp, userAgent: c.req.headers['user-agent'] ?? '', apiKey: c.key?.cfg.value ?? '' },
    authorizer: c.authorizer ? { ...c.authorizer } : {},
  };
  if (c.gwType !== null || c.message !== null) {
    out['error'] = {
      message: c.message ?? '',
      // "the quoted value of $context.error.message, namely "$context.error.message"" (null stays null)
      messageString: JSON.stringify(c.message),
      responseType: c.gwType ?? '',
    };
  }
  return out;
}

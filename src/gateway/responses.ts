/**
 * Gateway responses: what API Gateway itself answers when a stage stops a request.
 * Status codes: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 * Default body `{"message":$context.error.messageString}` and the x-amzn-ErrorType values are
 * cross-checked against LocalStack's gateway_response.py and its AWS-recorded snapshots
 * (see ../shared/gateway-reference.md §2).
 */
import type { GatewayResponse } from './model.js';

export interface GatewayResponseType {
  /** The gateway response type name, e.g. THROTTLED. */
  type: string;
  status: number;
  /** Value of x-amzn-ErrorType; null when it is not documented. */
  errorType: string | null;
  /** Default message text; null when AWS sends `{"message": null}`. */
  message: string | null;
}

const t = (type: string, status: number, errorType: string | null, message: string | null): GatewayResponseType => ({
  type,
  status,
  errorType,
  message,
});

export const RESPONSE_TYPES = {
  // https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden (unknown path or method -> 403, not 404)
  MISSING_AUTHENTICATION_TOKEN: t('MISSING_AUTHENTICATION_TOKEN', 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token'),
  // https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden ; body key is capital "Message"
  ACCESS_DENIED: t('ACCESS_DENIED', 403, 'AccessDeniedException', 'User is not authorized to access this resource'),
  // https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden (signature mismatch)
  INVALID_SIGNATURE: t(
    'INVALID_SIGNATURE',
    403,
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  ),
  // https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer
  UNAUTHORIZED: t('UNAUTHORIZED', 401, 'UnauthorizedException', 'Unauthorized'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (500, message null)
  AUTHORIZER_CONFIGURATION_ERROR: t('AUTHORIZER_CONFIGURATION_ERROR', 500, 'AuthorizerConfigurationException', null),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html
  INVALID_API_KEY: t('INVALID_API_KEY', 403, 'ForbiddenException', 'Forbidden'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
  THROTTLED: t('THROTTLED', 429, 'TooManyRequestsException', 'Too Many Requests'),
  // https://repost.aws/knowledge-center/api-gateway-429-limit
  QUOTA_EXCEEDED: t('QUOTA_EXCEEDED', 429, 'LimitExceededException', 'Limit Exceeded'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
  BAD_REQUEST_PARAMETERS: t('BAD_REQUEST_PARAMETERS', 400, 'BadRequestException', 'Missing required request parameters: []'),
  BAD_REQUEST_BODY: t('BAD_REQUEST_BODY', 400, 'BadRequestException', 'Invalid request body'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (INTEGRATION_TIMEOUT 504)
  INTEGRATION_TIMEOUT: t('INTEGRATION_TIMEOUT', 504, 'InternalServerErrorException', 'Endpoint request timed out'),
  // INTEGRATION_FAILURE: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
  // lists 504; LocalStack (gateway_response.py) and SCENARIOS.md use 500 for a connection failure. The trace says so.
  INTEGRATION_FAILURE: t('INTEGRATION_FAILURE', 500, 'InternalServerErrorException', 'Internal server error'),
  // Configuration errors found at run time (no integration response matches, an undeclared method
  // response status, a failing template): 500, recorded as {"message": "Internal server error"}
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
  API_CONFIGURATION_ERROR: t('API_CONFIGURATION_ERROR', 500, 'InternalServerErrorException', 'Internal server error'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html (415);
  // message and x-amzn-ErrorType as in LocalStack (not documented)
  UNSUPPORTED_MEDIA_TYPE: t('UNSUPPORTED_MEDIA_TYPE', 415, 'BadRequestException', 'Unsupported Media Type'),
  // Lambda proxy: function error or malformed output -> 502 "Internal server error"
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
  BAD_GATEWAY: t('DEFAULT_5XX', 502, 'InternalServerErrorException', 'Internal server error'),
} as const;

/** 10 MB payload limit: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html */
export const MAX_PAYLOAD_BYTES = 10_485_760;
/** Observed plain-text answer for a body over 10 MB (gateway-reference.md §2, REQUEST_TOO_LARGE). */
export const PAYLOAD_TOO_LARGE_TEXT = 'HTTP content length exceeded 10485760 bytes.';

const responseCache = new Map<string, GatewayResponse>();
const defaults = new Map<GatewayResponseType, GatewayResponse>();

/**
 * The response for a gateway response type. `bodyKey` is "Message" (capital M) for
 * authorizer and policy denies, "message" otherwise (gateway-reference.md §9).
 * Responses are shared and frozen: never mutate one.
 */
export function gatewayResponse(
  def: GatewayResponseType,
  message: string | null = def.message,
  bodyKey: 'message' | 'Message' = 'message',
): GatewayResponse {
  if (message === def.message && bodyKey === 'message') {
    const d = defaults.get(def);
    if (d) return d;
  }
  const id = def.type + '\u0000' + bodyKey + '\u0000' + String(message);
  const hit = responseCache.get(id);
  if (hit) return hit;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (def.errorType !== null) headers['x-amzn-ErrorType'] = def.errorType;
  const res = Object.freeze({ status: def.status, headers: Object.freeze(headers), body: JSON.stringify({ [bodyKey]: message }) });
  if (message === def.message && bodyKey === 'message') defaults.set(def, res);
  else if (responseCache.size < 10_000) responseCache.set(id, res);
  return res;
}

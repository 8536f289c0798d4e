/**
 * Customised gateway responses (x-amazon-apigateway-gateway-responses): the type's own entry, else
 * DEFAULT_4XX / DEFAULT_5XX, else AWS's default. An own entry replaces the default entry (no merging);
 * a DEFAULT_* statusCode moves every type of its class that has no entry of its own.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 * Shared by every API type: it works on a response and the values a template may read.
 */
import { mappingValue, type MappingSources } from './mapping.js';
import type { GatewayResponse, GatewayResponseConfig } from './model.js';
import { responseTemplateKey } from './templates/select.js';
import { substitute } from './templates/substitute.js';

export const GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED',
  'API_CONFIGURATION_ERROR',
  'AUTHORIZER_CONFIGURATION_ERROR',
  'AUTHORIZER_FAILURE',
  'BAD_REQUEST_PARAMETERS',
  'BAD_REQUEST_BODY',
  'DEFAULT_4XX',
  'DEFAULT_5XX',
  'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT',
  'INVALID_API_KEY',
  'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN',
  'QUOTA_EXCEEDED',
  'REQUEST_TOO_LARGE',
  'RESOURCE_NOT_FOUND',
  'THROTTLED',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'WAF_FILTERED',
] as const;

export interface Customised {
  response: GatewayResponse;
  /** The entry that applied: the type itself or DEFAULT_4XX / DEFAULT_5XX. */
  entry: string;
  addedHeaders: string[];
  note: string;
}

/** The customised response, or null when no entry applies (AWS's default stays). */
export function customiseGatewayResponse(
  type: string,
  res: GatewayResponse,
  entries: Record<string, GatewayResponseConfig>,
  sources: MappingSources,
  accept: string | undefined,
): Customised | null {
  const cls = res.status >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
  const own = entries[type];
  const entryName = own ? type : entries[cls] ? cls : null;
  if (entryName === null) return null;
  const entry = (own ?? entries[cls])!;
  const status = entry.statusCode !== undefined ? Number(entry.statusCode) : res.status;
  const headers: Record<string, string> = { ...res.headers };
  const addedHeaders: string[] = [];
  for (const [key, expr] of Object.entries(entry.responseParameters ?? {})) {
    const name = key.slice('gatewayresponse.header.'.length);
    const value = mappingValue(expr, sources);
    if (value === undefined) continue;
    headers[name] = value;
    addedHeaders.push(name);
  }
  const tkey = responseTemplateKey(entry.responseTemplates, accept);
  const body = tkey === null ? res.body : substitute(entry.responseTemplates![tkey]!, sources.context, sources.stageVariables, sources.req);
  let note = 'The documentation does not say whether x-amzn-ErrorType changes when a gateway response is customised; the simulator keeps it.';
  if (type === 'UNAUTHORIZED' && !own)
    note += ' It is also silent on whether UNAUTHORIZED falls back to DEFAULT_4XX (its row lacks the sentence the other 4XX types carry); the simulator applies it.';
  return { response: { status, headers, body }, entry: entryName, addedHeaders, note };
}

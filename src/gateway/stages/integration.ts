/**
 * Stage 9, the integration call: MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY, with latency and timeout.
 * Timeout 50 ms - 29 s (default 29 s): https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
 * Timeout -> 504 "Endpoint request timed out": https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
import type { Ctx } from '../context.js';
import { integrationMethod } from '../integrationRequestParts.js';
import { RESPONSE_TYPES, gatewayResponse } from '../responses.js';

const LAMBDA_ERROR_BODY = '{"errorMessage":"the function failed","errorType":"Error"}';
const LAMBDA_ERROR_MAPPED = Object.freeze({
  status: 200,
  headers: Object.freeze({ 'content-type': 'application/json' }),
  body: LAMBDA_ERROR_BODY,
});

export function integrationStage(c: Ctx): boolean {
  if (c.cache === 'HIT') {
    if (c.trace) c.add('integration', 'skip', 'served from the cache: the backend is not called');
    return true;
  }
  const i = c.route!.cfg.integration;
  const data: Record<string, unknown> = { type: i.type, latencyMs: i.latencyMs, timeoutMs: i.timeoutMs, backendStatus: i.status };
  if (i.type === 'AWS_PROXY' && integrationMethod(c) !== 'POST') {
    // Lambda is invoked with POST; any other integration method fails with 500 (recorded against AWS,
    // gateway-reference.md §7). Customising INTEGRATION_FAILURE does not change it (recorded), so
    // the response is not customisable here.
    if (c.trace)
      c.add('integration', 'stop', `AWS_PROXY with integration method ${integrationMethod(c)}: Lambda is only invoked with POST, so 500 Internal server error`, data);
    c.stopWith('integration', gatewayResponse(RESPONSE_TYPES.API_CONFIGURATION_ERROR), 'InternalServerErrorException', 'Internal server error');
    return false;
  }
  c.integrationCalled = true;
  if (i.fail === 'timeout' || i.latencyMs > i.timeoutMs) {
    if (c.trace) c.add('integration', 'stop', `no answer within the ${i.timeoutMs} ms integration timeout: 504`, data);
    return c.stop('integration', RESPONSE_TYPES.INTEGRATION_TIMEOUT);
  }
  if (i.fail === 'unreachable') {
    if (c.trace)
      c.add(
        'integration',
        'stop',
        'connection to the backend failed: 500 Internal server error',
        data,
        'Sources disagree here: the gateway-response page lists INTEGRATION_FAILURE as 504, LocalStack answers 500, and so does the simulator.',
      );
    return c.stop('integration', RESPONSE_TYPES.INTEGRATION_FAILURE);
  }
  c.backendStatus = i.status;
  c.backendHeaders = i.headers ?? null;
  if (i.fail === 'error') {
    if (i.type === 'AWS_PROXY') {
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
      if (c.trace) c.add('integration', 'stop', 'the Lambda function failed (proxy integration): 502 Internal server error', data);
      return c.stop('integration', RESPONSE_TYPES.BAD_GATEWAY);
    }
    // Non-proxy Lambda: an error no integration response's selection pattern matches goes through
    // the default integration response, i.e. 200 with the error object as the body.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
    if (c.route!.v2?.responses) {
      // Version 2: the integration response stage matches errorMessage against the selection patterns.
      c.lambdaError = i.errorMessage ?? 'the function failed';
      c.integrationResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: lambdaErrorBody(c.lambdaError) };
      if (c.trace) c.add('integration', 'pass', `the Lambda function failed with errorMessage "${c.lambdaError}"`, { ...data, errorMessage: c.lambdaError });
      return true;
    }
    c.integrationResponse = i.errorMessage === undefined ? LAMBDA_ERROR_MAPPED : { ...LAMBDA_ERROR_MAPPED, body: lambdaErrorBody(i.errorMessage) };
    if (c.trace)
      c.add(
        'integration',
        'pass',
        'the Lambda function failed, but no integration response maps its error, so the default one answers 200 with the error body',
        data,
      );
    return true;
  }
  if (i.proxyResult !== undefined) {
    // The function's own output; the response stage checks it as API Gateway does.
    c.integrationResponse = c.route!.successResponse;
    if (c.trace) c.add('integration', 'pass', `the Lambda function returned after ${i.latencyMs} ms; its output is checked at the response stage`, { ...data, proxyResult: i.proxyResult });
    return true;
  }
  c.integrationResponse = c.route!.v2 ? { status: i.status, headers: { 'content-type': 'application/json', ...lower(i.headers) }, body: i.body } : c.route!.successResponse;
  if (c.route!.v2 && i.type !== 'MOCK' && c.trace) {
    c.add('integration', 'pass', `backend answered ${i.status} after ${i.latencyMs} ms`, { ...data, headers: { ...c.integrationResponse.headers }, body: i.body });
    return true;
  }
  if (c.trace) {
    const what =
      i.type === 'MOCK'
        ? 'MOCK integration: API Gateway answers itself, no backend'
        : i.type === 'HTTP' || i.type === 'AWS'
          ? `backend answered ${i.status} after ${i.latencyMs} ms; non-proxy integration: the default integration response maps it to 200`
          : `backend answered ${i.status} after ${i.latencyMs} ms (proxy: passed through)`;
    c.add('integration', 'pass', what, data);
  }
  return true;
}

/** The error object a failed Lambda function returns: https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html */
export function lambdaErrorBody(message: string): string {
  return JSON.stringify({ errorMessage: message, errorType: 'Error', stackTrace: [] });
}

function lower(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = v;
  return out;
}

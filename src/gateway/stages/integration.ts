/**
 * Stage 9, the integration call: MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY, with latency and timeout.
 * Timeout 50 ms - 29 s (default 29 s): https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html
 * Timeout -> 504 "Endpoint request timed out": https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
import type { Ctx } from '../context.js';
import { RESPONSE_TYPES } from '../responses.js';

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
  const data = { type: i.type, latencyMs: i.latencyMs, timeoutMs: i.timeoutMs, backendStatus: i.status };
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
        'connection to the backend failed: the gateway-response docs list INTEGRATION_FAILURE as 504, LocalStack and the simulator answer 500',
        data,
      );
    return c.stop('integration', RESPONSE_TYPES.INTEGRATION_FAILURE);
  }
  if (i.fail === 'error') {
    if (i.type === 'AWS_PROXY') {
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
      if (c.trace) c.add('integration', 'stop', 'the Lambda function failed (proxy integration): 502 Internal server error', data);
      return c.stop('integration', RESPONSE_TYPES.BAD_GATEWAY);
    }
    // Non-proxy Lambda: an error no integration response's selection pattern matches goes through
    // the default integration response, i.e. 200 with the error object as the body.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
    c.integrationResponse = LAMBDA_ERROR_MAPPED;
    if (c.trace)
      c.add(
        'integration',
        'pass',
        'the Lambda function failed, but no integration response maps its error, so the default one answers 200 with the error body',
        data,
      );
    return true;
  }
  c.integrationResponse = c.route!.successResponse;
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

/**
 * Stage: method response. The status chosen by the integration response must be one the method
 * declares (else 500 at run time, as AWS does); the headers sent are the mapped, declared ones.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
 */
import type { Ctx } from '../context.js';
import { isProxy } from '../integrationRequestParts.js';
import { RESPONSE_TYPES } from '../responses.js';

export function methodResponseStage(c: Ctx): boolean {
  if (c.cache === 'HIT') {
    if (c.trace) c.add('methodResponse', 'skip', 'served from the cache: the stored response is sent as it is');
    return true;
  }
  const route = c.route!;
  const i = route.cfg.integration;
  if (isProxy(i.type)) {
    if (c.trace) c.add('methodResponse', 'skip', `${i.type}: method responses do not apply to proxy integrations`);
    return true;
  }
  const res = c.integrationResponse!;
  const v2 = route.v2;
  if (!v2 || !v2.responses) {
    // No integration responses configured: the implicit default one answers, and its status counts as declared.
    if (c.trace) c.add('methodResponse', 'pass', `status ${res.status} sent with headers ${Object.keys(res.headers).join(', ')}`, { status: res.status, headers: { ...res.headers } });
    return true;
  }
  const declared = v2.methodResponses[String(res.status)];
  if (!declared) {
    if (c.trace)
      c.add(
        'methodResponse',
        'stop',
        `the integration response chose status ${res.status}, which the method does not declare (declared: ${Object.keys(v2.methodResponses).join(', ')}): 500 Internal server error`,
        { status: res.status, declared: Object.keys(v2.methodResponses) },
      );
    return c.stop('methodResponse', RESPONSE_TYPES.API_CONFIGURATION_ERROR);
  }
  if (c.trace)
    c.add('methodResponse', 'pass', `method response ${res.status} sent with headers ${Object.keys(res.headers).join(', ')}`, {
      status: res.status,
      declaredHeaders: declared.headers,
      headers: { ...res.headers },
    });
  return true;
}

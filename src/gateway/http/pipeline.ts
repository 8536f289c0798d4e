/**
 * The HTTP API request lifecycle: its own ordered list of stages over the shared primitives
 * (token buckets, virtual clock, trace, browser CORS check), not `if (apiType)` in the REST stages.
 * Order: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
 * (route first), http-api-cors.html (a route that catches OPTIONS authorizes it before CORS
 * answers), http-api-throttling.html. Where authorization and throttling fall relative to each
 * other the documentation is silent; the simulator keeps REST's order (auth, then throttle).
 */
import { HttpCtx } from './context.js';
import type { HttpApi, HttpRequest, HttpResult, HttpStageName, HttpState, HttpTraceEntry } from './model.js';
import { httpAuthStage } from './stages/auth.js';
import { httpCorsStage } from './stages/cors.js';
import { httpIntegrationRequestStage, httpIntegrationStage } from './stages/integration.js';
import { httpResponseStage } from './stages/response.js';
import { httpRouteStage } from './stages/route.js';
import { httpApiKeyStage, httpCacheStage, httpThrottleStage } from './stages/throttle.js';

type StageFn = (c: HttpCtx) => boolean;

export const HTTP_PIPELINE: ReadonlyArray<readonly [HttpStageName, StageFn]> = [
  ['route', httpRouteStage],
  ['auth', httpAuthStage],
  ['cors', httpCorsStage],
  ['apiKey', httpApiKeyStage],
  ['throttle', httpThrottleStage],
  ['cache', httpCacheStage],
  ['integrationRequest', httpIntegrationRequestStage],
  ['integration', httpIntegrationStage],
  ['response', httpResponseStage],
];

const FNS = HTTP_PIPELINE.map(([, f]) => f);
const NO_TRACE: HttpTraceEntry[] = [];

export interface HttpSimulateOptions {
  trace?: boolean;
  cardsFor?: (stage: string) => string[];
}

/** Runs one request through an HTTP API at virtual time NOW. Mutates STATE. */
export function simulateHttp(api: HttpApi, req: HttpRequest, state: HttpState, now: number, options?: HttpSimulateOptions): HttpResult {
  const c = new HttpCtx(api, req, state, now, options?.trace !== false, options?.cardsFor);
  for (let i = 0; i < FNS.length; i++) if (!FNS[i]!(c)) break;
  return {
    response: c.response!,
    trace: c.trace ?? NO_TRACE,
    stoppedAt: c.stoppedAt,
    errorType: null,
    message: c.preflightAnswered ? null : c.message,
    integrationCalled: c.integrationCalled,
    integrationRequest: c.integrationRequest,
    routeKey: c.route?.routeKey ?? null,
  };
}

/**
 * The request lifecycle: the ordered stages and `simulate()`.
 * Order (see ../shared/gateway-reference.md §1 for the evidence):
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html (policy, then authorizer)
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html (throttle order)
 */
import { compile } from './compile.js';
import { Ctx } from './context.js';
import { corsVerdict } from './cors.js';
import { customiseGatewayResponse } from './gatewayResponses.js';
import { sourcesOf } from './integrationRequestParts.js';
import type { GatewayConfig, GatewayRequest, GatewayState, SimulateOptions, SimulateResult, StageName, TraceEntry } from './model.js';
import { apiKeyStage } from './stages/apiKey.js';
import { authStage } from './stages/auth.js';
import { cacheStage } from './stages/cache.js';
import { integrationStage } from './stages/integration.js';
import { integrationRequestStage } from './stages/integrationRequest.js';
import { integrationResponseStage } from './stages/integrationResponse.js';
import { methodResponseStage } from './stages/methodResponse.js';
import { quotaStage } from './stages/quota.js';
import { resourcePolicyStage } from './stages/resourcePolicy.js';
import { responseStage } from './stages/response.js';
import { routeStage } from './stages/route.js';
import { throttleStage } from './stages/throttle.js';
import { validationStage } from './stages/validation.js';

export type StageFn = (c: Ctx) => boolean;

/** The stages in lifecycle order; each returns false when it stopped the request. */
export const PIPELINE: ReadonlyArray<readonly [StageName, StageFn]> = [
  ['route', routeStage],
  ['resourcePolicy', resourcePolicyStage],
  ['auth', authStage],
  ['apiKey', apiKeyStage],
  ['throttle', throttleStage],
  ['quota', quotaStage],
  ['validation', validationStage],
  ['cache', cacheStage],
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-develop.html (method request ->
  // integration request -> integration -> integration response -> method response)
  ['integrationRequest', integrationRequestStage],
  ['integration', integrationStage],
  ['integrationResponse', integrationResponseStage],
  ['methodResponse', methodResponseStage],
  ['response', responseStage],
];

const FNS: StageFn[] = PIPELINE.map(([, f]) => f);
const NO_TRACE: TraceEntry[] = Object.freeze([]) as unknown as TraceEntry[];

/**
 * Runs one request through the gateway at virtual time `nowMs`.
 * Deterministic: the same config, request, state contents and time give the same result.
 * The state is MUTATED and returned (the same object): keep one state per run.
 * `options.trace === false` skips building the trace (the fast path).
 */
export function simulate(
  config: GatewayConfig,
  request: GatewayRequest,
  state: GatewayState,
  nowMs: number,
  options?: SimulateOptions,
): SimulateResult {
  const traced = options?.trace !== false;
  const c = new Ctx(compile(config), request, state, nowMs, traced, options?.cardsFor);
  for (let i = 0; i < FNS.length; i++) if (!FNS[i]!(c)) break;
  const entries = c.api.cfg.api.gatewayResponses;
  if (entries !== undefined && c.gwType !== null) applyGatewayResponses(c, entries);
  return {
    response: c.response!,
    trace: c.trace ?? NO_TRACE,
    state,
    stoppedAt: c.stoppedAt,
    errorType: c.errorType,
    message: c.message,
    cache: c.cache,
    integrationCalled: c.integrationCalled,
    integrationRequest: c.integrationCalled ? c.integrationRequest : null,
    cors: traced
      ? corsVerdict(request, c.response!, { stoppedAt: c.stoppedAt, integrationType: c.route?.cfg.integration.type ?? null })
      : null,
  };
}

/** Customised gateway responses replace AWS's default answer (gatewayResponses.ts). */
function applyGatewayResponses(c: Ctx, entries: NonNullable<GatewayConfig['api']['gatewayResponses']>): void {
  const done = customiseGatewayResponse(c.gwType!, c.response!, entries, sourcesOf(c), c.req.headers['accept']);
  if (!done) return;
  c.response = done.response;
  const last = c.trace?.[c.trace.length - 1];
  if (!last) return;
  last.reason += `; gatewayResponses.${done.entry} makes it ${done.response.status}` + (done.addedHeaders.length > 0 ? ` with ${done.addedHeaders.join(', ')}` : '');
  last.data = { ...last.data, gatewayResponse: { type: c.gwType, entry: done.entry, status: done.response.status, headers: { ...done.response.headers }, body: done.response.body } };
  last.note = last.note ? `${last.note} ${done.note}` : done.note;
}

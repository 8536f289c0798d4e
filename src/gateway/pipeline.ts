/**
 * The request lifecycle: the ordered stages and `simulate()`.
 * Order (see ../shared/gateway-reference.md §1 for the evidence):
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html (policy, then authorizer)
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html (throttle order)
 */
import { compile } from './compile.js';
import { Ctx } from './context.js';
import type { GatewayConfig, GatewayRequest, GatewayState, SimulateOptions, SimulateResult, StageName, TraceEntry } from './model.js';
import { apiKeyStage } from './stages/apiKey.js';
import { authStage } from './stages/auth.js';
import { cacheStage } from './stages/cache.js';
import { integrationStage } from './stages/integration.js';
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
  ['integration', integrationStage],
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
  return {
    response: c.response!,
    trace: c.trace ?? NO_TRACE,
    state,
    stoppedAt: c.stoppedAt,
    errorType: c.errorType,
    message: c.message,
    cache: c.cache,
    integrationCalled: c.integrationCalled,
  };
}

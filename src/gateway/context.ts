/** The per-request working state every stage reads and writes (one object per request). */
import { dict } from './ownKeys.js';
import type { CompiledApi, CompiledKey, CompiledRoute } from './compile.js';
import type {
  CacheStatus,
  IntegrationRequestOut,
  GatewayRequest,
  GatewayResponse,
  GatewayState,
  Outcome,
  StageName,
  TraceEntry,
} from './model.js';
import { gatewayResponse, type GatewayResponseType } from './responses.js';

const NO_PARAMS: Record<string, string> = Object.freeze(dict<string>());

export class Ctx {
  route: CompiledRoute | null = null;
  pathParams: Record<string, string> = NO_PARAMS;
  /** usageIdentifierKey returned by a Lambda authorizer that allowed the request. */
  usageIdentifierKey: string | undefined = undefined;
  /** The resource policy explicitly allowed this request. */
  policyAllowed = false;
  /** The resource-policy Deny statement that matched, when its evaluation waits for IAM / Cognito authentication. */
  policyDenied: string | null = null;
  key: CompiledKey | null = null;
  cache: CacheStatus = 'OFF';
  cacheKey: string | null = null;
  /** Add the "Cache-Control ignored" warning header to the final response. */
  cacheWarning = false;
  integrationCalled = false;
  /** $context.authorizer: principalId and the authorizer's context, as strings. */
  authorizer: Record<string, string> | null = null;
  /** Gateway response type of the stop (for gatewayResponses customisation); null = not customisable. */
  gwType: string | null = null;
  /** What the backend receives (built by the integrationRequest stage). */
  integrationRequest: IntegrationRequestOut | null = null;
  /** The backend's raw answer before integration responses (non-proxy), for the trace. */
  backendStatus = 0;
  backendHeaders: Record<string, string> | null = null;
  /** Lambda custom integration error message matched by selection patterns. */
  lambdaError: string | null = null;
  /** The backend's answer, before the response stage shapes it. */
  integrationResponse: GatewayResponse | null = null;
  response: GatewayResponse | null = null;
  stoppedAt: StageName | null = null;
  errorType: string | null = null;
  message: string | null = null;
  readonly trace: TraceEntry[] | null;

  constructor(
    readonly api: CompiledApi,
    readonly req: GatewayRequest,
    readonly state: GatewayState,
    readonly now: number,
    traced: boolean,
    readonly cardsFor: ((stage: StageName) => string[]) | undefined,
  ) {
    this.trace = traced ? [] : null;
  }

  /** Records a trace entry (call only when `this.trace` is non-null). */
  add(stage: StageName, outcome: Outcome, reason: string, data: Record<string, unknown> = {}, note?: string): void {
    const e: TraceEntry = { stage, outcome, reason, data, cards: this.cardsFor ? this.cardsFor(stage).slice() : [] };
    if (note !== undefined) e.note = note;
    this.trace!.push(e);
  }

  /** Stops the request with a gateway response. Always returns false (so a stage can `return c.stop(...)`). */
  stop(
    stage: StageName,
    def: GatewayResponseType,
    message: string | null = def.message,
    bodyKey: 'message' | 'Message' = 'message',
  ): false {
    this.response = gatewayResponse(def, message, bodyKey);
    this.gwType = def.type;
    this.stoppedAt = stage;
    this.errorType = def.errorType;
    this.message = message;
    return false;
  }

  /** Stops with a response that is not a documented gateway response (stand-ins, plain text). */
  stopWith(stage: StageName, response: GatewayResponse, errorType: string | null, message: string | null): false {
    this.response = response;
    this.stoppedAt = stage;
    this.errorType = errorType;
    this.message = message;
    return false;
  }
}

/** A placeholder execute-api ARN for messages (region, account and API id are made up). */
export function methodArn(c: Ctx): string {
  return `arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/${c.api.cfg.stage.name}/${c.req.method}${c.req.path}`;
}

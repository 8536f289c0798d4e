/** The per-request working state of the HTTP API pipeline. */
import type { GatewayResponse, Outcome } from '../model.js';
import type { HttpApi, HttpRequest, HttpRoute, HttpStageName, HttpState, HttpTraceEntry, IntegrationRequestView } from './model.js';

export class HttpCtx {
  route: HttpRoute | null = null;
  pathParams: Record<string, string> = {};
  /** The request path without the stage prefix. */
  path = '';
  /** $context.authorizer values (JWT claims and scopes, or a Lambda authorizer's context). */
  authorizer: Record<string, unknown> = {};
  integrationCalled = false;
  integrationRequest: IntegrationRequestView | null = null;
  /** The backend's answer before the response stage shapes it. */
  backend: GatewayResponse | null = null;
  response: GatewayResponse | null = null;
  stoppedAt: HttpStageName | null = null;
  message: string | null = null;
  /** The preflight was answered by API Gateway's CORS configuration. */
  preflightAnswered = false;
  private readonly requestNumber: number;
  readonly trace: HttpTraceEntry[] | null;

  constructor(
    readonly api: HttpApi,
    readonly req: HttpRequest,
    readonly state: HttpState,
    readonly now: number,
    traced: boolean,
    readonly cardsFor: ((stage: string) => string[]) | undefined,
  ) {
    this.trace = traced ? [] : null;
    this.requestNumber = ++state.requestCount;
  }

  /** A deterministic stand-in for API Gateway's request id (apigw-requestid). */
  get requestId(): string {
    return 'req-' + this.requestNumber;
  }

  add(stage: HttpStageName, outcome: Outcome, reason: string, data: Record<string, unknown> = {}, note?: string): void {
    const e: HttpTraceEntry = { stage, outcome, reason, data, cards: this.cardsFor ? this.cardsFor(stage).slice() : [] };
    if (note !== undefined) e.note = note;
    this.trace!.push(e);
  }

  /**
   * Stops with API Gateway's own JSON answer. HTTP APIs send `{"message": "..."}` and an
   * apigw-requestid header, no x-amzn-ErrorType (as recorded in
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html).
   */
  stop(stage: HttpStageName, status: number, message: string, headers: Record<string, string> = {}): false {
    this.response = {
      status,
      headers: { 'content-type': 'application/json', 'apigw-requestid': this.requestId, ...headers },
      body: JSON.stringify({ message }),
    };
    this.stoppedAt = stage;
    this.message = message;
    return false;
  }
}

/** A header of the request (names are lower case in requests). */
export function reqHeader(c: HttpCtx, name: string): string | undefined {
  const k = name.toLowerCase();
  return Object.hasOwn(c.req.headers, k) ? c.req.headers[k] : undefined;
}

/**
 * What a client gets and why, worded as specifically for a wrong choice as for the right one:
 * "403 Forbidden from the resource policy: an explicit deny for the caller's IP" next to
 * "429 Too Many Requests from the throttle: its token bucket is empty", never a bare "429".
 * The right one is looked up from the engine's result (stage, error type, status); the rest
 * are real outcomes of other stages and settings. Texts are kept about the same length, so
 * length gives nothing away (see content/choiceBalance.ts).
 * Statuses and error types: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
import type { SimulateResult, StageName } from '../model.js';
import { statusText } from './wording.js';

export type AuthKind = 'CUSTOM' | 'AWS_IAM' | 'NONE';

export interface Outcome {
  status: number;
  /** The stage that stops the request; null: it reaches the backend. */
  stage: StageName | null;
  errorType: string | null;
  /** For auth outcomes: which kind of authorization gives it. */
  auth?: AuthKind;
  because: string;
}

const o = (status: number, stage: StageName | null, errorType: string | null, because: string, auth?: AuthKind): Outcome => ({
  status,
  stage,
  errorType,
  because,
  ...(auth ? { auth } : {}),
});

export const OUTCOMES: readonly Outcome[] = [
  o(200, null, null, 'every check passes and the integration answers'),
  // unknown path or method: 403, not 404 (https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden)
  o(403, 'route', 'MissingAuthenticationTokenException', 'no method matches this path and verb'),
  o(404, 'route', null, 'no resource matches the path of the request'),
  o(403, 'resourcePolicy', 'AccessDeniedException', "the resource policy denies the caller's IP"),
  o(401, 'auth', 'UnauthorizedException', 'the authorizer finds no token it accepts', 'CUSTOM'),
  o(403, 'auth', 'AccessDeniedException', 'the authorizer returns a Deny policy', 'CUSTOM'),
  o(500, 'auth', 'AuthorizerConfigurationException', 'the authorizer function fails to run', 'CUSTOM'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html
  o(403, 'auth', 'MissingAuthenticationTokenException', 'IAM auth finds no SigV4 signature', 'AWS_IAM'),
  o(403, 'auth', 'InvalidSignatureException', 'IAM auth finds the signature does not match', 'AWS_IAM'),
  o(403, 'auth', 'AccessDeniedException', 'IAM auth finds no execute-api:Invoke allow', 'AWS_IAM'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html
  o(403, 'apiKey', 'ForbiddenException', 'the API key is missing or not in a plan'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
  o(429, 'throttle', 'TooManyRequestsException', 'the token bucket has no token left'),
  o(429, 'quota', 'LimitExceededException', "the usage plan's quota is used up"),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
  o(400, 'validation', 'BadRequestException', 'the validator finds a required value missing'),
  o(504, 'integration', 'InternalServerErrorException', 'the backend does not answer in time'),
  o(500, 'integration', 'InternalServerErrorException', 'the backend refuses the connection'),
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
  o(502, 'integration', 'InternalServerErrorException', 'the Lambda function throws an error'),
  o(502, 'response', 'InternalServerErrorException', 'the Lambda output is not a proxy response'),
];

export const FROM: Record<StageName, string> = {
  route: 'routing',
  resourcePolicy: 'the resource policy',
  auth: 'the auth stage',
  apiKey: 'the API key check',
  throttle: 'the throttle',
  quota: 'the quota check',
  validation: 'validation',
  cache: 'the cache',
  integrationRequest: 'the integration request',
  integration: 'the integration',
  integrationResponse: 'the integration response',
  methodResponse: 'the method response',
  response: 'the response stage',
};

/** "403 Forbidden from the resource policy: the resource policy denies the caller's IP". */
// a MOCK integration has no backend: "the integration" covers it and the proxies alike
export function outcomeText(x: Pick<Outcome, 'status' | 'stage' | 'because'>): string {
  return `${statusText(x.status)} ${x.stage === null ? 'from the integration' : `from ${FROM[x.stage]}`}: ${x.because}`;
}

/** The outcome the engine produced. A backend's own non-200 answer is passed through as it is. */
export function outcomeOf(result: SimulateResult, auth: AuthKind): Outcome {
  const { status } = result.response;
  const stage = result.stoppedAt;
  if (stage === null && status !== 200) return o(status, null, null, 'the proxy passes on what the backend said');
  const found = OUTCOMES.find((x) => x.stage === stage && x.status === status && x.errorType === result.errorType && (x.auth === undefined || x.auth === auth));
  return found ?? o(status, stage, result.errorType, result.errorType ?? 'the simulator stops it here');
}

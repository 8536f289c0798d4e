/**
 * Types of the HTTP API pipeline. The trace, state and result shapes are the REST ones
 * (model.ts) with the stage names of this API type.
 */
import type { Bucket, GatewayResponse, Outcome } from '../model.js';
import type { HttpAuthorizer, HttpCors, HttpIntegration } from './schema.js';

/** Stages of an HTTP API request, in order (docs/scenario-format.md, "HTTP APIs"). */
export const HTTP_STAGES = ['route', 'cors', 'auth', 'apiKey', 'throttle', 'cache', 'integrationRequest', 'integration', 'response'] as const;
export type HttpStageName = (typeof HTTP_STAGES)[number];

export interface HttpTraceEntry {
  stage: HttpStageName;
  outcome: Outcome;
  reason: string;
  data: Record<string, unknown>;
  cards: string[];
  /** Where the documentation is silent or a figure is recorded rather than documented, in plain words. */
  note?: string;
}

export interface Segment {
  kind: 'literal' | 'var' | 'greedy';
  /** The literal text, or the variable name. */
  value: string;
}

export interface HttpRoute {
  /** "$default" or "METHOD /path". */
  routeKey: string;
  method: string | null;
  path: string | null;
  segments: Segment[];
  authorization: 'NONE' | 'JWT' | 'CUSTOM' | 'AWS_IAM';
  authorizer: (HttpAuthorizer & { name: string }) | null;
  authorizationScopes: string[];
  throttle: { rateLimit: number; burstLimit: number } | null;
  integration: HttpIntegration;
  /** The key of this route's throttle bucket in the state. */
  bucketKey: string;
  hasResponseMappings: boolean;
  /** The backend's response headers with lower-case names. */
  backendHeaders: Record<string, string>;
}

export interface HttpApi {
  name: string;
  routes: HttpRoute[];
  defaultRoute: HttpRoute | null;
  cors: HttpCors | null;
  stage: { name: string; autoDeploy: boolean; throttle: { rateLimit: number; burstLimit: number } | null; variables: Record<string, string> };
  account: { rateLimit: number; burstLimit: number };
  disableExecuteApiEndpoint: boolean;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: string;
  bodyBytes?: number;
  sourceIp: string;
  iam: 'none' | 'signed-allowed' | 'signed-denied' | 'bad-signature';
}

export interface HttpAuthCacheEntry {
  expiresAt: number;
  allowed: boolean;
  context: Record<string, unknown>;
}

export interface HttpState {
  buckets: Map<string, Bucket>;
  authCache: Map<string, HttpAuthCacheEntry>;
  requestCount: number;
}

export function createHttpState(): HttpState {
  return { buckets: new Map(), authCache: new Map(), requestCount: 0 };
}

export interface IntegrationRequestView {
  method: string;
  uri: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: string;
}

export interface HttpResult {
  response: GatewayResponse;
  trace: HttpTraceEntry[];
  stoppedAt: HttpStageName | null;
  errorType: string | null;
  message: string | null;
  integrationCalled: boolean;
  integrationRequest: IntegrationRequestView | null;
  routeKey: string | null;
}

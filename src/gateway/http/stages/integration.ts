/**
 * HTTP API stages integrationRequest and integration: parameter mapping, the Lambda event
 * (payload format 1.0 or 2.0) or the proxied HTTP request, and the call with its timeout.
 * Parameter mapping: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 * Lambda payloads: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * Timeout 50 ms to 30 s: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html
 */
import { reqHeader, type HttpCtx } from '../context.js';
import { contextValue } from './auth.js';

/** A mapping value: $request.header.x, $request.querystring.x, $request.path.x, $context.x, $stageVariables.x, or static text. */
export function mappingValue(c: HttpCtx, v: string, response?: Record<string, string>): string | undefined {
  if (!v.startsWith('$')) return v;
  const own = (o: Record<string, string>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
  if (v.startsWith('$request.header.')) return reqHeader(c, v.slice(16));
  if (v.startsWith('$request.querystring.')) return own(c.req.query, v.slice(21));
  if (v.startsWith('$request.path.')) return own(c.pathParams, v.slice(14));
  if (v === '$request.path') return c.path;
  if (v.startsWith('$context.')) return contextValue(c, v.slice(9));
  if (v.startsWith('$stageVariables.')) return own(c.api.stage.variables, v.slice(16));
  if (v.startsWith('$response.header.') && response) {
    const k = v.slice(17).toLowerCase();
    for (const [name, value] of Object.entries(response)) if (name.toLowerCase() === k) return value;
  }
  return undefined;
}

function fillUri(c: HttpCtx, uri: string): string {
  return uri
    .replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_m, k: string) => (Object.hasOwn(c.api.stage.variables, k) ? c.api.stage.variables[k]! : ''))
    .replace(/\{([A-Za-z0-9_.-]+)\+?\}/g, (_m, k: string) => (Object.hasOwn(c.pathParams, k) ? c.pathParams[k]! : ''));
}

function lambdaEvent(c: HttpCtx, headers: Record<string, string>, query: Record<string, string>, version: string): Record<string, unknown> {
  const route = c.route!;
  const authorizer =
    route.authorization === 'JWT'
      ? { jwt: { claims: c.authorizer['jwt.claims'], scopes: c.authorizer['jwt.scopes'] } }
      : route.authorization === 'CUSTOM'
        ? { lambda: c.authorizer.lambda }
        : undefined;
  const qs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  if (version === '2.0')
    return {
      version: '2.0',
      routeKey: route.routeKey,
      rawPath: c.req.path,
      rawQueryString: qs,
      headers,
      queryStringParameters: Object.keys(query).length ? query : undefined,
      pathParameters: Object.keys(c.pathParams).length ? c.pathParams : undefined,
      stageVariables: Object.keys(c.api.stage.variables).length ? c.api.stage.variables : undefined,
      requestContext: {
        routeKey: route.routeKey,
        stage: c.api.stage.name,
        requestId: c.requestId,
        timeEpoch: c.now,
        http: { method: c.req.method, path: c.req.path, sourceIp: c.req.sourceIp },
        authorizer,
      },
      body: c.req.body || undefined,
      isBase64Encoded: false,
    };
  return {
    version: '1.0',
    resource: route.path ?? '$default',
    path: c.req.path,
    httpMethod: c.req.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: Object.keys(query).length ? query : null,
    pathParameters: Object.keys(c.pathParams).length ? c.pathParams : null,
    stageVariables: Object.keys(c.api.stage.variables).length ? c.api.stage.variables : null,
    requestContext: { stage: c.api.stage.name, requestId: c.requestId, httpMethod: c.req.method, identity: { sourceIp: c.req.sourceIp }, authorizer: authorizer ?? null },
    body: c.req.body || null,
    isBase64Encoded: false,
  };
}

export function httpIntegrationRequestStage(c: HttpCtx): boolean {
  // Nothing downstream reads the mapped request: the fast path (no trace) skips building it.
  if (c.trace === null) return true;
  const integ = c.route!.integration;
  const headers: Record<string, string> = { ...c.req.headers };
  const query: Record<string, string> = { ...c.req.query };
  let path = c.path;
  const applied: string[] = [];
  for (const [key, v] of Object.entries(integ.requestParameters)) {
    const [op, target] = key.split(':') as [string, string];
    const value = op === 'remove' ? undefined : mappingValue(c, v);
    if (op !== 'remove' && value === undefined) {
      applied.push(`${key}: ${v} is absent, nothing mapped`);
      continue;
    }
    if (target === 'path') path = value!;
    else {
      const isHeader = target.startsWith('header.');
      const bag = isHeader ? headers : query;
      const name = isHeader ? target.slice(7).toLowerCase() : target.slice(12);
      if (op === 'remove') delete bag[name];
      else if (op === 'append' && Object.hasOwn(bag, name)) bag[name] = `${bag[name]},${value}`;
      else bag[name] = value!;
    }
    applied.push(`${key} = ${op === 'remove' ? '(removed)' : JSON.stringify(value)}`);
  }
  const isLambda = integ.type === 'AWS_PROXY';
  const uri = isLambda ? (integ.uri ?? 'arn:aws:lambda:us-east-1:123456789012:function:handler') : fillUri(c, integ.uri ?? 'https://backend.example.com') + (c.route!.routeKey === '$default' ? path : '');
  c.integrationRequest = isLambda
    ? { method: 'POST', uri, headers: {}, query: {}, body: JSON.stringify(lambdaEvent(c, headers, query, integ.payloadFormatVersion)) }
    : { method: c.req.method, uri, headers, query, body: c.req.body };
  if (c.trace)
    c.add(
      'integrationRequest',
      'pass',
      isLambda
        ? `Lambda event, payload format ${integ.payloadFormatVersion}${applied.length ? `, after ${applied.length} parameter mapping(s)` : ''}`
        : `HTTP proxy request to ${uri}${applied.length ? `, after ${applied.length} parameter mapping(s)` : ''}`,
      { mappings: applied, before: { headers: c.req.headers, query: c.req.query, path: c.path }, after: c.integrationRequest },
    );
  return true;
}

export function httpIntegrationStage(c: HttpCtx): boolean {
  const integ = c.route!.integration;
  const t = c.trace !== null;
  c.integrationCalled = true;
  if (integ.fail === 'timeout' || integ.latencyMs > integ.timeoutMs) {
    if (t)
      c.add('integration', 'stop', `no answer within the ${integ.timeoutMs} ms integration timeout (HTTP APIs allow at most 30 s, and it cannot be raised): 503`, { latencyMs: integ.latencyMs, timeoutMs: integ.timeoutMs }, 'The documentation gives the 30-second limit but not the answer; HTTP APIs are recorded answering 503 {"message":"Service Unavailable"}, where REST APIs answer 504.');
    return c.stop('integration', 503, 'Service Unavailable');
  }
  if (integ.fail === 'unreachable') {
    if (t) c.add('integration', 'stop', 'the backend could not be reached: 500', {}, 'The documentation does not give the status for an unreachable backend; the simulator answers 500 {"message":"Internal Server Error"}.');
    return c.stop('integration', 500, 'Internal Server Error');
  }
  if (integ.fail === 'error') {
    if (t) c.add('integration', 'stop', 'the Lambda function failed (an unhandled error): 500 {"message":"Internal Server Error"}');
    return c.stop('integration', 500, 'Internal Server Error');
  }
  c.backend = { status: integ.status, headers: c.route!.backendHeaders, body: integ.body };
  if (t) c.add('integration', 'pass', `${integ.type === 'AWS_PROXY' ? 'the Lambda function' : 'the backend'} answered in ${integ.latencyMs} ms`, { latencyMs: integ.latencyMs, timeoutMs: integ.timeoutMs });
  return true;
}

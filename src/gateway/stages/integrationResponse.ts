/**
 * Stage: integration response. The selection pattern picks one integration response (HTTP: the
 * backend status; Lambda custom: errorMessage; MOCK: the statusCode its request template returns);
 * its parameters and template make the client's headers and body.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
 */
import type { CompiledResponse } from '../compileV2.js';
import type { Ctx } from '../context.js';
import { isProxy, sourcesOf, templateFailed, templateVars } from '../integrationRequestParts.js';
import { mappingValue } from '../mapping.js';
import { RESPONSE_TYPES } from '../responses.js';
import { responseTemplateKey } from '../templates/select.js';

const WHOLE_MATCH_NOTE =
  'The documentation calls selection patterns Java-style regular expressions but does not say whether they must match the whole value; the simulator matches the whole value, as its examples (.*text.*) suggest.';

/** Exactly one response: the first pattern that matches, else default, else null. */
export function selectResponse(responses: readonly CompiledResponse[], value: string): CompiledResponse | null {
  for (const r of responses) if (r.regex !== null && r.regex.test(value)) return r;
  return responses.find((r) => r.regex === null) ?? null;
}

/** An AWS integration's target is a Lambda function (the default when no uri is given). */
export function isLambdaUri(uri: string | undefined): boolean {
  return uri === undefined || /:lambda:path\//.test(uri);
}

/** What the patterns are matched against, and how to say it. */
function selectionValue(c: Ctx): { value: string; what: string } {
  const i = c.route!.cfg.integration;
  // "If the back end is an AWS Lambda function, the Lambda function error header is matched. For all
  // other HTTP and AWS back ends, the HTTP status code is matched" (an S3 or DynamoDB action, say):
  // https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html
  if (i.type === 'AWS' && isLambdaUri(i.uri)) return c.lambdaError === null ? { value: '', what: 'the call succeeded (no errorMessage)' } : { value: c.lambdaError, what: `errorMessage "${c.lambdaError}"` };
  if (i.type === 'MOCK') {
    let status = i.status;
    if (c.route!.v2?.requestTemplates) {
      try {
        const s = (JSON.parse(c.integrationRequest?.body ?? '') as { statusCode?: unknown }).statusCode;
        if (typeof s === 'number' || typeof s === 'string') status = Number(s);
      } catch {
        status = 200; // the template did not produce JSON with a statusCode
      }
    }
    return { value: String(status), what: `MOCK statusCode ${status}` };
  }
  return { value: String(c.backendStatus), what: `backend status ${c.backendStatus}` };
}

export function integrationResponseStage(c: Ctx): boolean {
  if (c.cache === 'HIT') {
    if (c.trace) c.add('integrationResponse', 'skip', 'served from the cache: no integration response runs');
    return true;
  }
  const route = c.route!;
  const i = route.cfg.integration;
  if (isProxy(i.type)) {
    if (c.trace) c.add('integrationResponse', 'skip', `${i.type}: the backend's status, headers and body pass through (no integration responses)`);
    return true;
  }
  const responses = route.v2?.responses;
  const raw = c.integrationResponse!;
  if (!responses) {
    if (c.trace)
      c.add(
        'integrationResponse',
        'pass',
        i.type === 'MOCK' ? `the default integration response returns ${raw.status} with the configured body` : `the default integration response maps the answer to ${raw.status}`,
        { selected: 'default', after: { status: raw.status, headers: { ...raw.headers }, body: raw.body } },
      );
    return true;
  }
  const sel = selectionValue(c);
  const chosen = selectResponse(responses, sel.value);
  const before = { status: i.type === 'MOCK' ? Number(sel.value) : c.backendStatus, headers: { ...raw.headers }, body: raw.body };
  if (!chosen) {
    if (c.trace)
      c.add('integrationResponse', 'stop', `${sel.what} matches no selection pattern and there is no default response: 500 Internal server error`, {
        before,
        patterns: responses.map((r) => r.pattern),
      });
    return c.stop('integrationResponse', RESPONSE_TYPES.API_CONFIGURATION_ERROR);
  }
  const sources = { ...sourcesOf(c), response: { headers: raw.headers, body: raw.body } };
  const headers: Record<string, string> = {};
  const mapped: { header: string; from: string; value: string | null }[] = [];
  for (const [key, from] of Object.entries(chosen.cfg.responseParameters ?? {})) {
    const name = key.slice('method.response.header.'.length);
    const value = mappingValue(from, sources);
    mapped.push({ header: name, from, value: value ?? null });
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  let body = i.type === 'MOCK' ? '' : raw.body;
  let template: { contentType: string; source: string } | null = null;
  const tkey = chosen.templates ? responseTemplateKey(chosen.templates, c.req.headers['accept']) : null;
  if (tkey !== null) {
    const t = chosen.templates![tkey]!;
    template = { contentType: tkey, source: t.source };
    const out = t.render(templateVars(c, raw.body, sources));
    if (!out.ok) return templateFailed(c, 'integrationResponse', tkey, t, out.failure, before);
    body = out.output;
  }
  headers['content-type'] ??= 'application/json';
  const status = Number(chosen.cfg.statusCode);
  c.integrationResponse = { status, headers, body };
  if (c.trace) {
    const how = chosen.regex === null ? `no pattern matched ${sel.what}, so the default response` : `pattern ${chosen.pattern} matched ${sel.what}`;
    const note = chosen.regex !== null || responses.length > 1 ? WHOLE_MATCH_NOTE : undefined;
    c.add(
      'integrationResponse',
      'pass',
      `${how} sets status ${status}${template ? `; the ${template.contentType} template made the body` : i.type === 'MOCK' ? '; no template: empty body' : '; no template: the body passes unchanged'}`,
      { selectionValue: sel.value, pattern: chosen.pattern, before, after: { status, headers: { ...headers }, body }, mapped, template },
      note,
    );
  }
  return true;
}

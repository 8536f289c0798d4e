/**
 * Stage: integration request. Parameter mapping, the request template (VTL) chosen by Content-Type,
 * and the passthrough decision (415 under NEVER / WHEN_NO_TEMPLATES).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 * Proxy integrations forward the request as it is (they have no templates): the stage is a skip.
 */
import type { Ctx } from '../context.js';
import { buildIntegrationRequest, isProxy, mapRequest, sourcesOf, templateFailed, templateVars } from '../integrationRequestParts.js';
import { RESPONSE_TYPES } from '../responses.js';
import { DEFAULT_MIME, mimeOf, templateKeyFor } from '../templates/select.js';

/** "Mapping Content-Length ... gives 500" (recorded, gateway-reference.md §11.3). */
const RESTRICTED = new Set(['content-length', 'transfer-encoding', 'authorization', 'connection', 'expect', 'proxy-authenticate', 'te']);

export function integrationRequestStage(c: Ctx): boolean {
  if (c.cache === 'HIT') {
    if (c.trace) c.add('integrationRequest', 'skip', 'served from the cache: nothing is sent to the integration');
    return true;
  }
  const route = c.route!;
  const i = route.cfg.integration;
  const v2 = route.v2;
  if (isProxy(i.type) && !i.requestParameters) {
    // Nothing changes the request: build the picture of it only for the trace (the fast path skips it).
    if (c.trace) {
      c.integrationRequest = buildIntegrationRequest(c, null);
      c.add('integrationRequest', 'skip', `${i.type} is a proxy integration: the request goes to the backend as it is (no mapping, no template)`, {
        after: { ...c.integrationRequest },
      });
    }
    return true;
  }
  if (isProxy(i.type)) {
    // HTTP_PROXY / AWS_PROXY with parameter mappings: a mapped header replaces the client's.
    c.integrationRequest = buildIntegrationRequest(c, { ...mapRequest(i.requestParameters, sourcesOf(c)), body: c.req.body });
    if (c.trace)
      c.add('integrationRequest', 'skip', `${i.type} is a proxy integration: no template; the mapped parameters are added to the request as it is`, {
        after: { ...c.integrationRequest },
      });
    return true;
  }
  if (!v2) {
    // Version-1 route: no mappings, no templates, WHEN_NO_MATCH: the body passes unchanged.
    if (c.trace) {
      c.integrationRequest = buildIntegrationRequest(c, null);
      c.add('integrationRequest', 'pass', 'no parameter mapping and no template: the body passes through unchanged (WHEN_NO_MATCH)', {
        after: { ...c.integrationRequest },
        passthrough: 'WHEN_NO_MATCH',
      });
    }
    return true;
  }
  const sources = sourcesOf(c);
  const mapped = mapRequest(i.requestParameters, sources);
  const bad = Object.keys(mapped.headers).find((h) => RESTRICTED.has(h.toLowerCase()));
  if (bad !== undefined) {
    if (c.trace)
      c.add('integrationRequest', 'stop', `header ${bad} may not be mapped: 500 Internal server error`, { mapped: mapped.applied }, 'Recorded against AWS; the message the console gives when saving such a mapping is not documented.');
    return c.stop('integrationRequest', RESPONSE_TYPES.API_CONFIGURATION_ERROR);
  }
  const contentType = mimeOf(c.req.headers['content-type']);
  const key = templateKeyFor(v2.requestTemplates ?? undefined, contentType);
  const before = { headers: { ...c.req.headers }, query: { ...c.req.query }, body: c.req.body };
  let body = c.req.body;
  let rule: string;
  let template: { contentType: string; source: string } | null = null;
  if (key !== null) {
    const t = v2.requestTemplates![key]!;
    template = { contentType: key, source: t.source };
    const out = t.render(templateVars(c, c.req.body, sources));
    if (!out.ok) return templateFailed(c, 'integrationRequest', key, t, out.failure, before);
    body = out.output;
    rule = `the ${key} template${contentType === key.toLowerCase() && !c.req.headers['content-type'] ? ' (no Content-Type counts as application/json)' : ''} made the body`;
  } else {
    const hasAny = v2.requestTemplates !== null;
    const pb = i.passthroughBehavior;
    if (pb === 'NEVER' || (pb === 'WHEN_NO_TEMPLATES' && hasAny)) {
      const why =
        pb === 'NEVER'
          ? `no template for ${contentType} and passthroughBehavior NEVER: 415 Unsupported Media Type`
          : `no template for ${contentType}, other templates exist and passthroughBehavior is WHEN_NO_TEMPLATES: 415 Unsupported Media Type`;
      if (c.trace)
        c.add('integrationRequest', 'stop', why, { before, contentType, passthrough: pb, templates: Object.keys(v2.requestTemplates ?? {}) },
          'The 415 status is documented; its message and x-amzn-ErrorType are not (the simulator sends LocalStack\'s "Unsupported Media Type", BadRequestException).');
      return c.stop('integrationRequest', RESPONSE_TYPES.UNSUPPORTED_MEDIA_TYPE);
    }
    rule =
      pb === 'WHEN_NO_MATCH'
        ? `no template for ${contentType}: WHEN_NO_MATCH passes the body through unchanged`
        : `the integration has no templates: WHEN_NO_TEMPLATES passes the body through unchanged`;
  }
  c.integrationRequest = buildIntegrationRequest(c, { ...mapped, body });
  if (c.trace)
    c.add('integrationRequest', 'pass', `${mapped.applied.length > 0 ? `${mapped.applied.length} parameter(s) mapped; ` : ''}${rule}`, {
      before,
      after: { ...c.integrationRequest },
      mapped: mapped.applied,
      contentType: c.req.headers['content-type'] ?? `(none: ${DEFAULT_MIME})`,
      passthrough: i.passthroughBehavior,
      template,
    });
  return true;
}

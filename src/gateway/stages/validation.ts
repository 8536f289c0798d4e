/**
 * Stage 7, request validation: required parameters first, then the body.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 * Messages recorded against AWS (LocalStack snapshots): "Missing required request parameters: [a, b]"
 * and "Invalid request body", both 400 BadRequestException.
 */
import type { Ctx } from '../context.js';
import type { CompiledModel } from '../models.js';
import { RESPONSE_TYPES } from '../responses.js';
import { DEFAULT_MIME, mimeOf } from '../templates/select.js';

export function validationStage(c: Ctx): boolean {
  const v = c.route!.cfg.validate;
  if (!v) {
    if (c.trace) c.add('validation', 'skip', 'no request validator on this method');
    return true;
  }
  const missing: string[] = [];
  for (const h of v.requiredHeaders) if (c.req.headers[h.toLowerCase()] === undefined) missing.push(h);
  for (const q of v.requiredQuery) if (c.req.query[q] === undefined) missing.push(q);
  if (missing.length > 0) {
    if (c.trace) c.add('validation', 'stop', `required parameters missing: ${missing.join(', ')}`, { missing });
    return c.stop('validation', RESPONSE_TYPES.BAD_REQUEST_PARAMETERS, `Missing required request parameters: [${missing.join(', ')}]`);
  }
  const model = c.route!.bodyModel;
  if (model) {
    // The model is the application/json one: it covers JSON requests and requests without a Content-Type.
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
    const ct = mimeOf(c.req.headers['content-type']);
    if (ct !== DEFAULT_MIME) {
      if (c.trace) c.add('validation', 'pass', `required parameters present; the model is for application/json, so a ${ct} body is not validated`, { contentType: ct });
      return true;
    }
    const problem = modelProblem(c.req.body, model);
    if (problem !== null) {
      if (c.trace) c.add('validation', 'stop', `body does not match the model: ${problem}`, { body: c.req.body, model: v.bodyModel });
      return c.stop('validation', RESPONSE_TYPES.BAD_REQUEST_BODY);
    }
  }
  const fields = v.bodyRequiredFields;
  if (fields) {
    const problem = bodyProblem(c.req.body, fields);
    if (problem !== null) {
      if (c.trace) c.add('validation', 'stop', `body does not match the model: ${problem}`, { requiredFields: fields });
      return c.stop('validation', RESPONSE_TYPES.BAD_REQUEST_BODY);
    }
  }
  if (c.trace)
    c.add('validation', 'pass', fields || model ? 'required parameters present and the body matches the model' : 'required parameters present', {
      requiredHeaders: v.requiredHeaders,
      requiredQuery: v.requiredQuery,
      bodyRequiredFields: fields ?? null,
    });
  return true;
}

function bodyProblem(body: string, fields: string[]): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'the body is not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'the body is not a JSON object';
  const absent = fields.filter((f) => !Object.prototype.hasOwnProperty.call(parsed, f));
  return absent.length > 0 ? `missing field(s) ${absent.join(', ')}` : null;
}

/** No body while a model applies fails too (recorded, gateway-reference.md §11.8). */
function modelProblem(body: string, model: CompiledModel): string | null {
  if (body.trim() === '') return 'there is no body';
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'the body is not JSON';
  }
  return model.check(parsed);
}

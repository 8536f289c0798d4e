/**
 * Stage 4, API key ("Verifying Usage Plan"): the key must exist, be enabled and belong to a
 * usage plan attached to this stage; otherwise 403 Forbidden, the same answer for all four cases.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-key-source.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html
 */
import type { Ctx } from '../context.js';
import { RESPONSE_TYPES } from '../responses.js';

export function apiKeyStage(c: Ctx): boolean {
  const route = c.route!;
  if (!route.cfg.apiKeyRequired) {
    if (c.trace)
      c.add('apiKey', 'skip', 'method does not require an API key, so usage plans do not throttle or meter it');
    return true;
  }
  const source = c.api.cfg.api.apiKeySource;
  const value = source === 'HEADER' ? c.req.headers['x-api-key'] : c.usageIdentifierKey;
  const key = value === undefined ? undefined : c.api.keysByValue.get(value);
  let problem: string | null = null;
  if (value === undefined || value === '')
    problem = source === 'HEADER' ? 'no x-api-key header' : 'the authorizer returned no usageIdentifierKey';
  else if (!key) problem = 'the key is not an API key of this account';
  else if (!key.cfg.enabled) problem = `key ${key.cfg.id} is disabled`;
  else if (!key.plan) problem = `key ${key.cfg.id} is in no usage plan attached to stage ${c.api.cfg.stage.name}`;
  if (problem !== null || !key) {
    if (c.trace)
      c.add(
        'apiKey',
        'stop',
        `${problem}: 403 Forbidden (missing, unknown, disabled and unattached keys all look the same)`,
        {
          source,
          keyId: key?.cfg.id ?? null,
        },
        'The key is checked before any throttle bucket; the documentation is silent on which answer wins when a bucket is also empty.',
      );
    return c.stop('apiKey', RESPONSE_TYPES.INVALID_API_KEY);
  }
  c.key = key;
  if (c.trace)
    c.add(
      'apiKey',
      'pass',
      `key ${key.cfg.id} (from ${source === 'HEADER' ? 'x-api-key' : 'the authorizer'}) is enabled and in usage plan ${key.plan!.name}` +
        (key.plansForStage > 1
          ? `; it is in ${key.plansForStage} plans for this stage, which AWS refuses (one usage plan per key and stage): the simulator uses the first`
          : ''),
      { keyId: key.cfg.id, usagePlan: key.plan!.name, source },
    );
  return true;
}

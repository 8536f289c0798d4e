/**
 * A scenario's API back as an OpenAPI 3.0 or Swagger 2.0 definition with API Gateway's extensions,
 * in the shape `aws apigateway get-export --parameters extensions='apigateway'` gives, plus the side
 * file for what a definition does not carry. importApi(exportApi(s)) gives s again.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-export-api.html
 */
import type { ScenarioParsed } from '../schema.js';
import { OPERATIONS } from './definition.js';
import type { Version } from './operation.js';
import { exportPolicy } from './policy.js';
import type { Obj } from './shape.js';
import { AUTHORIZER_FIELDS, BACKEND_FIELDS } from './side.js';

type Route = ScenarioParsed['api']['routes'][number];
const METHOD_KEY = Object.fromEntries(Object.entries(OPERATIONS).map(([k, v]) => [v, k]));
const VALIDATORS = {
  params: { name: 'Validate query string parameters and headers', value: { validateRequestBody: false, validateRequestParameters: true } },
  all: { name: 'Validate body, query string parameters, and headers', value: { validateRequestBody: true, validateRequestParameters: true } },
};
/** What the schema fills in when a field is absent: left out of the side file. */
const BACKEND_DEFAULTS: Obj = { latencyMs: 0, status: 200, body: '' };
const AUTHORIZER_DEFAULTS: Obj = { policyScope: 'api' };

const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;

function pick(o: Obj, keys: readonly string[], defaults: Obj): Obj | null {
  const out: Obj = {};
  for (const k of keys) if (o[k] !== undefined && o[k] !== defaults[k] && !isEmptyList(o[k])) out[k] = o[k];
  return Object.keys(out).length > 0 ? out : null;
}

function parameters(r: Route, version: Version): Obj[] {
  const schema = (o: Obj): Obj => (version === 'oas30' ? { ...o, schema: { type: 'string' } } : { ...o, type: 'string' });
  const names = (place: string) => {
    const used = new Set<string>();
    const re = new RegExp(`^method\\.request\\.${place}\\.(.+)$`);
    for (const v of [...Object.values(r.integration.requestParameters ?? {}), ...(r.cache?.keyParameters ?? [])]) {
      const m = re.exec(v);
      if (m) used.add(m[1]!);
    }
    return used;
  };
  const out: Obj[] = [];
  for (const m of r.path.matchAll(/\{([^}+]+)\+?\}/g)) out.push(schema({ name: m[1], in: 'path', required: true }));
  const required = { header: new Set(r.validate?.requiredHeaders ?? []), query: new Set(r.validate?.requiredQuery ?? []) };
  for (const [place, key] of [['header', 'header'], ['query', 'querystring']] as const) {
    for (const n of new Set([...required[place], ...names(key)])) out.push(schema({ name: n, in: place, ...(required[place].has(n) ? { required: true } : {}) }));
  }
  return out;
}

function integrationOf(r: Route): Obj {
  const i = r.integration;
  const x: Obj = { type: i.type.toLowerCase() };
  if (i.httpMethod !== undefined) x.httpMethod = i.httpMethod;
  if (i.uri !== undefined) x.uri = i.uri;
  if (i.requestParameters !== undefined) x.requestParameters = i.requestParameters;
  if (i.requestTemplates !== undefined) x.requestTemplates = i.requestTemplates;
  x.passthroughBehavior = i.passthroughBehavior.toLowerCase();
  x.timeoutInMillis = i.timeoutMs;
  if (i.responses !== undefined) x.responses = i.responses;
  if (r.cache) x.cacheKeyParameters = r.cache.keyParameters;
  return x;
}

export interface Exported {
  definition: Obj;
  /** The side file's contents (always has at least the requests). */
  side: Obj;
}

export function exportApi(s: ScenarioParsed, version: Version): Exported {
  const api = s.api;
  const doc: Obj = version === 'oas30' ? { openapi: '3.0.1' } : { swagger: '2.0' };
  doc.info = { title: s.name, ...(s.description !== undefined ? { description: s.description } : {}), version: '1.0' };
  if (version === 'oas30') doc.servers = [{ url: 'https://{restapi_id}.execute-api.{region}.amazonaws.com/{basePath}', variables: { basePath: { default: `/${s.stage.name}` } } }];
  else Object.assign(doc, { host: '{restapi_id}.execute-api.{region}.amazonaws.com', basePath: `/${s.stage.name}`, schemes: ['https'] });
  const models: Obj = {};
  const validators = new Set<keyof typeof VALIDATORS>();
  const side: Obj = { endpointType: api.endpointType, stage: s.stage, account: s.account };
  if (s.apiKeys.length > 0) side.apiKeys = s.apiKeys;
  if (s.usagePlans.length > 0) side.usagePlans = s.usagePlans;
  const methods: Obj = {};
  const paths: Obj = {};
  const ref = (name: string) => ({ $ref: version === 'oas30' ? `#/components/schemas/${name}` : `#/definitions/${name}` });
  for (const r of api.routes) {
    const key = `${r.method} ${r.path}`;
    const op: Obj = {};
    const params = parameters(r, version);
    if (r.validate?.bodyModel) {
      const name = `Model${Object.keys(models).length + 1}`;
      models[name] = r.validate.bodyModel;
      if (version === 'oas30') op.requestBody = { content: { 'application/json': { schema: ref(name) } }, required: true };
      else params.push({ in: 'body', name, required: true, schema: ref(name) });
    }
    if (params.length > 0) op.parameters = params;
    op.responses = Object.fromEntries(
      Object.entries(r.methodResponses ?? {}).map(([code, mr]) => [
        code,
        { description: `${code} response`, ...(mr.headers.length > 0 ? { headers: Object.fromEntries(mr.headers.map((h) => [h, version === 'oas30' ? { schema: { type: 'string' } } : { type: 'string' }])) } : {}) },
      ]),
    );
    const security: Obj[] = [];
    if (r.apiKeyRequired) security.push({ api_key: [] });
    if (r.authorization === 'AWS_IAM') security.push({ sigv4: [] });
    else if (r.authorizer !== undefined) security.push({ [r.authorizer]: [] });
    if (security.length > 0) op.security = security;
    if (r.validate) {
      const v = r.validate.bodyModel ? 'all' : 'params';
      validators.add(v);
      op['x-amazon-apigateway-request-validator'] = VALIDATORS[v].name;
    }
    op['x-amazon-apigateway-integration'] = integrationOf(r);
    const m: Obj = {};
    if (r.throttle) m.throttle = r.throttle;
    if (r.cache && (r.cache.enabled !== undefined || r.cache.ttlSeconds !== undefined)) m.cache = { enabled: r.cache.enabled, ttlSeconds: r.cache.ttlSeconds };
    if (r.validate?.bodyRequiredFields !== undefined) m.bodyRequiredFields = r.validate.bodyRequiredFields;
    const backend = pick(r.integration as Obj, BACKEND_FIELDS, BACKEND_DEFAULTS);
    if (backend) m.backend = backend;
    if (Object.keys(m).length > 0) methods[key] = m;
    const item = (paths[r.path] ??= {}) as Obj;
    item[METHOD_KEY[r.method]!] = op;
  }
  doc.paths = paths;
  const schemes: Obj = {};
  if (api.routes.some((r) => r.apiKeyRequired)) schemes.api_key = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  if (api.routes.some((r) => r.authorization === 'AWS_IAM'))
    schemes.sigv4 = { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' };
  const sideAuth: Obj = {};
  for (const [name, a] of Object.entries(api.authorizers)) {
    // TOKEN and Cognito authorizers read the header (or query string) their scheme names; REQUEST ones list identitySource
    const single = /^method\.request\.(header|querystring)\.([^,\s]+)$/.exec(a.identitySource);
    const where = a.type === 'REQUEST' || !single ? { name: 'Unused', in: 'header' } : { name: single[2], in: single[1] === 'header' ? 'header' : 'query' };
    const x: Obj = { type: a.type.toLowerCase(), ...(a.type === 'REQUEST' ? { identitySource: a.identitySource } : {}), authorizerResultTtlInSeconds: a.resultTtlSeconds };
    if (a.identityValidationExpression !== undefined) x.identityValidationExpression = a.identityValidationExpression;
    if (a.type !== 'COGNITO_USER_POOLS') x.authorizerUri = `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/arn:aws:lambda:{region}:{account_id}:function:${name}/invocations`;
    schemes[name] = { type: 'apiKey', ...where, 'x-amazon-apigateway-authtype': a.type === 'COGNITO_USER_POOLS' ? 'cognito_user_pools' : 'custom', 'x-amazon-apigateway-authorizer': x };
    const behaviour = pick(a as Obj, AUTHORIZER_FIELDS, AUTHORIZER_DEFAULTS);
    if (behaviour) sideAuth[name] = behaviour;
  }
  const components: Obj = {};
  if (Object.keys(schemes).length > 0) components.securitySchemes = schemes;
  if (Object.keys(models).length > 0) components.schemas = models;
  if (version === 'oas30') {
    if (Object.keys(components).length > 0) doc.components = components;
  } else {
    if (components.securitySchemes) doc.securityDefinitions = components.securitySchemes;
    if (components.schemas) doc.definitions = components.schemas;
  }
  if (validators.size > 0) doc['x-amazon-apigateway-request-validators'] = Object.fromEntries([...validators].map((v) => [VALIDATORS[v].name, VALIDATORS[v].value]));
  if (api.gatewayResponses) doc['x-amazon-apigateway-gateway-responses'] = api.gatewayResponses;
  if (api.resourcePolicy) doc['x-amazon-apigateway-policy'] = exportPolicy(api.resourcePolicy);
  doc['x-amazon-apigateway-api-key-source'] = api.apiKeySource;
  if (Object.keys(sideAuth).length > 0) side.authorizers = sideAuth;
  if (Object.keys(methods).length > 0) side.methods = methods;
  side.requests = s.requests;
  return { definition: doc, side };
}

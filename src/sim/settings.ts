/**
 * The simulator's editable fields as data: each row reads its value from the scenario document
 * and writes a changed copy (←/→ cycles or steps it; enter types a new value). The screen only
 * lists rows and calls `change`; every change is validated against the scenario schema, so a
 * saved setup is always a valid scenario file.
 */
import { HTTP_METHODS } from '../gateway/model.js';
import { AUTHORIZER_ROWS, AUTHORIZER_TTL_ROW, NO_AUTHORIZER, NONE } from './authorizerRows.js';
import { authorizerOf, cycle, enumRow, list, numberRow, onOff, req, route, textRow, type Authorizer, type Row, type RowContext } from './rowKit.js';
import { routeOfRequest, type Doc, type DocRequest } from './session.js';

export { change, type ChangeResult, type Row, type RowContext } from './rowKit.js';

// ---- authorization ------------------------------------------------------------------------

const AUTH_MODES = ['NONE', 'AWS_IAM', 'COGNITO_USER_POOLS', 'TOKEN authorizer', 'REQUEST authorizer'] as const;
type AuthMode = (typeof AUTH_MODES)[number];

function authMode(d: Doc, c: RowContext): AuthMode {
  const r = route(d, c);
  if (r.authorization !== 'CUSTOM') return r.authorization;
  return d.api.authorizers[r.authorizer ?? '']?.type === 'REQUEST' ? 'REQUEST authorizer' : 'TOKEN authorizer';
}

function newAuthorizer(type: Authorizer['type']): Authorizer {
  return {
    type,
    identitySource: 'method.request.header.Authorization',
    resultTtlSeconds: 300,
    allow: ['allow-token'],
    deny: ['deny-token'],
    unauthorized: [],
    error: [],
    policyScope: 'api',
  };
}

function setAuthMode(d: Doc, c: RowContext, mode: AuthMode): void {
  const r = route(d, c);
  delete r.authorizer;
  if (mode === 'NONE' || mode === 'AWS_IAM') {
    r.authorization = mode;
    return;
  }
  const type: Authorizer['type'] = mode === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : mode === 'TOKEN authorizer' ? 'TOKEN' : 'REQUEST';
  let name = Object.keys(d.api.authorizers).find((n) => d.api.authorizers[n]!.type === type);
  if (!name) {
    name = `${type.toLowerCase().replace(/_/g, '-')}-authorizer`;
    d.api.authorizers[name] = newAuthorizer(type);
  }
  r.authorization = mode === 'COGNITO_USER_POOLS' ? 'COGNITO_USER_POOLS' : 'CUSTOM';
  r.authorizer = name;
}


/** The identity value the authorizer would see for the current request (also its cache key). */
export function identityOf(d: Doc, c: RowContext): string {
  const a = authorizerOf(d, c);
  const q = req(d, c);
  if (!a) return '';
  const headers = Object.fromEntries(Object.entries(q.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return a.identitySource
    .split(',')
    .map((s) => {
      const m = /^method\.request\.(header|querystring)\.(.+)$/.exec(s.trim());
      if (!m) return '';
      return (m[1] === 'header' ? headers[m[2]!.toLowerCase()] : q.query[m[2]!]) ?? '';
    })
    .join(',');
}

const RETURNS = ['Allow', 'Deny', 'Unauthorized', 'Error', 'not listed'] as const;
type Returns = (typeof RETURNS)[number];
const LISTS = { Allow: 'allow', Deny: 'deny', Unauthorized: 'unauthorized', Error: 'error' } as const;

function returnsOf(d: Doc, c: RowContext): Returns {
  const a = authorizerOf(d, c);
  const id = identityOf(d, c);
  if (!a) return 'not listed';
  for (const r of ['Allow', 'Deny', 'Unauthorized', 'Error'] as const) if (a[LISTS[r]].includes(id)) return r;
  return 'not listed';
}

// ---- which route ------------------------------------------------------------------------

/** "Editing route": the route edited, and how it relates to the request on screen (which one, and what it sends). */
export function routeRowText(d: Doc, c: RowContext): string {
  const r = route(d, c);
  const q = req(d, c);
  const key = `${r.method} ${r.path}`;
  const which = d.requests.length > 1 ? `request ${c.cursor + 1}/${d.requests.length}` : 'the request';
  const sent = `${q.method} ${q.path}`;
  const own = routeOfRequest(d, c.cursor);
  if (own === Math.min(c.route, d.api.routes.length - 1)) return `${key}, route of ${which}${sent === key ? '' : ` (${sent})`}`;
  const at = d.api.routes.length > 1 ? ` (${Math.min(c.route, d.api.routes.length - 1) + 1} of ${d.api.routes.length})` : '';
  if (own === null) return `${key}${at}; ${which} (${sent}) matches no route`;
  const o = d.api.routes[own]!;
  return `${key}${at}; ${which} goes to ${o.method} ${o.path}`;
}

// ---- usage plans, keys ----------------------------------------------------------------------

function keyOfRequest(d: Doc, c: RowContext): Doc['apiKeys'][number] | undefined {
  const q = req(d, c);
  const value = Object.entries(q.headers).find(([k]) => k.toLowerCase() === 'x-api-key')?.[1];
  return d.apiKeys.find((k) => k.value === value) ?? d.apiKeys[0];
}

function ensureKeyAndPlan(d: Doc): Doc['usagePlans'][number] {
  if (d.apiKeys.length === 0) d.apiKeys.push({ id: 'sim-key', value: 'sim-key-0123456789abcdef', enabled: true });
  if (d.usagePlans.length === 0)
    d.usagePlans.push({ name: 'sim-plan', apiKeys: d.apiKeys.map((k) => k.id), stages: [d.stage.name], methodThrottle: {} });
  return d.usagePlans[0]!;
}

const plan = (d: Doc) => d.usagePlans[0];

// ---- the rows ----------------------------------------------------------------------------

const FAILS = ['none', 'timeout', 'unreachable', 'malformed', 'error'] as const;
const INTEGRATIONS = ['MOCK', 'HTTP', 'HTTP_PROXY', 'AWS', 'AWS_PROXY'] as const;

export const SETTING_ROWS: Row[] = [
  {
    id: 'route',
    label: 'Editing route',
    value: routeRowText,
  },
  enumRow('authorization', 'Authorization', AUTH_MODES, authMode, setAuthMode),
  {
    id: 'authReturns',
    label: 'Authorizer returns',
    value: (d, c) => {
      const a = authorizerOf(d, c);
      if (!a) return NONE;
      const id = identityOf(d, c);
      return id.replace(/,/g, '') === '' ? `${returnsOf(d, c)} (no token sent)` : `${returnsOf(d, c)} for "${id}"`;
    },
    step: (d, c, dir) => {
      const a = authorizerOf(d, c);
      if (!a) return NO_AUTHORIZER;
      const id = identityOf(d, c);
      if (id.replace(/,/g, '') === '') return 'the request sends no token: set one in the Request tab';
      const next = cycle(RETURNS, returnsOf(d, c), dir);
      for (const l of Object.values(LISTS)) a[l] = a[l].filter((v) => v !== id);
      if (next !== 'not listed') a[LISTS[next]].push(id);
    },
  },
  AUTHORIZER_TTL_ROW,
  ...AUTHORIZER_ROWS,
  {
    id: 'apiKeyRequired',
    label: 'API key required',
    value: (d, c) => (route(d, c).apiKeyRequired ? 'yes' : 'no'),
    step: (d, c) => {
      const r = route(d, c);
      r.apiKeyRequired = !r.apiKeyRequired;
      if (r.apiKeyRequired) ensureKeyAndPlan(d);
    },
  },
  enumRow('apiKeySource', 'API key source', ['HEADER', 'AUTHORIZER'] as const, (d) => d.api.apiKeySource, (d, _c, v) => void (d.api.apiKeySource = v)),
  {
    id: 'keyEnabled',
    label: 'Key enabled',
    value: (d, c) => {
      const k = keyOfRequest(d, c);
      return k ? `${k.enabled ? 'yes' : 'no'} (key ${k.id})` : '— (no API keys)';
    },
    step: (d, c) => {
      const k = keyOfRequest(d, c);
      if (!k) return 'no API keys: turn on "API key required" to create one';
      k.enabled = !k.enabled;
    },
  },
  numberRow(
    'planRate',
    'Plan throttle rate/s',
    (d) => plan(d)?.throttle?.rateLimit,
    (d, _c, v) => {
      const p = ensureKeyAndPlan(d);
      p.throttle = { rateLimit: v, burstLimit: p.throttle?.burstLimit ?? Math.max(1, v) };
    },
    1,
    (d) => void (plan(d) && delete plan(d)!.throttle),
  ),
  numberRow(
    'planBurst',
    'Plan throttle burst',
    (d) => plan(d)?.throttle?.burstLimit,
    (d, _c, v) => {
      const p = ensureKeyAndPlan(d);
      p.throttle = { rateLimit: p.throttle?.rateLimit ?? Math.max(1, v), burstLimit: Math.round(v) };
    },
    1,
    (d) => void (plan(d) && delete plan(d)!.throttle),
  ),
  numberRow(
    'quotaLimit',
    'Plan quota limit',
    (d) => plan(d)?.quota?.limit,
    (d, _c, v) => {
      const p = ensureKeyAndPlan(d);
      p.quota = { limit: Math.round(v), period: p.quota?.period ?? 'DAY' };
    },
    1,
    (d) => void (plan(d) && delete plan(d)!.quota),
  ),
  {
    id: 'quotaPeriod',
    label: 'Plan quota period',
    value: (d) => plan(d)?.quota?.period ?? '— (no quota)',
    step: (d, _c, dir) => {
      const q = plan(d)?.quota;
      if (!q) return 'no quota: set a quota limit first';
      q.period = cycle(['DAY', 'WEEK', 'MONTH'] as const, q.period, dir);
    },
  },
  numberRow(
    'methodRate',
    'Method throttle rate/s',
    (d, c) => route(d, c).throttle?.rateLimit,
    (d, c, v) => {
      const r = route(d, c);
      r.throttle = { rateLimit: v, burstLimit: r.throttle?.burstLimit ?? d.stage.throttle?.burstLimit ?? Math.max(1, v) };
    },
    1,
    (d, c) => void delete route(d, c).throttle,
  ),
  numberRow(
    'methodBurst',
    'Method throttle burst',
    (d, c) => route(d, c).throttle?.burstLimit,
    (d, c, v) => {
      const r = route(d, c);
      r.throttle = { rateLimit: r.throttle?.rateLimit ?? d.stage.throttle?.rateLimit ?? Math.max(1, v), burstLimit: Math.round(v) };
    },
    1,
    (d, c) => void delete route(d, c).throttle,
  ),
  numberRow(
    'stageRate',
    'Stage throttle rate/s',
    (d) => d.stage.throttle?.rateLimit,
    (d, _c, v) => void (d.stage.throttle = { rateLimit: v, burstLimit: d.stage.throttle?.burstLimit ?? Math.max(1, v) }),
    1,
    (d) => void delete d.stage.throttle,
  ),
  numberRow(
    'stageBurst',
    'Stage throttle burst',
    (d) => d.stage.throttle?.burstLimit,
    (d, _c, v) => void (d.stage.throttle = { rateLimit: d.stage.throttle?.rateLimit ?? Math.max(1, v), burstLimit: Math.round(v) }),
    1,
    (d) => void delete d.stage.throttle,
  ),
  {
    id: 'cache',
    label: 'Stage cache',
    value: (d) => onOff(d.stage.cache.enabled),
    step: (d) => void (d.stage.cache.enabled = !d.stage.cache.enabled),
  },
  numberRow('cacheTtl', 'Cache TTL s', (d) => d.stage.cache.ttlSeconds, (d, _c, v) => void (d.stage.cache.ttlSeconds = Math.min(3600, Math.round(v))), 30),
  {
    id: 'routeCache',
    label: 'Method caching',
    value: (d, c) => {
      const r = route(d, c);
      const e = r.cache?.enabled;
      return e === undefined ? `default (${r.method === 'GET' ? 'on' : 'off'} for ${r.method})` : onOff(e);
    },
    step: (d, c, dir) => {
      const r = route(d, c);
      const next = cycle([undefined, true, false] as const, r.cache?.enabled, dir);
      r.cache = { ...(r.cache ?? { keyParameters: [] }) };
      if (next === undefined) delete r.cache.enabled;
      else r.cache.enabled = next;
    },
  },
  textRow(
    'cacheKeys',
    'Cache key parameters',
    (d, c) => (route(d, c).cache?.keyParameters ?? []).join(', '),
    (d, c, t) => {
      const r = route(d, c);
      r.cache = { ...(r.cache ?? {}), keyParameters: list(t) };
    },
  ),
  enumRow('integration', 'Integration type', INTEGRATIONS, (d, c) => route(d, c).integration.type, (d, c, v) => {
    const i = route(d, c).integration;
    i.type = v;
    // a failure mode the new type cannot have is dropped rather than blocking the change
    if ((i.fail === 'malformed' && v !== 'AWS_PROXY') || (i.fail === 'error' && v !== 'AWS' && v !== 'AWS_PROXY')) delete i.fail;
  }),
  numberRow('latency', 'Integration latency ms', (d, c) => route(d, c).integration.latencyMs, (d, c, v) => void (route(d, c).integration.latencyMs = v), 100),
  numberRow('timeout', 'Integration timeout ms', (d, c) => route(d, c).integration.timeoutMs, (d, c, v) => void (route(d, c).integration.timeoutMs = Math.round(v)), 1000),
  numberRow('backendStatus', 'Backend status', (d, c) => route(d, c).integration.status, (d, c, v) => void (route(d, c).integration.status = Math.round(v)), 100),
  {
    id: 'fail',
    label: 'Failure mode',
    value: (d, c) => route(d, c).integration.fail ?? 'none',
    step: (d, c, dir) => {
      const i = route(d, c).integration;
      const ok = (f: (typeof FAILS)[number]) =>
        f === 'none' || f === 'timeout' || f === 'unreachable' || (f === 'malformed' ? i.type === 'AWS_PROXY' : i.type === 'AWS' || i.type === 'AWS_PROXY');
      let f: (typeof FAILS)[number] = i.fail ?? 'none';
      do f = cycle(FAILS, f, dir);
      while (!ok(f));
      if (f === 'none') delete i.fail;
      else i.fail = f;
    },
  },
  ...(['allowSourceIps', 'denySourceIps', 'allowVpces'] as const).map((field) =>
    textRow(
      field,
      { allowSourceIps: 'Policy: allow IPs', denySourceIps: 'Policy: deny IPs', allowVpces: 'Policy: allow VPC endpoints' }[field],
      (d) => (d.api.resourcePolicy?.[field] ?? []).join(', '),
      (d, _c, t) => {
        const p = d.api.resourcePolicy ?? { allowSourceIps: [], denySourceIps: [], allowVpces: [] };
        p[field] = list(t);
        if (p.allowSourceIps.length + p.denySourceIps.length + p.allowVpces.length === 0) delete d.api.resourcePolicy;
        else d.api.resourcePolicy = p;
      },
      (d) => (d.api.resourcePolicy ? (d.api.resourcePolicy[field].join(', ') || '—') : '— (no resource policy)'),
    ),
  ),
  enumRow('endpointType', 'Endpoint type', ['EDGE', 'REGIONAL', 'PRIVATE'] as const, (d) => d.api.endpointType, (d, _c, v) => void (d.api.endpointType = v)),
  ...(['requiredHeaders', 'requiredQuery'] as const).map((field) =>
    textRow(
      field,
      field === 'requiredHeaders' ? 'Validator: headers' : 'Validator: query',
      (d, c) => (route(d, c).validate?.[field] ?? []).join(', '),
      (d, c, t) => {
        const r = route(d, c);
        const v = r.validate ?? { requiredHeaders: [], requiredQuery: [] };
        v[field] = list(t);
        if (v.requiredHeaders.length + v.requiredQuery.length === 0 && !v.bodyRequiredFields) delete r.validate;
        else r.validate = v;
      },
    ),
  ),
];

// ---- the request editor ----------------------------------------------------------------------

function header(q: DocRequest, name: string): string {
  return Object.entries(q.headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
}

function setHeader(q: DocRequest, name: string, value: string): void {
  for (const k of Object.keys(q.headers)) if (k.toLowerCase() === name) delete q.headers[k];
  if (value !== '') q.headers[name] = value;
}

/** Header values shown without the ones that have their own row. */
const OWN = new Set(['x-api-key', 'authorization']);

function pairs(t: string, sep: RegExp, kv: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of t.split(sep).map((x) => x.trim()).filter(Boolean)) {
    const i = part.indexOf(kv);
    if (i <= 0) return `"${part}": write name${kv}value`;
    out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

const SAMPLE_IPS = ['198.51.100.10', '10.0.0.5', '203.0.113.7'];

export const REQUEST_ROWS: Row[] = [
  enumRow('method', 'Method', HTTP_METHODS, (d, c) => req(d, c).method, (d, c, v) => void (req(d, c).method = v)),
  {
    id: 'path',
    label: 'Path',
    value: (d, c) => req(d, c).path,
    step: (d, c, dir) => {
      const paths = d.api.routes.map((r) => r.path.replace(/\{[^}]+\+\}/g, 'a/b').replace(/\{[^}]+\}/g, '1'));
      req(d, c).path = cycle(paths, req(d, c).path, dir);
    },
    text: { initial: (d, c) => req(d, c).path, apply: (d, c, t) => void (req(d, c).path = t.trim()) },
  },
  {
    id: 'apiKey',
    label: 'API key (x-api-key)',
    value: (d, c) => header(req(d, c), 'x-api-key') || '— (none)',
    step: (d, c, dir) => setHeader(req(d, c), 'x-api-key', cycle(['', ...d.apiKeys.map((k) => k.value)], header(req(d, c), 'x-api-key'), dir)),
    text: { initial: (d, c) => header(req(d, c), 'x-api-key'), apply: (d, c, t) => setHeader(req(d, c), 'x-api-key', t.trim()) },
  },
  {
    id: 'token',
    label: 'Token (Authorization)',
    value: (d, c) => header(req(d, c), 'authorization') || '— (none)',
    step: (d, c, dir) => {
      const a = authorizerOf(d, c);
      const known = a ? [...a.allow, ...a.deny, ...a.unauthorized, ...a.error] : [];
      setHeader(req(d, c), 'authorization', cycle(['', ...new Set(known)], header(req(d, c), 'authorization'), dir));
    },
    text: { initial: (d, c) => header(req(d, c), 'authorization'), apply: (d, c, t) => setHeader(req(d, c), 'authorization', t.trim()) },
  },
  textRow(
    'headers',
    'Other headers',
    (d, c) =>
      Object.entries(req(d, c).headers)
        .filter(([k]) => !OWN.has(k.toLowerCase()))
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    (d, c, t) => {
      const p = pairs(t, /;/, ':');
      if (typeof p === 'string') return p;
      const q = req(d, c);
      q.headers = { ...Object.fromEntries(Object.entries(q.headers).filter(([k]) => OWN.has(k.toLowerCase()))), ...p };
    },
  ),
  textRow(
    'query',
    'Query string',
    (d, c) => Object.entries(req(d, c).query).map(([k, v]) => `${k}=${v}`).join('&'),
    (d, c, t) => {
      const p = pairs(t, /&/, '=');
      if (typeof p === 'string') return p;
      req(d, c).query = p;
    },
  ),
  {
    id: 'sourceIp',
    label: 'Source IP',
    value: (d, c) => req(d, c).sourceIp,
    step: (d, c, dir) => void (req(d, c).sourceIp = cycle(SAMPLE_IPS.includes(req(d, c).sourceIp) ? SAMPLE_IPS : [req(d, c).sourceIp, ...SAMPLE_IPS], req(d, c).sourceIp, dir)),
    text: { initial: (d, c) => req(d, c).sourceIp, apply: (d, c, t) => void (req(d, c).sourceIp = t.trim()) },
  },
  textRow('vpce', 'Via VPC endpoint', (d, c) => req(d, c).vpce ?? '', (d, c, t) => {
    const q = req(d, c);
    if (t.trim() === '') delete q.vpce;
    else q.vpce = t.trim();
  }),
  enumRow('iam', 'SigV4 (IAM)', ['none', 'signed-allowed', 'signed-denied', 'bad-signature'] as const, (d, c) => req(d, c).iam, (d, c, v) => void (req(d, c).iam = v)),
  textRow('body', 'Body', (d, c) => req(d, c).body, (d, c, t) => void (req(d, c).body = t)),
];

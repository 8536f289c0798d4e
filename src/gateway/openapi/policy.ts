/**
 * `x-amazon-apigateway-policy` (the API's resource policy, an IAM policy document) onto the
 * conditions the simulator models: source IPs allowed or denied (aws:SourceIp with IpAddress) and
 * VPC endpoints allowed (aws:SourceVpce). Any other statement is reported and left out.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/openapi-extensions-policy.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html
 */
import type { Key } from './parse.js';
import type { Reports } from './reports.js';
import { get, isObject, objectAt, type Obj } from './shape.js';

const list = (v: unknown): string[] | null => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

const everyone = (p: unknown): boolean => p === '*' || (isObject(p) && list(get(p, 'AWS'))?.join() === '*');

/** A statement's single condition `{ Op: { key: values } }`, or null when it has another shape. */
function condition(c: unknown): { op: string; key: string; values: string[] } | null {
  if (!isObject(c)) return null;
  const ops = Object.entries(c);
  if (ops.length !== 1 || !isObject(ops[0]![1])) return null;
  const keys = Object.entries(ops[0]![1] as Obj);
  if (keys.length !== 1) return null;
  const values = list(keys[0]![1]);
  return values ? { op: ops[0]![0], key: keys[0]![0].toLowerCase(), values } : null;
}

export function importPolicy(v: unknown, path: Key[], out: Reports): Obj | undefined {
  const doc = objectAt(v, path, out, 'x-amazon-apigateway-policy');
  if (!doc) return undefined;
  const policy = { allowSourceIps: [] as string[], denySourceIps: [] as string[], allowVpces: [] as string[] };
  const raw = get(doc, 'Statement');
  const statements = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  statements.forEach((s, i) => {
    const at = [...path, 'Statement', ...(Array.isArray(raw) ? [i] : [])];
    if (!isObject(s)) return out.error(at, 'a statement must be an object');
    const effect = get(s, 'Effect');
    const actions = list(get(s, 'Action')) ?? [];
    const resources = list(get(s, 'Resource')) ?? [];
    if (!everyone(get(s, 'Principal')))
      return out.ignore([...at, 'Principal'], 'only statements for every principal ("*") are modelled: grants to accounts, roles or users are not');
    if (!actions.some((a) => a === 'execute-api:Invoke' || a === 'execute-api:*' || a === '*'))
      return out.ignore([...at, 'Action'], 'only execute-api:Invoke is modelled (the simulator calls methods; it does not manage caches or APIs)');
    if (!resources.some((r) => /execute-api:\/\*$|\/\*$/.test(r)))
      out.ignore([...at, 'Resource'], 'the simulator applies each statement to every method of the API: a statement for some methods only is applied to all');
    const cond = get(s, 'Condition');
    if (cond === undefined) {
      if (effect === 'Allow') policy.allowSourceIps.push('0.0.0.0/0');
      else out.ignore(at, 'an unconditional Deny for everyone blocks every call; the simulator leaves it out (remove it or add a condition)');
      return;
    }
    const c = condition(cond);
    if (c && c.key === 'aws:sourceip' && c.op === 'IpAddress' && (effect === 'Allow' || effect === 'Deny'))
      (effect === 'Allow' ? policy.allowSourceIps : policy.denySourceIps).push(...c.values);
    else if (c && c.key === 'aws:sourcevpce' && ((effect === 'Allow' && c.op === 'StringEquals') || (effect === 'Deny' && c.op === 'StringNotEquals')))
      policy.allowVpces.push(...c.values.filter((x) => !policy.allowVpces.includes(x)));
    else
      out.ignore([...at, 'Condition'], 'only aws:SourceIp with IpAddress (Allow or Deny) and aws:SourceVpce (Allow with StringEquals, Deny with StringNotEquals) are modelled');
  });
  return policy;
}

/** The scenario's resource policy as an IAM policy document (the inverse of importPolicy). */
export function exportPolicy(p: { allowSourceIps: string[]; denySourceIps: string[]; allowVpces: string[] }): Obj {
  const statement = (effect: string, op: string, key: string, values: string[]) => ({
    Effect: effect,
    Principal: '*',
    Action: 'execute-api:Invoke',
    Resource: 'execute-api:/*',
    Condition: { [op]: { [key]: values } },
  });
  const s: Obj[] = [];
  if (p.allowSourceIps.length > 0) s.push(statement('Allow', 'IpAddress', 'aws:SourceIp', p.allowSourceIps));
  if (p.denySourceIps.length > 0) s.push(statement('Deny', 'IpAddress', 'aws:SourceIp', p.denySourceIps));
  if (p.allowVpces.length > 0) s.push(statement('Allow', 'StringEquals', 'aws:SourceVpce', p.allowVpces));
  return { Version: '2012-10-17', Statement: s };
}

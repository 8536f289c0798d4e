/**
 * The JSONPath subset mapping templates use in $input.json(x) / $input.path(x):
 * `$`, `.name`, `['name']`, `[n]`, `[*]` and `.*`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#input-variable-reference
 * Bounded: a path longer than MAX_PATH characters, or a step the subset lacks, is an error.
 */
export type Step = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'all' };

export const MAX_PATH = 512;
const MAX_RESULTS = 10_000;

export class JsonPathError extends Error {}

const cache = new Map<string, Step[]>();

export function parsePath(path: string): Step[] {
  const hit = cache.get(path);
  if (hit) return hit;
  if (path.length > MAX_PATH) throw new JsonPathError(`JSONPath longer than ${MAX_PATH} characters`);
  const p = path.trim();
  if (!p.startsWith('$')) throw new JsonPathError(`JSONPath must start with $: ${path}`);
  const steps: Step[] = [];
  let i = 1;
  while (i < p.length) {
    const ch = p[i]!;
    if (ch === '.') {
      if (p[i + 1] === '.') throw new JsonPathError(`recursive descent (..) is not supported: ${path}`);
      const m = /^(\*|[A-Za-z0-9_$-]+)/.exec(p.slice(i + 1));
      if (!m) throw new JsonPathError(`expected a name after "." in ${path}`);
      steps.push(m[1] === '*' ? { kind: 'all' } : { kind: 'name', name: m[1]! });
      i += 1 + m[1]!.length;
    } else if (ch === '[') {
      const rest = p.slice(i);
      const m = /^\[\s*(?:(\*)|(-?\d+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest);
      if (!m) throw new JsonPathError(`unsupported bracket step in ${path}`);
      if (m[1]) steps.push({ kind: 'all' });
      else if (m[2] !== undefined) steps.push({ kind: 'index', index: Number(m[2]) });
      else steps.push({ kind: 'name', name: (m[3] ?? m[4]!).replace(/\\(.)/g, '$1') });
      i += m[0].length;
    } else throw new JsonPathError(`unexpected "${ch}" in ${path}`);
  }
  if (cache.size < 1000) cache.set(path, steps);
  return steps;
}

/** The value at `path`, undefined when absent; a wildcard step yields a list. */
export function evaluate(root: unknown, path: string): unknown {
  const steps = parsePath(path);
  let current: unknown[] = [root];
  let multi = false;
  for (const s of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object') continue;
      if (s.kind === 'all') {
        multi = true;
        for (const x of Array.isArray(v) ? v : Object.values(v)) next.push(x);
      } else if (s.kind === 'index') {
        if (Array.isArray(v)) {
          const x = v[s.index < 0 ? v.length + s.index : s.index];
          if (x !== undefined) next.push(x);
        }
      } else if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, s.name)) next.push((v as Record<string, unknown>)[s.name]);
      if (next.length > MAX_RESULTS) throw new JsonPathError(`JSONPath selects more than ${MAX_RESULTS} values`);
    }
    current = next;
  }
  return multi ? current : current[0];
}

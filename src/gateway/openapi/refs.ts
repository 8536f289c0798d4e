/**
 * Local `$ref`s (`#/components/schemas/Pet`, `#/definitions/Pet`, `#/components/parameters/x`)
 * replaced by what they point to. A reference to nothing is an error at the JSON path of the
 * `$ref`; a reference to another file is refused (the simulator reads one file); a recursive
 * model is cut where it refers to itself, and reported.
 * OpenAPI 3.0 Reference Object: https://spec.openapis.org/oas/v3.0.3#reference-object
 */
import type { Key } from './parse.js';
import type { Reports } from './reports.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function pointer(root: unknown, ref: string): { found: true; value: unknown } | { found: false } {
  let cur: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(part) && Number(part) < cur.length) cur = cur[Number(part)];
    else if (isObject(cur) && Object.hasOwn(cur, part)) cur = cur[part];
    else return { found: false };
  }
  return { found: true, value: cur };
}

/** A path as a chain to its parent: built as the walk goes, made into a list only for a report. */
interface At {
  parent: At | null;
  key: Key;
}
const keysOf = (at: At | null): Key[] => {
  const keys: Key[] = [];
  for (let a = at; a; a = a.parent) keys.push(a.key);
  return keys.reverse();
};

/** A copy of `root` with every local $ref resolved. Errors and reports go to `out`. */
export function resolveRefs(root: unknown, out: Reports): unknown {
  const done = new Map<string, unknown>();
  const walk = (v: unknown, path: At | null, active: string[]): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, { parent: path, key: i }, active));
    if (!isObject(v)) return v;
    if (typeof v.$ref === 'string') {
      const ref = v.$ref;
      const at = () => [...keysOf(path), '$ref'];
      if (!ref.startsWith('#/')) {
        out.error(at(), `$ref "${ref}" points outside this file: only local references (#/...) are read`);
        return {};
      }
      if (active.includes(ref)) {
        out.ignore(at(), `$ref "${ref}" refers to itself: the model is checked without this recursive part (any value passes there)`);
        return {};
      }
      if (done.has(ref)) return done.get(ref);
      const target = pointer(root, ref);
      if (!target.found) {
        out.error(at(), `$ref "${ref}" points to nothing in this file`);
        return {};
      }
      const resolved = walk(target.value, path, [...active, ref]);
      done.set(ref, resolved);
      return resolved;
    }
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = walk(v[k], { parent: path, key: k }, active);
      // a "__proto__" key from JSON.parse is an own property: keep it one, never the prototype
      if (k === '__proto__') Object.defineProperty(copy, k, { value: x, enumerable: true, writable: true, configurable: true });
      else copy[k] = x;
    }
    return copy;
  };
  return walk(root, null, []);
}

/** zod issues as the scenario format's errors: a JSON path (`api.routes[0].integration.type`) and a message each. */
import type { z } from 'zod';

export interface PathError {
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else {
      const s = String(p);
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? '.' : '') + s : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

export function zodErrors(error: z.ZodError): PathError[] {
  const out: PathError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out.push({ path: formatPath([...issue.path, k]), message: 'unknown key' });
    } else if (issue.code === 'invalid_key' && issue.issues[0]) {
      // A record key that fails its own check: zod wraps that check's message in "Invalid key in record".
      out.push({ path: formatPath(issue.path), message: issue.issues[0].message });
    } else out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

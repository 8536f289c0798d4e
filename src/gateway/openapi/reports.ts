/**
 * What an import found: errors (the definition cannot be run) and reports of what the simulator
 * does not model, each with the JSON path it came from and why. Nothing is dropped silently.
 */
import type { Key } from './parse.js';

export interface ImportReport {
  /** JSON path in the definition, like `paths["/pets"].get.x-amazon-apigateway-integration.contentHandling`. */
  path: string;
  /** The path as keys, to find its line. */
  keys: Key[];
  why: string;
}

export class Reports {
  readonly errors: ImportReport[] = [];
  readonly ignored: ImportReport[] = [];
  error(keys: Key[], why: string): void {
    this.errors.push({ path: pathText(keys), keys, why });
  }
  ignore(keys: Key[], why: string): void {
    this.ignored.push({ path: pathText(keys), keys, why });
  }
}

/** A JSON path; keys other than names (letters, digits, _ and -) are quoted: `paths["/pets"].get`. */
export function pathText(keys: readonly Key[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += /^[A-Za-z_$][\w$-]*$/.test(k) ? (out ? '.' : '') + k : `[${JSON.stringify(k)}]`;
  }
  return out || '(file)';
}

/** Names from a scenario file are looked up as own keys only: an authorizer, header or query
 * parameter called `toString`, `constructor` or `__proto__` must not find Object.prototype's. */

/** A dictionary with no prototype: `d['toString']` is undefined unless set. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `rec[key]` when `key` is rec's own property, else undefined. */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

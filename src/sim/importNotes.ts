/**
 * An imported OpenAPI definition's defaults as notes on the simulator's stages, as `gateprep trace`
 * shows them, for as long as the setup still uses each one: setting a stage throttle, adding an API
 * key, listing an authorizer's answers or describing a backend in Settings silences that note.
 */
import { annotate, type ImportDefaults } from '../gateway/openapi/defaults.js';
import type { SimulateResult } from '../gateway/model.js';
import type { Doc } from './session.js';

const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

/** The defaults the document still relies on. */
export function liveDefaults(d: ImportDefaults, doc: Doc): ImportDefaults {
  const out: ImportDefaults = { ...d, authorizers: {}, backends: {} };
  const accountDefault = doc.account.rateLimit === 10_000 && doc.account.burstLimit === 5_000;
  if (doc.stage.throttle !== undefined || doc.stage.cache.enabled || !accountDefault) out.stage = null;
  if (doc.apiKeys.length > 0) out.apiKeys = null;
  for (const [name, note] of Object.entries(d.authorizers)) {
    const a = Object.hasOwn(doc.api.authorizers, name) ? doc.api.authorizers[name] : undefined;
    if (a && [a.allow, a.deny, a.unauthorized, a.error].every((l) => l.length === 0)) out.authorizers[name] = note;
  }
  for (const r of doc.api.routes) {
    const note = d.backends[keyOf(r)];
    const i = r.integration;
    const untouched = i.status === 200 && i.body === '' && i.latencyMs === 0 && i.fail === undefined && i.proxyResult === undefined && i.headers === undefined;
    if (note !== undefined && untouched) out.backends[keyOf(r)] = note;
  }
  return out;
}

export function withImportNotes(r: SimulateResult, d: ImportDefaults, doc: Doc): SimulateResult {
  return annotate([r], liveDefaults(d, doc), (key) => doc.api.routes.find((x) => keyOf(x) === key)?.authorizer)[0]!;
}

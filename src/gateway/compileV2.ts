/**
 * The version-2 parts of a route compiled once (STYLE.md "compile once, run many"): mapping
 * templates (VTL), integration responses with their selection patterns, method responses and the
 * body model. A route without version-2 fields compiles to null and keeps version 1's fast path.
 */
import type { IntegrationResponseConfig, MethodResponseConfig, RouteConfig } from './model.js';
import { compileModel, type CompiledModel } from './models.js';
import { compileTemplate, type CompiledTemplate } from './templates/vtl.js';

export interface CompiledResponse {
  pattern: string;
  /** null for "default". */
  regex: RegExp | null;
  cfg: IntegrationResponseConfig;
  templates: Record<string, CompiledTemplate> | null;
}

export interface CompiledV2 {
  requestTemplates: Record<string, CompiledTemplate> | null;
  /** Non-default responses in file order, then the default (if any) last. */
  responses: CompiledResponse[] | null;
  methodResponses: Record<string, MethodResponseConfig>;
}

const DEFAULT_METHOD_RESPONSES: Record<string, MethodResponseConfig> = Object.freeze({ '200': Object.freeze({ headers: [] }) });

function templates(t: Record<string, string> | undefined): Record<string, CompiledTemplate> | null {
  if (!t || Object.keys(t).length === 0) return null;
  const out: Record<string, CompiledTemplate> = {};
  for (const [k, v] of Object.entries(t)) out[k] = compileTemplate(v);
  return out;
}

export function isV2Route(r: RouteConfig): boolean {
  const i = r.integration;
  return (
    r.methodResponses !== undefined ||
    i.requestParameters !== undefined ||
    i.requestTemplates !== undefined ||
    i.responses !== undefined ||
    i.headers !== undefined ||
    i.uri !== undefined ||
    i.httpMethod !== undefined ||
    i.errorMessage !== undefined ||
    i.proxyResult !== undefined ||
    (i.passthroughBehavior ?? 'WHEN_NO_MATCH') !== 'WHEN_NO_MATCH'
  );
}

export function compileV2(r: RouteConfig): CompiledV2 | null {
  if (!isV2Route(r)) return null;
  const i = r.integration;
  let responses: CompiledResponse[] | null = null;
  if (i.responses) {
    const entries = Object.entries(i.responses);
    const ordered = [...entries.filter(([p]) => p !== 'default'), ...entries.filter(([p]) => p === 'default')];
    // Java-style patterns matched against the whole value (see integrationResponse.ts).
    responses = ordered.map(([pattern, cfg]) => ({
      pattern,
      regex: pattern === 'default' ? null : new RegExp(`^(?:${pattern})$`, 's'),
      cfg,
      templates: templates(cfg.responseTemplates),
    }));
  }
  return { requestTemplates: templates(i.requestTemplates), responses, methodResponses: r.methodResponses ?? DEFAULT_METHOD_RESPONSES };
}

export function compileBodyModel(r: RouteConfig): CompiledModel | null {
  const m = r.validate?.bodyModel;
  return m ? compileModel(m) : null;
}

/**
 * Loads what a configuration needs before `simulate()` (which is synchronous) can run it:
 * velocityjs for mapping templates, ajv for body models. A version-1 configuration loads nothing.
 * Also reports what only the loaded libraries can check (an invalid model) by JSON path.
 */
import type { GatewayConfig } from './model.js';
import { compileModel, loadModels, modelsLoaded } from './models.js';
import type { ScenarioError } from './scenario.js';
import { loadVtl, vtlLoaded } from './templates/vtl.js';

export function needsVtl(cfg: GatewayConfig): boolean {
  return cfg.api.routes.some(
    (r) =>
      (r.integration.requestTemplates !== undefined && Object.keys(r.integration.requestTemplates).length > 0) ||
      Object.values(r.integration.responses ?? {}).some((x) => x.responseTemplates !== undefined && Object.keys(x.responseTemplates).length > 0),
  );
}

export function needsModels(cfg: GatewayConfig): boolean {
  return cfg.api.routes.some((r) => r.validate?.bodyModel !== undefined);
}

/** True when `simulate()` can run `cfg` now (everything it needs is loaded). */
export function engineReady(cfg: GatewayConfig): boolean {
  return (vtlLoaded() || !needsVtl(cfg)) && (modelsLoaded() || !needsModels(cfg));
}

/** Loads the libraries `cfg` needs; returns configuration errors found on the way (empty: ready). */
export async function prepareConfig(cfg: GatewayConfig): Promise<ScenarioError[]> {
  const errors: ScenarioError[] = [];
  if (needsVtl(cfg)) await loadVtl();
  if (needsModels(cfg)) {
    await loadModels();
    cfg.api.routes.forEach((r, i) => {
      const m = r.validate?.bodyModel;
      if (!m) return;
      try {
        compileModel(m);
      } catch (e) {
        errors.push({ path: `api.routes[${i}].validate.bodyModel`, message: `not a valid JSON Schema draft 4 model: ${(e as Error).message}` });
      }
    });
  }
  return errors;
}

/**
 * Request body models: JSON Schema draft 4, as API Gateway models are, checked with ajv (draft-04
 * support), loaded on first use (`loadModels()`), only when a scenario has a model.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
type AjvClass = typeof import('ajv-draft-04').default;

let AjvCtor: AjvClass | null = null;
let ajv: InstanceType<AjvClass> | null = null;

export async function loadModels(): Promise<void> {
  if (AjvCtor) return;
  const mod = await import('ajv-draft-04');
  AjvCtor = ((mod as { default?: unknown }).default ?? mod) as AjvClass;
}

export function modelsLoaded(): boolean {
  return AjvCtor !== null;
}

export interface CompiledModel {
  /** null when the body matches; else the first violation in plain words. */
  check(body: unknown): string | null;
}

/** Compiles a model; throws an Error naming the problem when the schema itself is invalid. */
export function compileModel(schema: Record<string, unknown>): CompiledModel {
  if (!AjvCtor) throw new Error('request models need the validator: await prepareConfig(config) before simulating');
  ajv ??= new AjvCtor({ allErrors: false, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  return {
    check(body) {
      if (validate(body)) return null;
      const e = validate.errors?.[0];
      if (!e) return 'does not match the model';
      const where = e.instancePath === '' ? 'the body' : e.instancePath;
      return `${where} ${e.message ?? 'does not match'}`;
    },
  };
}

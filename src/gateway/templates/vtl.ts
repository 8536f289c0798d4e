/**
 * Mapping templates as real VTL (velocityjs, loaded on first use: `loadVtl()` before compiling a
 * scenario that has templates). Shared by every API type that maps with VTL.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 * Behaviours recorded against AWS (gateway-reference.md §11.2): an undefined reference prints as
 * "" (not as its own text), a map prints in Java form {a=x, b=y}, a list as compact JSON.
 */
type Velocity = typeof import('velocityjs');

let velocity: Velocity | null = null;

/** Loads velocityjs once (a dynamic import: v1 runs and the first frame never pay for it). */
export async function loadVtl(): Promise<void> {
  velocity ??= await import('velocityjs');
}

export function vtlLoaded(): boolean {
  return velocity !== null;
}

export interface TemplateFailure {
  /** 1-based line of the template that failed. */
  line: number;
  message: string;
}

export type RenderResult = { ok: true; output: string } | { ok: false; failure: TemplateFailure };

export interface CompiledTemplate {
  source: string;
  /** Set when the template does not parse: every run fails with it. */
  parseError: TemplateFailure | null;
  render(vars: Record<string, unknown>): RenderResult;
}

/** Java String methods templates call that JavaScript strings lack (or spell differently). */
const STRING_METHODS: Record<string, (s: string, ...a: unknown[]) => unknown> = {
  length: (s) => s.length,
  isEmpty: (s) => s.length === 0,
  contains: (s, x) => s.includes(String(x)),
  equals: (s, x) => s === String(x),
  equalsIgnoreCase: (s, x) => s.toLowerCase() === String(x).toLowerCase(),
  matches: (s, x) => new RegExp(`^(?:${String(x)})$`).test(s),
  replaceAll: (s, a, b) => s.replace(new RegExp(String(a), 'g'), String(b).replace(/\$(\d)/g, '$$$1')),
  replace: (s, a, b) => s.split(String(a)).join(String(b)),
};

const customMethodHandlers = [
  {
    uid: 'java-string',
    match: ({ property, context }: { property: string; context: unknown }) =>
      typeof context === 'string' && Object.prototype.hasOwnProperty.call(STRING_METHODS, property),
    resolve: ({ property, context, params }: { property: string; context: unknown; params: unknown[] }) =>
      STRING_METHODS[property]!(context as string, ...params),
  },
];

/** Undefined references print as "" in API Gateway: make every reference quiet ($!x). */
function quiet(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) quiet(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o['type'] === 'references' && o['leader'] === '$') o['leader'] = '$!';
  for (const k of Object.keys(o)) if (k !== 'pos') quiet(o[k]);
}

function parseLine(message: string): number {
  const m = /on line (\d+)/.exec(message);
  return m ? Number(m[1]) : 1;
}

/** The line of a run-time failure: velocityjs names the expression ("on $util.parseJson(...)"). */
function runtimeLine(source: string, message: string): number {
  const at = /at L\/N (\d+):/.exec(message);
  if (at) return Number(at[1]);
  const m = /on (\$.*?) at L\/N/.exec(message);
  const expr = m?.[1];
  if (expr) {
    const lines = source.split('\n');
    const i = lines.findIndex((l) => l.includes(expr));
    if (i >= 0) return i + 1;
    const head = expr.split('(')[0]!;
    const j = lines.findIndex((l) => l.includes(head));
    if (j >= 0) return j + 1;
  }
  return 1;
}

/** "bad jsonon $util.parseJson($x) at L/N 3:7" -> "bad json (in $util.parseJson($x))". */
function firstLine(message: string): string {
  const m = /^([\s\S]*?)on (\$.*?) at L\/N/.exec(message);
  const text = m ? `${m[1]!.trim()} (in ${m[2]})` : message;
  return text.split('\n')[0]!.trim();
}

export function compileTemplate(source: string): CompiledTemplate {
  const v = velocity;
  if (!v) throw new Error('mapping templates need the VTL engine: await prepareConfig(config) before simulating');
  let ast: ReturnType<Velocity['parse']>;
  try {
    ast = v.parse(source);
  } catch (e) {
    const msg = (e as Error).message;
    const failure = { line: parseLine(msg), message: `the template does not parse: ${msg.split('\n').slice(-1)[0]!.trim()}` };
    return { source, parseError: failure, render: () => ({ ok: false, failure }) };
  }
  quiet(ast);
  const compiled = new v.Compile(ast, { escape: false, customMethodHandlers });
  return {
    source,
    parseError: null,
    render(vars) {
      try {
        return { ok: true, output: compiled.render(vars) };
      } catch (e) {
        const msg = (e as Error).message;
        return { ok: false, failure: { line: runtimeLine(source, msg), message: firstLine(msg) } };
      }
    },
  };
}

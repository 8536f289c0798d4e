/**
 * Mapping templates as real VTL (velocityjs, loaded on first use: `loadVtl()` before compiling a
 * scenario that has templates). Shared by every API type that maps with VTL.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 * Behaviours recorded against AWS (gateway-reference.md §11.2): an undefined reference prints as
 * "" (not as its own text), a map prints in Java form {a=x, b=y}, a list as compact JSON.
 */
import { RE2JS } from 're2js';

type Velocity = typeof import('velocityjs');

/** A literal range in a template ([1..N]) may not exceed this many items (the engine must not hang). */
export const MAX_RANGE = 10_000;
/** #foreach iterations in one render, all loops together (nested loops multiply). A bound of the
 * simulator's, so that no template can hang it; not a figure of AWS's. */
export const MAX_LOOP_ITERATIONS = 100_000;

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
  // linear-time regular expressions (re2js): a pattern in a template cannot hang the engine
  matches: (s, x) => RE2JS.compile(`^(?:${String(x)})$`).matcher(s).find(),
  replaceAll: (s, a, b) => RE2JS.compile(String(a)).matcher(s).replaceAll(String(b)),
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

/** The first literal range over MAX_RANGE items, with its line, or null. */
function hugeRange(node: unknown, line: number): number | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = hugeRange(n, line);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const o = node as Record<string, unknown>;
  const here = (o['pos'] as { first_line?: number } | undefined)?.first_line ?? line;
  if (o['type'] === 'array' && o['isRange'] === true && Array.isArray(o['value'])) {
    const [a, b] = (o['value'] as unknown[]).map((v) => (typeof v === 'string' ? Number(v) : NaN));
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(b! - a!) >= MAX_RANGE) return here;
  }
  for (const k of Object.keys(o)) {
    if (k === 'pos') continue;
    const hit = hugeRange(o[k], here);
    if (hit !== null) return hit;
  }
  return null;
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

type Ast = ReturnType<Velocity['parse']>;
type CompileClass = Velocity['Compile'];
let guardedClass: { v: Velocity; c: CompileClass } | null = null;

/**
 * velocityjs's compiler with two bounds checked while a template runs, where the literal check in
 * compileTemplate cannot see: a range whose ends are variables ([1..$n], $n from the request) and
 * the iterations of all #foreach loops of one render. Both fail the render with a plain message.
 */
function guarded(v: Velocity): CompileClass {
  if (guardedClass?.v === v) return guardedClass.c;
  // velocityjs's own types do not declare the mixed-in methods this overrides
  interface Methods {
    render(...a: unknown[]): unknown;
    renderAstList(asts: unknown, contextId?: unknown): unknown;
    getArray(literal: unknown): unknown;
    getReferences(exp: unknown): unknown;
    getBlockEach(block: unknown): unknown;
  }
  const lineOf = (node: unknown): number | undefined => (node as { pos?: { first_line?: number } } | undefined)?.pos?.first_line;
  const bound = (message: string, line: number | undefined) => Object.assign(new Error(message), { templateLine: line });
  const Base = v.Compile as unknown as new (...a: unknown[]) => Methods;
  class Guarded extends Base {
    loops = 0;
    loopLine: number | undefined;
    override getBlockEach(block: unknown): unknown {
      this.loopLine = lineOf((block as unknown[])[0]);
      return super.getBlockEach(block);
    }
    override render(...args: unknown[]): unknown {
      this.loops = 0;
      return super.render(...args);
    }
    override renderAstList(asts: unknown, contextId?: unknown): unknown {
      if (typeof contextId === 'string' && contextId.startsWith('foreach:') && ++this.loops > MAX_LOOP_ITERATIONS) {
        throw bound(`more than ${MAX_LOOP_ITERATIONS} #foreach iterations in one run: the simulator stops here so a template cannot hang it`, this.loopLine);
      }
      return super.renderAstList(asts, contextId);
    }
    override getArray(literal: unknown): unknown {
      const l = literal as { isRange?: boolean; value: unknown[] };
      if (l.isRange !== true) return super.getArray(literal);
      // the range branch of velocityjs's getArray, with the size checked before the array is built
      const [begin, end] = l.value.map((exp) => (typeof exp === 'string' ? parseInt(exp, 10) : typeof exp === 'number' ? exp : this.getReferences(exp))) as number[];
      if (!Number.isFinite(begin) || !Number.isFinite(end)) return [];
      if (Math.abs(end! - begin!) >= MAX_RANGE) throw bound(`a range of more than ${MAX_RANGE} items ([${begin}..${end}]): the simulator refuses it so a template cannot hang it`, lineOf(literal));
      const out: number[] = [];
      if (begin! < end!) for (let i = begin!; i <= end!; i++) out.push(i);
      else for (let i = begin!; i >= end!; i--) out.push(i);
      return out;
    }
  }
  const c = Guarded as unknown as CompileClass;
  guardedClass = { v, c };
  return c;
}

export function compileTemplate(source: string): CompiledTemplate {
  const v = velocity;
  if (!v) throw new Error('mapping templates need the VTL engine: await prepareConfig(config) before simulating');
  let ast: Ast;
  try {
    ast = v.parse(source);
  } catch (e) {
    const msg = (e as Error).message;
    const failure = { line: parseLine(msg), message: `the template does not parse: ${msg.split('\n').slice(-1)[0]!.trim()}` };
    return { source, parseError: failure, render: () => ({ ok: false, failure }) };
  }
  quiet(ast);
  const big = hugeRange(ast, 1);
  if (big !== null) {
    const failure = { line: big, message: `a range of more than ${MAX_RANGE} items: the simulator refuses it so a template cannot hang it` };
    return { source, parseError: failure, render: () => ({ ok: false, failure }) };
  }
  const compiled = new (guarded(v))(ast, { escape: false, customMethodHandlers });
  return {
    source,
    parseError: null,
    render(vars) {
      try {
        return { ok: true, output: compiled.render(vars) };
      } catch (e) {
        const msg = (e as Error).message;
        const line = (e as { templateLine?: number }).templateLine;
        return { ok: false, failure: { line: line ?? runtimeLine(source, msg), message: firstLine(msg) } };
      }
    },
  };
}

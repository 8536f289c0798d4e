/**
 * Reading an OpenAPI definition: JSON or YAML text into a value, with errors that name the line.
 * The `yaml` package loads here on first use only (dynamic import), so nothing that does not open
 * a definition pays for it. A YAML document's positions also let a later error (found by JSON path)
 * name its line.
 */
import { parseJsonText } from '../../jsonText.js';

export type Key = string | number;

export interface Parsed {
  value: unknown;
  /** The 1-based line where the value at `path` starts, or null when it is not known. */
  lineOf(path: readonly Key[]): number | null;
}

export type ParseOutcome = { ok: true; parsed: Parsed } | { ok: false; line: number | null; message: string };

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | null = null;

export async function loadYaml(): Promise<YamlModule> {
  if (yamlModule) return yamlModule;
  const mod = await import('yaml');
  // yaml's Node entry is CommonJS: bundled, its exports sit on `default`
  yamlModule = typeof mod.LineCounter === 'function' ? mod : (mod as unknown as { default: YamlModule }).default;
  return yamlModule;
}

/** JSON when the text starts with `{`, else YAML (which JSON also is, but JSON.parse is faster). */
export async function parseDefinitionText(text: string): Promise<ParseOutcome> {
  const yaml = await loadYaml();
  if (/^\s*\{/.test(text)) {
    const json = parseJsonText(text);
    if (!json.ok) return { ok: false, line: json.line, message: json.message };
    return { ok: true, parsed: { value: json.value, lineOf: lazyLines(yaml, text) } };
  }
  const counter = new yaml.LineCounter();
  // yaml's own duplicate-key check compares every pair of keys (seconds on a large export): ours is linear
  const doc = yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { ok: false, line: counter.linePos(first.pos[0]).line, message: firstLine(first.message) };
  const dup = duplicateKey(yaml, doc);
  if (dup) return { ok: false, line: dup.pos === null ? null : counter.linePos(dup.pos).line, message: `map keys must be unique: "${dup.key}" appears twice` };
  let value: unknown;
  try {
    // aliases are expanded at most 100 times: a "billion laughs" file cannot exhaust memory
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, line: null, message: (e as Error).message };
  }
  return { ok: true, parsed: { value, lineOf: (path) => lineIn(yaml, doc, counter, path) } };
}

/** The first key that a YAML map repeats, with where its second occurrence starts. */
function duplicateKey(yaml: YamlModule, doc: import('yaml').Document): { key: string; pos: number | null } | null {
  let found: { key: string; pos: number | null } | null = null;
  yaml.visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = yaml.isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          found = { key: String(key), pos: yaml.isNode(pair.key) && pair.key.range ? pair.key.range[0] : null };
          return yaml.visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function lineIn(yaml: YamlModule, doc: import('yaml').Document, counter: import('yaml').LineCounter, path: readonly Key[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (yaml.isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/** A JSON file's positions, found only when an error or a report asks for one. */
function lazyLines(yaml: YamlModule, text: string): Parsed['lineOf'] {
  let doc: { doc: import('yaml').Document; counter: import('yaml').LineCounter } | null = null;
  return (path) => {
    if (!doc) {
      const counter = new yaml.LineCounter();
      doc = { doc: yaml.parseDocument(text, { lineCounter: counter }), counter };
    }
    return lineIn(yaml, doc.doc, doc.counter, path);
  };
}

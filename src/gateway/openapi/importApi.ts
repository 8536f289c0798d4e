/**
 * OpenAPI definition (+ optional side file, + optional requests) -> scenario file contents.
 * Every error names its file, its line where known, and its JSON path; `strict` turns the reports
 * of what is not modelled into errors.
 */
import { basename, dirname, extname, join } from 'node:path';
import { parseJsonText } from '../../jsonText.js';
import { scenarioSchema } from '../schema.js';
import { zodErrors } from '../zodErrors.js';
import { defaultsOf, sampleRequests, type ImportDefaults } from './defaults.js';
import { detectVersion, importDefinition, type ImportedApi } from './definition.js';
import type { Version } from './operation.js';
import { parseDefinitionText, type Key } from './parse.js';
import { resolveRefs } from './refs.js';
import { pathText, Reports } from './reports.js';
import { isObject, type Obj } from './shape.js';
import { BACKEND_FIELDS, mergeSide, sideSchema, strayEntries, AUTHORIZER_FIELDS, type Side } from './side.js';

export interface TextFile {
  file: string;
  text: string;
}

/** One problem, located: `file:line: path: message`. */
export interface Located {
  file: string;
  line: number | null;
  path: string;
  message: string;
}

export type ImportOutcome =
  | { ok: true; version: Version; scenario: Obj; ignored: Located[]; defaults: ImportDefaults }
  | { ok: false; errors: Located[]; ignored: Located[] };

export function formatLocated(l: Located): string {
  return `${l.file}${l.line === null ? '' : `:${l.line}`}: ${l.path}: ${l.message}`;
}

/** The side file's conventional name: `API.yaml` -> `API.gateprep.json` in the same folder. */
export function sideFileFor(definition: string): string {
  return join(dirname(definition), `${basename(definition, extname(definition))}.gateprep.json`);
}

function readJson(f: TextFile): { ok: true; value: unknown } | { ok: false; error: Located } {
  const j = parseJsonText(f.text);
  return j.ok ? j : { ok: false, error: { file: f.file, line: j.line, path: '(file)', message: j.message } };
}

export async function importApi(def: TextFile, side: TextFile | null, requests: TextFile | null, options: { strict?: boolean } = {}): Promise<ImportOutcome> {
  const parsed = await parseDefinitionText(def.text);
  if (!parsed.ok) return { ok: false, ignored: [], errors: [{ file: def.file, line: parsed.line, path: '(file)', message: parsed.message }] };
  const out = new Reports();
  const at = (keys: Key[], message: string, path = pathText(keys)): Located => ({ file: def.file, line: parsed.parsed.lineOf(keys), path, message });
  const resolved = resolveRefs(parsed.parsed.value, out);
  const version = detectVersion(resolved, out);
  const imported = version && out.errors.length === 0 ? importDefinition(resolved as Obj, version, out) : null;
  const ignored = out.ignored.map((r) => at(r.keys, `ignored: ${r.why}`, r.path));
  if (!imported || out.errors.length > 0) return { ok: false, ignored, errors: out.errors.map((r) => at(r.keys, r.why, r.path)) };

  let sideValue: Side | null = null;
  const inferredEndpoint = imported.api.endpointType as string | undefined;
  if (side) {
    const j = readJson(side);
    if (!j.ok) return { ok: false, ignored, errors: [j.error] };
    const s = sideSchema.safeParse(j.value);
    if (!s.success) return { ok: false, ignored, errors: zodErrors(s.error).map((e) => ({ file: side.file, line: null, path: e.path, message: e.message })) };
    sideValue = s.data;
    const stray = strayEntries(imported.api, sideValue);
    if (stray.length > 0) return { ok: false, ignored, errors: stray.map(([p, m]) => ({ file: side.file, line: null, path: pathText(p), message: m })) };
    mergeSide(imported.api, sideValue);
    if (sideValue.endpointType !== undefined) imported.api.endpointType = sideValue.endpointType;
  }
  let requestList: unknown = sideValue?.requests;
  if (requests) {
    const j = readJson(requests);
    if (!j.ok) return { ok: false, ignored, errors: [j.error] };
    requestList = isObject(j.value) && Object.hasOwn(j.value, 'requests') ? j.value.requests : j.value;
  }
  const stageName = imported.stage ?? 'prod';
  const scenario: Obj = { name: imported.name ?? basename(def.file, extname(def.file)) };
  if (imported.description !== undefined) scenario.description = imported.description;
  if (sideValue?.account !== undefined) scenario.account = sideValue.account;
  scenario.api = imported.api;
  scenario.stage = isObject(sideValue?.stage) ? { name: stageName, ...sideValue.stage } : sideValue?.stage ?? { name: stageName };
  if (sideValue?.apiKeys !== undefined) scenario.apiKeys = sideValue.apiKeys;
  if (sideValue?.usagePlans !== undefined) scenario.usagePlans = sideValue.usagePlans;
  scenario.requests = requestList ?? sampleRequests(imported.api.routes as Obj[]);

  const checked = scenarioSchema.safeParse(scenario);
  if (!checked.success) {
    const errors = checked.error.issues.flatMap((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      const message = issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message;
      return keys.map((k) => locate(k as Key[], imported, sideValue, side, requests, def, at, message));
    });
    return { ok: false, ignored, errors };
  }
  if (options.strict && ignored.length > 0) return { ok: false, ignored: [], errors: ignored.map((i) => ({ ...i, message: `${i.message} (--strict)` })) };
  const from = imported.stage ? `named by the definition's basePath` : 'the definition names none';
  const sideName = side?.file ?? sideFileFor(def.file);
  return { ok: true, version: imported.version, scenario, ignored, defaults: defaultsOf(imported.api, sideValue as Obj | null, { stageName, stageFrom: from, requestsGiven: requests !== null, sideName, endpointInferred: inferredEndpoint !== undefined }) };
}

/** Where a problem in the merged scenario came from: the definition, the side file or the requests file. */
function locate(p: Key[], imp: ImportedApi, side: Side | null, sideFile: TextFile | null, reqFile: TextFile | null, def: TextFile, at: (k: Key[], m: string) => Located, message: string): Located {
  const inSide = (keys: Key[]): Located => ({ file: sideFile?.file ?? def.file, line: null, path: pathText(keys), message });
  const [top, second, third, ...rest] = p;
  if (top === 'requests') return reqFile ? { file: reqFile.file, line: null, path: pathText(p.slice(1)), message } : inSide(p);
  if (top === 'name') return at(['info', 'title'], message);
  if (top !== 'api') return inSide(p);
  if (second === 'routes' && typeof third === 'number') {
    const route = (imp.api.routes as Obj[])[third]!;
    const key = `${String(route.method)} ${String(route.path)}`;
    const origin = imp.routeOrigins[third]!;
    const sideMethod = side?.methods?.[key];
    const [field, sub, ...more] = rest;
    if (field === 'integration') {
      if (BACKEND_FIELDS.includes(sub as never) && sideMethod?.backend && Object.hasOwn(sideMethod.backend, sub as string)) return inSide(['methods', key, 'backend', sub!, ...more]);
      return at([...origin, 'x-amazon-apigateway-integration', ...(sub === undefined ? [] : [sub === 'timeoutMs' ? 'timeoutInMillis' : sub]), ...more], message);
    }
    if (field === 'throttle' || field === 'cache' || (field === 'validate' && sub === 'bodyRequiredFields')) {
      if (field === 'cache' && sub === 'keyParameters') return at([...origin, 'x-amazon-apigateway-integration', 'cacheKeyParameters', ...more], message);
      // the side file writes bodyRequiredFields on the method itself, not under validate
      return inSide(['methods', key, ...(field === 'validate' ? rest.slice(1) : rest)]);
    }
    return at(origin, message);
  }
  if (second === 'authorizers' && typeof third === 'string') {
    if (AUTHORIZER_FIELDS.includes(rest[0] as never) && side?.authorizers?.[third]) return inSide(['authorizers', third, ...rest]);
    return at([...imp.schemesAt, third, 'x-amazon-apigateway-authorizer'], message);
  }
  if (second === 'gatewayResponses') return at(['x-amazon-apigateway-gateway-responses', ...p.slice(2)], message);
  if (second === 'resourcePolicy') return at(['x-amazon-apigateway-policy'], message);
  if (second === 'endpointType') return inSide(['endpointType']); // only the side file gives a value the schema can refuse
  return at([], message);
}

/** Scenario presets (content/scenarios, GATEPREP_HOME/scenarios) and saving a setup as a scenario file. */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createFileExclusive, writeFileAtomic } from '../atomicWrite.js';
import { sanitize, sanitizeDeep } from '../content/sanitize.js';
import { parseJsonText } from '../jsonText.js';
import { MAX_SCENARIO_BYTES, readError, readRegularFile } from '../readFile.js';
import { formatPath, type ScenarioError } from '../gateway/scenario.js';
import { scenarioSchema } from '../gateway/schema.js';
import { newSession, toScenarioFile, type Session } from './session.js';

export interface Preset {
  name: string;
  path: string;
  home: boolean;
}

function listDir(dir: string, home: boolean): Preset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: sanitize(basename(f, '.json')), path: join(dir, f), home }));
}

export function listPresets(contentDir: string, homeDir: string): Preset[] {
  return [...listDir(join(contentDir, 'scenarios'), false), ...listDir(join(homeDir, 'scenarios'), true)];
}

/** A preset's one-paragraph description (what to look for), or null when it has none or is unreadable. */
export function presetDescription(path: string): string | null {
  try {
    const json = JSON.parse(readRegularFile(path, MAX_SCENARIO_BYTES)) as { description?: unknown };
    return typeof json.description === 'string' && json.description.trim() !== '' ? sanitize(json.description).trim() : null;
  } catch {
    return null;
  }
}

export type LoadResult = { ok: true; session: Session } | { ok: false; errors: ScenarioError[]; file: string };

/** Reads a scenario file into a new session; errors name the JSON path. */
export function loadScenarioFile(path: string, home: boolean): LoadResult {
  let text: string;
  try {
    text = readRegularFile(path, MAX_SCENARIO_BYTES);
  } catch (e) {
    return { ok: false, file: path, errors: [{ path: '', message: `cannot read: ${readError(e)}` }] };
  }
  return loadScenarioText(text, path, home);
}

/** A scenario from its text (a file's, or one a quiz question carries); `path` names it in errors. */
export function loadScenarioText(text: string, path: string, home: boolean): LoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, file: path, errors: [{ path: '', message: json.message }] };
  const parsed = scenarioSchema.safeParse(sanitizeDeep(json.value));
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ path: formatPath([...i.path, k]), message: 'unknown key' })) : [{ path: formatPath(i.path), message: i.message }],
    );
    return { ok: false, file: path, errors };
  }
  return { ok: true, session: newSession(parsed.data, { name: parsed.data.name, path, home }) };
}

/** A preset name (built-in or home) or a path to a scenario file. */
export function findScenario(arg: string, contentDir: string, homeDir: string): { path: string; home: boolean } | null {
  const byName = listPresets(contentDir, homeDir).find((p) => p.name === arg || p.name === basename(arg, '.json'));
  if (existsSync(arg) && arg.endsWith('.json')) return { path: arg, home: false };
  if (byName) return { path: byName.path, home: byName.home };
  if (existsSync(arg)) return { path: arg, home: false };
  return null;
}

/** The file name a typed name saves as: letters, digits, ".", "_" and "-" (no leading dot). */
export function fileBase(name: string): string {
  return name.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
}

/** The name `s` offers: the file the setup came from when it is the user's own, else the scenario's name. */
export function defaultSaveName(s: Session): string {
  return s.source.home && s.source.path ? basename(s.source.path, '.json') : s.source.name;
}

export interface SaveTarget {
  /** The file name without .json; empty when the typed name has no usable character. */
  base: string;
  path: string;
  /** The file exists and is not the one this setup came from: saving replaces it. */
  taken: boolean;
  /** The file is the one this setup came from (or was last saved to). */
  own: boolean;
  /** A built-in preset has the same name (it is listed first, and `gateprep sim NAME` opens it). */
  builtIn: boolean;
}

/** Where saving under `name` writes, and what is there already. */
export function saveTarget(s: Session, name: string, contentDir: string, homeDir: string): SaveTarget {
  const base = fileBase(name);
  const path = join(homeDir, 'scenarios', `${base}.json`);
  const own = base !== '' && s.source.home && s.source.path === path;
  const builtIn = base !== '' && existsSync(join(contentDir, 'scenarios', `${base}.json`));
  return { base, path, taken: base !== '' && !own && existsSync(path), own, builtIn };
}

/**
 * Writes the setup into GATEPREP_HOME/scenarios as `<name>.json` (by default the name `s`
 * offers). Over the file it came from, or over a taken name when `replace` is set (the user
 * said yes), the file is replaced atomically; any other file is created exclusively (link,
 * never replace), so a name another window took meanwhile is kept and this save becomes
 * `<name>-2.json` (`taken` says so). Every write checks its bytes and fsyncs before the file
 * takes its name. Returns the path and the session, now sourced from that file.
 */
export function saveSession(s: Session, homeDir: string, opts: { name?: string; replace?: boolean } = {}): { path: string; session: Session; taken?: string } {
  const dir = join(homeDir, 'scenarios');
  mkdirSync(dir, { recursive: true });
  const base = fileBase(opts.name ?? defaultSaveName(s));
  if (base === '') throw new Error('the name needs a letter or digit (file names use letters, digits, ".", "_" and "-")');
  const file = (name: string) => {
    const doc = toScenarioFile(s, name);
    const check = scenarioSchema.safeParse(doc);
    if (!check.success) throw new Error(`the setup is not a valid scenario: ${formatPath(check.error.issues[0]!.path)} ${check.error.issues[0]!.message}`);
    return `${JSON.stringify(doc, null, 2)}\n`;
  };
  const first = join(dir, `${base}.json`);
  const sourced = (name: string, path: string) => ({ ...s, source: { name, path, home: true } });
  if ((s.source.home && s.source.path === first) || (opts.replace && existsSync(first))) {
    writeFileAtomic(first, file(base));
    return { path: first, session: sourced(base, first) };
  }
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    const path = join(dir, `${name}.json`);
    if (existsSync(path)) continue;
    try {
      createFileExclusive(path, file(name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue; // another window took it meanwhile
      throw e;
    }
    return { path, session: sourced(name, path), ...(n > 1 ? { taken: `${base}.json` } : {}) };
  }
}

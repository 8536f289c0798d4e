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

/**
 * Writes the setup into GATEPREP_HOME/scenarios: back over the file it came from when that is
 * a home file, else a new `<name>.json` (`<name>-2.json`, ... when taken). A new file is created
 * exclusively (link, never replace), so two windows saving the same name at once get two files.
 * Every write checks its bytes and fsyncs before the file takes its name. Returns the path.
 */
export function saveSession(s: Session, homeDir: string): { path: string; session: Session } {
  const dir = join(homeDir, 'scenarios');
  mkdirSync(dir, { recursive: true });
  const over = s.source.home && s.source.path ? s.source.path : '';
  const file = (name: string) => {
    const doc = toScenarioFile(s, name);
    const check = scenarioSchema.safeParse(doc);
    if (!check.success) throw new Error(`the setup is not a valid scenario: ${formatPath(check.error.issues[0]!.path)} ${check.error.issues[0]!.message}`);
    return `${JSON.stringify(doc, null, 2)}\n`;
  };
  if (over) {
    writeFileAtomic(over, file(s.source.name));
    return { path: over, session: s };
  }
  const base = s.source.name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'scenario';
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
    return { path, session: { ...s, source: { name, path, home: true } } };
  }
}

/** Where gateprep finds its built-in content and keeps the user's data. */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in `content/` folder: beside the bundle (`dist/../content`) or the sources (`src/../content`). */
export function contentDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'content'), join(here, '..', '..', 'content')]) {
    if (existsSync(join(candidate, 'decks'))) return resolve(candidate);
  }
  return resolve(here, '..', 'content');
}

/** GATEPREP_HOME, else `gateprep` in the user's config folder: $XDG_CONFIG_HOME (or ~/.config)
 * on Linux and macOS, %APPDATA% on Windows. */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GATEPREP_HOME) return resolve(env.GATEPREP_HOME);
  if (process.platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'gateprep');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'gateprep');
}

/** Where versions up to 0.1 kept the data: conf's per-OS folder for "gateprep" ("-nodejs" suffix). */
export function legacyHomeDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', 'gateprep-nodejs');
  if (process.platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'gateprep-nodejs', 'Config');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'gateprep-nodejs');
}

/** Moves the data folder of an older version to homeDir(), once: only when the new one does not
 * exist yet (GATEPREP_HOME set: never). A rename when both are on one disk; else a copy, then the
 * old folder goes only once the copy is complete. Returns what to tell the user, or null. */
export function moveLegacyHome(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GATEPREP_HOME) return null;
  const from = legacyHomeDir(env);
  const to = homeDir(env);
  if (from === to || !existsSync(from) || existsSync(to)) return null;
  try {
    mkdirSync(dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      const partial = `${to}.moving-${process.pid}`;
      cpSync(from, partial, { recursive: true, errorOnExist: true });
      renameSync(partial, to);
      rmSync(from, { recursive: true, force: true });
    }
  } catch (e) {
    return `Your data is still in ${from}: it could not be moved to ${to} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`;
  }
  return `Your data folder moved from ${from} to ${to}.`;
}

/** The user's deck folders: GATEPREP_HOME/decks when it exists, then each --decks. */
export function userDeckPaths(home: string, extra: string[]): string[] {
  const user = join(home, 'decks');
  return [...(existsSync(user) ? [user] : []), ...extra.map((d) => resolve(d))];
}

/** The deck folders to load: built-in, then the user's. */
export function deckPaths(content: string, home: string, extra: string[]): string[] {
  return [join(content, 'decks'), ...userDeckPaths(home, extra)];
}

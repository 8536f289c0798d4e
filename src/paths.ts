/** Where gateprep finds its built-in content and keeps the user's data. */
import { existsSync } from 'node:fs';
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

/** GATEPREP_HOME, else the per-OS data folder conf would use for "gateprep". */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GATEPREP_HOME) return resolve(env.GATEPREP_HOME);
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', 'gateprep-nodejs');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'gateprep-nodejs', 'Config');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'gateprep-nodejs');
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

/** Your data out, for `gateprep export` and Progress > Data alike: the JSON backup, the cards as
 * Anki text, or an .apkg (sql.js and fflate load only for that one). Each gives the bytes and a
 * phrase saying what they hold (atomicWrite.ts writeFileAtomic puts them in place). */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { toAnkiText } from '../content/ankiText.js';
import type { Card } from '../content/types.js';
import { buildBackup, type ScenarioEntry } from './backup.js';
import { localDayKey } from './day.js';
import type { ProgressData } from './schema.js';

export const EXPORT_FORMATS = ['json', 'anki', 'apkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Exported {
  content: string | Uint8Array;
  /** What the file holds, for the user: "1,234 reviews, 3 quizzes, 2 scenarios". */
  what: string;
  /** What to do with it, when there is something to say ("Anki: File > Import"). */
  hint?: string;
}

/** 1234 -> "1,234". */
export const count = (n: number): string => n.toLocaleString('en-US');
/** (1, 'quiz', 'quizzes') -> "1 quiz"; (1234, 'review') -> "1,234 reviews". */
export const counted = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** The saved simulator scenarios (GATEPREP_HOME/scenarios/*.json, regular files only). */
export function savedScenarios(home: string): ScenarioEntry[] {
  const dir = join(home, 'scenarios');
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /^[A-Za-z0-9._-]+\.json$/.test(f)).sort();
  } catch {
    return [];
  }
  return names.filter((f) => lstatSync(join(dir, f)).isFile()).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export function appVersion(contentDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(contentDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function exportJson(data: Readonly<ProgressData>, home: string, contentDir: string, now: Date): Exported {
  const backup = buildBackup(data, savedScenarios(home), appVersion(contentDir), now);
  return {
    content: `${JSON.stringify(backup, null, 1)}\n`,
    what: `${counted(backup.reviews.length, 'review')}, ${counted(backup.quizResults.length, 'quiz', 'quizzes')}, ${counted(backup.scenarios.length, 'scenario')}`,
  };
}

const ANKI_HINT = 'Anki: File > Import';

export function exportAnki(cards: readonly Card[]): Exported {
  return { content: toAnkiText(cards), what: counted(cards.length, 'note'), hint: ANKI_HINT };
}

export async function exportApkg(cards: readonly Card[], data: Readonly<ProgressData>, now: Date): Promise<Exported> {
  const { buildApkg } = await import('./apkg.js');
  const apkg = await buildApkg(cards, data, now);
  return { content: apkg.bytes, what: `${counted(apkg.notes, 'note')}, ${counted(apkg.revlog, 'review')} in the revlog`, hint: ANKI_HINT };
}

const EXTENSION: Record<ExportFormat, string> = { json: 'json', anki: 'txt', apkg: 'apkg' };

/** Where an export goes unless the user says otherwise: ~/gateprep-export-YYYY-MM-DD.json (.txt, .apkg). */
export function defaultExportPath(format: ExportFormat, now: Date, home = homedir()): string {
  return join(home, `gateprep-export-${localDayKey(now)}.${EXTENSION[format]}`);
}

/** "~/x" -> the home folder's x (a path typed in the app; the shell is not there to expand it). */
export function expandHome(path: string, home = homedir()): string {
  const p = path.trim();
  return p === '~' ? home : p.startsWith('~/') ? join(home, p.slice(2)) : p;
}

/** Your data in, for `gateprep import FILE` and Progress > Data alike. A JSON backup is merged into
 * the progress (idempotent, never drops a review, all or nothing); an Anki text export
 * (.txt/.tsv/.csv) or a deck (.md) becomes a user deck in GATEPREP_HOME/decks, checked like any
 * deck first. The result's lines are sanitized, ready to print; problems name the file and line. */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../atomicWrite.js';
import { parseAnkiText, rowsToDeck } from '../content/ankiText.js';
import { parseDeck } from '../content/parse.js';
import { sanitize } from '../content/sanitize.js';
import { mergeBackup, parseBackup, type ScenarioEntry } from './backup.js';
import { count, counted } from './dataOut.js';
import type { ProgressStore } from './store.js';
import { readError } from '../readFile.js';

const MAX_BYTES = 256 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.json', '.txt', '.tsv', '.csv', '.md'];

export interface ImportResult {
  ok: boolean;
  /** One line per problem, "FILE:LINE: what" (or "FILE: what"). */
  problems: string[];
  /** What happened, one sentence: what was imported, or why nothing was ("" when the problems say it). */
  summary: string;
}

export interface ImportDeps {
  /** GATEPREP_HOME: decks/ and scenarios/ are written there. */
  home: string;
  /** The built-in content (a deck may not take a built-in deck's name). */
  contentDir: string;
  /** The progress store, opened only for a backup; null when it cannot be (the opener said why). */
  store: () => ProgressStore | null;
}

const failed = (summary: string, problems: string[] = []): ImportResult => ({ ok: false, problems, summary });
const done = (summary: string): ImportResult => ({ ok: true, problems: [], summary });

/** Whether `file` names something import takes (by its extension). */
export function importable(file: string): boolean {
  return IMPORT_EXTENSIONS.includes(extname(file).toLowerCase());
}

function readInput(file: string): { text: string } | { error: string } {
  try {
    const st = statSync(file);
    if (!st.isFile()) return { error: 'not a regular file' };
    if (st.size > MAX_BYTES) return { error: `larger than ${MAX_BYTES >> 20} MB` };
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    return { error: readError(e) };
  }
}

/** Saved scenarios from a backup: a new name when one of the same name holds something else. */
function restoreScenarios(home: string, list: ScenarioEntry[]): number {
  if (list.length === 0) return 0;
  const dir = join(home, 'scenarios');
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const s of list) {
    const stem = s.file.replace(/\.json$/, '');
    for (let n = 1; ; n++) {
      const path = join(dir, n === 1 ? s.file : `${stem}-imported${n === 2 ? '' : `-${n - 1}`}.json`);
      if (!existsSync(path)) {
        writeFileAtomic(path, s.text);
        written++;
        break;
      }
      if (readFileSync(path, 'utf8') === s.text) break;
    }
  }
  return written;
}

function importBackup(file: string, text: string, deps: ImportDeps): ImportResult {
  const name = sanitize(file);
  const parsed = parseBackup(text);
  if (!parsed.ok) return failed('', [`${name}: ${sanitize(parsed.message)}`]);
  const store = deps.store();
  if (!store) return failed('');
  let counts;
  try {
    counts = store.update((d) => mergeBackup(d, parsed.backup));
  } catch (e) {
    return failed(`nothing was imported: ${sanitize((e as Error).message)}`);
  }
  const scenarios = restoreScenarios(deps.home, parsed.backup.scenarios);
  const there = parsed.backup.reviews.length - counts.reviews;
  const parts = [
    `${counted(counts.reviews, 'new review')}${there > 0 ? ` (${count(there)} already there)` : ''}`,
    counted(counts.cards, 'card schedule'),
    counted(counts.quizzes, 'quiz', 'quizzes'),
    counted(counts.stages, 'simulator stage'),
    counted(scenarios, 'scenario'),
  ];
  const none = counts.reviews + counts.cards + counts.quizzes + counts.stages + counts.leeches + scenarios === 0 && !counts.settings;
  return done(none ? `${name}: already imported, nothing changed.` : `Imported from ${name}: ${parts.join(', ')}${counts.settings ? ', settings' : ''}.`);
}

function importDeck(file: string, text: string, anki: boolean, deps: ImportDeps): ImportResult {
  const stem = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-') || 'imported';
  const target = join(deps.home, 'decks', `${stem}.md`);
  const errors: Array<{ line: number; message: string }> = [];
  let deckText = text;
  if (anki) {
    const parsed = parseAnkiText(text);
    errors.push(...parsed.errors);
    deckText = rowsToDeck(parsed.rows, stem);
    if (parsed.rows.length === 0 && errors.length === 0) errors.push({ line: 1, message: 'no cards: expected lines of front<TAB>back' });
  }
  if (existsSync(join(deps.contentDir, 'decks', `${stem}.md`))) errors.push({ line: 1, message: `a built-in deck is named ${stem}.md: rename the file first` });
  const deck = parseDeck(deckText, target);
  // a deck's own errors name lines of the generated deck; for Anki text, name the source row instead
  if (!anki) errors.push(...deck.errors);
  else for (const e of deck.errors) errors.push({ line: 0, message: `after conversion: ${e.message}` });
  if (errors.length > 0) {
    const problems = errors.sort((a, b) => a.line - b.line).map((e) => `${sanitize(file)}:${e.line > 0 ? `${e.line}:` : ''} ${sanitize(e.message)}`);
    return failed(`nothing was imported (${errors.length} problem${errors.length === 1 ? '' : 's'}).`, problems);
  }
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === deckText) return done(`${sanitize(target)} already holds these ${deck.cards.length} cards: nothing changed.`);
    return failed(`${sanitize(target)} exists with other cards: rename the file to import it as a new deck.`);
  }
  mkdirSync(join(deps.home, 'decks'), { recursive: true });
  writeFileAtomic(target, deckText);
  return done(`Imported ${deck.cards.length} card${deck.cards.length === 1 ? '' : 's'} into ${sanitize(target)} (topic "${sanitize(deck.topic)}").`);
}

/** Imports `file` (its extension says what it is: check it with `importable` first). */
export function importFile(file: string, deps: ImportDeps): ImportResult {
  const read = readInput(file);
  if ('error' in read) return failed(`cannot read ${sanitize(file)}: ${sanitize(read.error)}`);
  const ext = extname(file).toLowerCase();
  try {
    return ext === '.json' ? importBackup(file, read.text, deps) : importDeck(file, read.text, ext !== '.md', deps);
  } catch (e) {
    return failed(`could not finish: ${sanitize((e as NodeJS.ErrnoException).code ?? (e as Error).message)} (what was written stays; importing again completes it, as import is idempotent)`);
  }
}

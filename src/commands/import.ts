/** `gateprep import FILE`: a JSON backup is merged into the progress (idempotent, never drops a
 * review, all or nothing); an Anki text export (.txt/.tsv/.csv) or a deck (.md) becomes a user
 * deck in GATEPREP_HOME/decks, checked like any deck first. */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseAnkiText, rowsToDeck } from '../content/ankiText.js';
import { parseDeck } from '../content/parse.js';
import { sanitize } from '../content/sanitize.js';
import { writeFileAtomic } from '../atomicWrite.js';
import { mergeBackup, parseBackup, type ScenarioEntry } from '../progress/backup.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command, type CommandContext } from './types.js';

const MAX_BYTES = 256 * 1024 * 1024;

function readInput(ctx: CommandContext, file: string): string | null {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    if (st.size > MAX_BYTES) throw Object.assign(new Error('too large'), { code: `larger than ${MAX_BYTES >> 20} MB` });
    return readFileSync(file, 'utf8');
  } catch (e) {
    ctx.err(`gateprep: cannot read ${sanitize(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return null;
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

function importBackup(ctx: CommandContext, file: string, text: string): number {
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    ctx.err(`${sanitize(file)}: ${sanitize(parsed.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  const store = openStoreFor(ctx);
  if (!store) return EXIT_BAD_INPUT;
  let counts;
  try {
    counts = store.update((d) => mergeBackup(d, parsed.backup));
  } catch (e) {
    ctx.err(`gateprep: nothing was imported: ${(e as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const scenarios = restoreScenarios(ctx.homeDir, parsed.backup.scenarios);
  const parts = [`${counts.reviews} new reviews`, `${counts.cards} card schedules`, `${counts.quizzes} quizzes`, `${counts.stages} simulator stages`, `${scenarios} scenarios`];
  const none = counts.reviews + counts.cards + counts.quizzes + counts.stages + counts.leeches + scenarios === 0 && !counts.settings;
  ctx.out(none ? `${sanitize(file)}: already imported, nothing changed.\n` : `Imported from ${sanitize(file)}: ${parts.join(', ')}${counts.settings ? ', settings' : ''}.\n`);
  return EXIT_OK;
}

function importDeck(ctx: CommandContext, file: string, text: string, anki: boolean): number {
  const name = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-') || 'imported';
  const target = join(ctx.homeDir, 'decks', `${name}.md`);
  const errors: Array<{ line: number; message: string }> = [];
  let deckText = text;
  if (anki) {
    const parsed = parseAnkiText(text);
    errors.push(...parsed.errors);
    deckText = rowsToDeck(parsed.rows, name);
    if (parsed.rows.length === 0 && errors.length === 0) errors.push({ line: 1, message: 'no cards: expected lines of front<TAB>back' });
  }
  if (existsSync(join(ctx.contentDir, 'decks', `${name}.md`))) errors.push({ line: 1, message: `a built-in deck is named ${name}.md: rename the file first` });
  const deck = parseDeck(deckText, target);
  // a deck's own errors name lines of the generated deck; for Anki text, name the source row instead
  if (!anki) errors.push(...deck.errors);
  else for (const e of deck.errors) errors.push({ line: 0, message: `after conversion: ${e.message}` });
  if (errors.length > 0) {
    for (const e of errors.sort((a, b) => a.line - b.line)) ctx.err(`${sanitize(file)}:${e.line > 0 ? `${e.line}:` : ''} ${sanitize(e.message)}\n`);
    ctx.err(`gateprep: nothing was imported (${errors.length} problem${errors.length === 1 ? '' : 's'}).\n`);
    return EXIT_BAD_INPUT;
  }
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === deckText) {
      ctx.out(`${sanitize(target)} already holds these ${deck.cards.length} cards: nothing changed.\n`);
      return EXIT_OK;
    }
    ctx.err(`gateprep: ${sanitize(target)} exists with other cards: rename the file to import it as a new deck.\n`);
    return EXIT_BAD_INPUT;
  }
  mkdirSync(join(ctx.homeDir, 'decks'), { recursive: true });
  writeFileAtomic(target, deckText);
  ctx.out(`Imported ${deck.cards.length} card${deck.cards.length === 1 ? '' : 's'} into ${sanitize(target)} (topic "${sanitize(deck.topic)}").\n`);
  return EXIT_OK;
}

const importCommand: Command = async (ctx) => {
  if (ctx.args.length !== 1) {
    ctx.err('usage: gateprep import FILE   (a .json backup, an Anki text export .txt/.tsv/.csv, or a deck .md)\n');
    return EXIT_USAGE;
  }
  const file = ctx.args[0]!;
  const ext = extname(file).toLowerCase();
  if (!['.json', '.txt', '.tsv', '.csv', '.md'].includes(ext)) {
    ctx.err(`gateprep: ${sanitize(file)}: import takes a .json backup, an Anki text export (.txt, .tsv, .csv) or a deck (.md)\n`);
    return EXIT_USAGE;
  }
  const text = readInput(ctx, file);
  if (text === null) return EXIT_BAD_INPUT;
  return ext === '.json' ? importBackup(ctx, file, text) : importDeck(ctx, file, text, ext !== '.md');
};

export default importCommand;

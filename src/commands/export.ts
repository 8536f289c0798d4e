/** `gateprep export --format json|anki|apkg [--out FILE]`: everything the user has as a versioned
 * JSON backup, the cards as Anki text, or cards + schedule + review history as an Anki package. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAnkiText } from '../content/ankiText.js';
import { loadLibrary } from '../content/library.js';
import { sanitize } from '../content/sanitize.js';
import { writeFileAtomic } from '../atomicWrite.js';
import { buildBackup, type ScenarioEntry } from '../progress/backup.js';
import { userDeckPaths } from '../paths.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command, type CommandContext } from './types.js';

const FORMATS = ['json', 'anki', 'apkg'] as const;
const USAGE = 'usage: gateprep export --format json|anki|apkg [--out FILE]\n';

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

function emit(ctx: CommandContext, content: string | Uint8Array, what: string): number {
  if (!ctx.flags.out) {
    ctx.out(typeof content === 'string' ? content : Buffer.from(content).toString('binary'));
    return EXIT_OK;
  }
  try {
    writeFileAtomic(ctx.flags.out, content);
  } catch (e) {
    ctx.err(`gateprep: cannot write ${sanitize(ctx.flags.out)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  ctx.err(`Wrote ${sanitize(ctx.flags.out)}: ${what}.\n`);
  return EXIT_OK;
}

const exportCommand: Command = async (ctx) => {
  const format = ctx.flags.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format) || ctx.args.length > 0) {
    ctx.err(USAGE);
    return EXIT_USAGE;
  }
  if (format === 'apkg' && !ctx.flags.out) {
    ctx.err('gateprep: an .apkg is a binary file: name it with --out FILE.apkg\n');
    return EXIT_USAGE;
  }
  const library = async () => (await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks))).cards;
  if (format === 'anki') {
    const cards = await library();
    return emit(ctx, toAnkiText(cards), `${cards.length} notes (Anki: File > Import)`);
  }
  const store = openStoreFor(ctx);
  if (!store) return EXIT_BAD_INPUT;
  if (format === 'json') {
    const backup = buildBackup(store.data, savedScenarios(ctx.homeDir), appVersion(ctx.contentDir), new Date());
    const what = `${backup.reviews.length} reviews, ${backup.quizResults.length} quizzes, ${backup.scenarios.length} scenarios`;
    return emit(ctx, `${JSON.stringify(backup, null, 1)}\n`, what);
  }
  const { buildApkg } = await import('../progress/apkg.js');
  const apkg = await buildApkg(await library(), store.data, new Date());
  return emit(ctx, apkg.bytes, `${apkg.notes} notes, ${apkg.revlog} reviews in the revlog (Anki: File > Import)`);
};

export default exportCommand;

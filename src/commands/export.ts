/** `gateprep export --format json|anki|apkg [--out FILE]`: everything the user has as a versioned
 * JSON backup, the cards as Anki text, or cards + schedule + review history as an Anki package
 * (progress/dataOut.ts, which Progress > Data uses too). */
import { loadLibrary } from '../content/library.js';
import { sanitize } from '../content/sanitize.js';
import { writeFileAtomic } from '../atomicWrite.js';
import { writeFailure } from '../writeFailure.js';
import { EXPORT_FORMATS, exportAnki, exportApkg, exportJson, type Exported } from '../progress/dataOut.js';
import { userDeckPaths } from '../paths.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command, type CommandContext } from './types.js';

const USAGE = 'usage: gateprep export --format json|anki|apkg [--out FILE]\n';

function emit(ctx: CommandContext, { content, what, hint }: Exported): number {
  if (!ctx.flags.out) {
    ctx.out(typeof content === 'string' ? content : Buffer.from(content).toString('binary'));
    return EXIT_OK;
  }
  try {
    writeFileAtomic(ctx.flags.out, content);
  } catch (e) {
    ctx.err(sanitize(`gateprep: cannot write ${ctx.flags.out}: ${writeFailure(ctx.flags.out, e)}\n`));
    return EXIT_BAD_INPUT;
  }
  ctx.err(`Wrote ${sanitize(ctx.flags.out)}: ${what}${hint ? ` (${hint})` : ''}.\n`);
  return EXIT_OK;
}

const exportCommand: Command = async (ctx) => {
  const format = ctx.flags.format ?? 'json';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format) || ctx.args.length > 0) {
    ctx.err(USAGE);
    return EXIT_USAGE;
  }
  if (format === 'apkg' && !ctx.flags.out) {
    ctx.err('gateprep: an .apkg is a binary file: name it with --out FILE.apkg\n');
    return EXIT_USAGE;
  }
  const library = async () => (await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks))).cards;
  if (format === 'anki') return emit(ctx, exportAnki(await library()));
  const store = openStoreFor(ctx);
  if (!store) return EXIT_BAD_INPUT;
  if (format === 'json') return emit(ctx, exportJson(store.data, ctx.homeDir, ctx.contentDir, new Date()));
  return emit(ctx, await exportApkg(await library(), store.data, new Date()));
};

export default exportCommand;

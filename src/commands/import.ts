/** `gateprep import FILE`: a JSON backup merged into the progress, or an Anki text export / a deck
 * made a user deck (progress/dataIn.ts, which Progress > Data uses too). */
import { sanitize } from '../content/sanitize.js';
import { importable, importFile } from '../progress/dataIn.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const importCommand: Command = async (ctx) => {
  if (ctx.args.length !== 1) {
    ctx.err('usage: gateprep import FILE   (a .json backup, an Anki text export .txt/.tsv/.csv, or a deck .md)\n');
    return EXIT_USAGE;
  }
  const file = ctx.args[0]!;
  if (!importable(file)) {
    ctx.err(`gateprep: ${sanitize(file)}: import takes a .json backup, an Anki text export (.txt, .tsv, .csv) or a deck (.md)\n`);
    return EXIT_USAGE;
  }
  const result = importFile(file, { home: ctx.homeDir, contentDir: ctx.contentDir, store: () => openStoreFor(ctx) });
  if (result.ok) {
    ctx.out(`${result.summary}\n`);
    return EXIT_OK;
  }
  for (const line of result.problems) ctx.err(`${line}\n`);
  if (result.summary) ctx.err(`gateprep: ${result.summary}\n`);
  return EXIT_BAD_INPUT;
};

export default importCommand;

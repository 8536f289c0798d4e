/** `gateprep stats [--json]`: due today, reviewed today, streak, 30-day retention, states, per topic. */
import { loadLibrary } from '../content/library.js';
import { replacements } from '../content/replaces.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { ProgressError } from '../progress/errors.js';
import { carryReplacedInStore } from '../progress/replaced.js';
import { computeStats, formatStats } from '../progress/stats.js';
import { userDeckPaths } from '../paths.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './types.js';

const stats: Command = async (ctx) => {
  const store = openStoreFor(ctx, { readOnlyFallback: true });
  if (!store) return EXIT_BAD_INPUT;
  const { cards } = await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks));
  try {
    carryReplacedInStore(store, replacements(cards));
  } catch (e) {
    if (!(e instanceof ProgressError)) throw e;
    ctx.err(`${sanitize(e.message)}\n`); // the figures below still count the replaced ids under their old names
  }
  const result = computeStats(cards, store.data, new Date());
  ctx.out(`${ctx.flags.json ? jsonForTerminal(result) : sanitize(formatStats(result))}\n`);
  return EXIT_OK;
};

export default stats;

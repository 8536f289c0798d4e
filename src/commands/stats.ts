/** `gateprep stats [--json]`: due today, reviewed today, streak, 30-day retention, states, per topic. */
import { loadLibrary } from '../content/library.js';
import { computeStats, formatStats } from '../progress/stats.js';
import { openStoreFor } from './openStore.js';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './types.js';
import { userDeckPaths } from '../paths.js';

const stats: Command = async (ctx) => {
  const store = openStoreFor(ctx);
  if (!store) return EXIT_BAD_INPUT;
  const { cards } = await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks));
  const result = computeStats(cards, store.data, new Date());
  ctx.out(ctx.flags.json ? JSON.stringify(result, null, 2) : formatStats(result));
  return EXIT_OK;
};

export default stats;

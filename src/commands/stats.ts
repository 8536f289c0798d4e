/** `gateprep stats [--json]`: due today, reviewed today, streak, 30-day retention, states, per topic. */
import { loadLibrary } from '../content/library.js';
import { ProgressError } from '../progress/errors.js';
import { computeStats, formatStats } from '../progress/stats.js';
import { replacements } from '../content/replaces.js';
import { carryReplacedInStore } from '../progress/replaced.js';
import { openProgress } from '../progress/store.js';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './types.js';
import { userDeckPaths } from '../paths.js';

const stats: Command = async (ctx) => {
  let store;
  try {
    store = openProgress({ home: ctx.homeDir });
  } catch (e) {
    if (e instanceof ProgressError) {
      ctx.err(e.message);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
  for (const notice of store.takeNotices()) ctx.err(notice);
  const { cards } = await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks));
  try {
    carryReplacedInStore(store, replacements(cards));
  } catch (e) {
    if (!(e instanceof ProgressError)) throw e;
    ctx.err(e.message); // the figures below still count the replaced ids under their old names
  }
  const result = computeStats(cards, store.data, new Date());
  ctx.out(ctx.flags.json ? JSON.stringify(result, null, 2) : formatStats(result));
  return EXIT_OK;
};

export default stats;

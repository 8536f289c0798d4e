/** `gateprep stats [--json]`: due today, reviewed today, streak, 30-day retention, states, per topic. */
import { loadLibrary } from '../content/library.js';
import { ProgressError } from '../progress/errors.js';
import { computeStats, formatStats } from '../progress/stats.js';
import { openProgress, type ProgressStore } from '../progress/store.js';
import { sanitize } from '../content/sanitize.js';
import { replacements } from '../content/replaces.js';
import { carryReplacedInStore } from '../progress/replaced.js';
import { EXIT_BAD_INPUT, EXIT_OK, type Command } from './types.js';
import { userDeckPaths } from '../paths.js';

/** Opens the store as the app does (a damaged file is moved aside); when the folder cannot be
 * written (a read-only home) or the lock cannot be had, reads it without writing anything. */
function openStore(home: string): ProgressStore {
  try {
    return openProgress({ home });
  } catch (e) {
    if (e instanceof ProgressError && (e.kind === 'unwritable' || e.kind === 'locked')) return openProgress({ home, readOnly: true });
    throw e;
  }
}

const stats: Command = async (ctx) => {
  let store;
  try {
    store = openStore(ctx.homeDir);
  } catch (e) {
    if (e instanceof ProgressError) {
      ctx.err(`${sanitize(e.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
  for (const notice of store.takeNotices()) ctx.err(`${sanitize(notice)}\n`);
  const { cards } = await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks));
  try {
    carryReplacedInStore(store, replacements(cards));
  } catch (e) {
    if (!(e instanceof ProgressError)) throw e;
    ctx.err(e.message); // the figures below still count the replaced ids under their old names
  }
  const result = computeStats(cards, store.data, new Date());
  ctx.out(`${ctx.flags.json ? JSON.stringify(result, null, 2) : sanitize(formatStats(result))}\n`);
  return EXIT_OK;
};

export default stats;

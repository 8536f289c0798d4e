/** `gateprep stats [--json] [--interview YYYY-MM-DD]`: due today, reviewed today, streak, 30-day
 * retention, states, per topic; and how many cards will not be solid by the interview day (the one
 * given, else the one saved on the Progress screen). */
import { loadLibrary } from '../content/library.js';
import { replacements } from '../content/replaces.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { ProgressError } from '../progress/errors.js';
import { carryReplacedInStore } from '../progress/replaced.js';
import { computeStats, formatStats } from '../progress/stats.js';
import { userDeckPaths } from '../paths.js';
import { checkInterviewDate, interviewCount } from '../study/interview.js';
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
  const now = new Date();
  let day = store.data.settings.interviewDate;
  if (ctx.flags.interview !== undefined) {
    const checked = checkInterviewDate(ctx.flags.interview, now);
    if (!checked.ok) {
      ctx.err(`gateprep: --interview ${sanitize(checked.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    day = checked.day;
  }
  const stats = computeStats(cards, store.data, now);
  const interview = day ? interviewCount(cards, store.data, day, now) : null;
  const result = interview ? { ...stats, interview: { date: interview.day, days: interview.days, notSolid: interview.notSolid, cards: interview.total } } : stats;
  const text = formatStats(stats) + (interview ? `\nInterview:      ${interview.day} (in ${interview.days} days): ${interview.notSolid} of ${interview.total} cards not solid by then` : '');
  ctx.out(`${ctx.flags.json ? jsonForTerminal(result) : sanitize(text)}\n`);
  return EXIT_OK;
};

export default stats;

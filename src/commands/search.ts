/** `gateprep search QUERY [--json]`: the library's ranking, best first. */
import { loadLibrary } from '../content/library.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { loadSearchIndex } from '../content/searchLoad.js';
import { userDeckPaths } from '../paths.js';
import { EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const search: Command = async (ctx) => {
  const query = ctx.args.join(' ').trim();
  if (!query) {
    ctx.err('usage: gateprep search QUERY [--json]\n');
    return EXIT_USAGE;
  }
  const library = await loadLibrary(ctx.contentDir, userDeckPaths(ctx.homeDir, ctx.flags.decks));
  for (const e of library.errors) ctx.err(sanitize(`warning: ${e.file}:${e.line}: ${e.message}\n`));
  const hits = (await loadSearchIndex(library.cards)).search(query, 20);
  if (ctx.flags.json) {
    const results = hits.map((h) => ({ id: h.card.id, title: h.card.title, topic: h.card.topic, score: Math.round(h.score * 1000) / 1000 }));
    ctx.out(`${jsonForTerminal({ results })}\n`);
    return EXIT_OK;
  }
  if (hits.length === 0) ctx.out(sanitize(`No card matches "${query}".\n`));
  for (const h of hits) ctx.out(sanitize(`${h.score.toFixed(2)}  ${h.card.title}\n      ${h.card.topic} · ${h.card.id}\n`));
  return EXIT_OK;
};

export default search;

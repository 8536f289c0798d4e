/** `gateprep check PATH... [--json]`: validate decks; exit 1 when any has an error. */
import { loadDecks } from '../content/load.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const check: Command = async (ctx) => {
  if (ctx.args.length === 0) {
    ctx.err('usage: gateprep check PATH... [--json]   (a deck file or a folder of decks)\n');
    return EXIT_USAGE;
  }
  const { decks, errors } = loadDecks(ctx.args);
  if (ctx.flags.json) {
    const report = {
      decks: decks.map((d) => ({
        file: d.file,
        cards: d.cards.length,
        errors: d.errors.map((e) => ({ line: e.line, message: e.message })),
      })),
    };
    ctx.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const d of decks) {
      ctx.out(`${d.errors.length ? 'x' : 'ok'} ${d.file}: ${d.cards.length} card${d.cards.length === 1 ? '' : 's'}${d.errors.length ? `, ${d.errors.length} error${d.errors.length === 1 ? '' : 's'}` : ''}\n`);
      for (const e of d.errors) ctx.out(`  ${e.file}:${e.line}: ${e.message}\n`);
    }
    const cards = decks.reduce((n, d) => n + d.cards.length, 0);
    ctx.out(`${decks.length} deck${decks.length === 1 ? '' : 's'}, ${cards} cards, ${errors.length} error${errors.length === 1 ? '' : 's'}\n`);
  }
  return errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
};

export default check;

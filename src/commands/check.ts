/** `gateprep check PATH... [--json]`: validate decks; exit 1 when any has an error. Errors are
 * listed in line order; everything printed that came from a file (names, messages quoting the
 * deck) goes through the sanitizer. */
import { loadDecks } from '../content/load.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import type { DeckError } from '../content/types.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const byLine = (errors: DeckError[]): DeckError[] => [...errors].sort((a, b) => a.line - b.line);

const check: Command = async (ctx) => {
  if (ctx.args.length === 0) {
    ctx.err('usage: gateprep check PATH... [--json]   (a deck file or a folder of decks)\n');
    return EXIT_USAGE;
  }
  const { decks, errors } = loadDecks(ctx.args);
  if (ctx.flags.json) {
    // JSON.stringify escapes C0 controls; the C1 and bidi ones are escaped by jsonForTerminal.
    const report = {
      decks: decks.map((d) => ({
        file: d.file,
        cards: d.cards.length,
        errors: byLine(d.errors).map((e) => ({ line: e.line, message: e.message })),
      })),
    };
    ctx.out(`${jsonForTerminal(report)}\n`);
  } else {
    for (const d of decks) {
      const file = sanitize(d.file);
      ctx.out(`${d.errors.length ? 'x' : 'ok'} ${file}: ${plural(d.cards.length, 'card')}${d.errors.length ? `, ${plural(d.errors.length, 'error')}` : ''}\n`);
      for (const e of byLine(d.errors)) ctx.out(`  ${sanitize(e.file)}:${e.line}: ${sanitize(e.message)}\n`);
    }
    const cards = decks.reduce((n, d) => n + d.cards.length, 0);
    ctx.out(`${plural(decks.length, 'deck')}, ${plural(cards, 'card')}, ${plural(errors.length, 'error')}\n`);
  }
  return errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
};

export default check;

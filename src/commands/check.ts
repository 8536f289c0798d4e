/** `gateprep check PATH... [--json]`: validate decks; exit 1 when any has an error. Warnings
 * (a correct choice that gives itself away by its length) are printed but change no exit code. */
import { clearlyLongest } from '../content/choiceBalance.js';
import { loadDecks } from '../content/load.js';
import type { Deck } from '../content/types.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function warningsOf(deck: Deck): Array<{ line: number; message: string }> {
  return deck.cards.flatMap((c) => {
    const message = clearlyLongest(c.choices);
    return message ? [{ line: c.line, message: `card "${c.title}": ${message}` }] : [];
  });
}

const check: Command = async (ctx) => {
  if (ctx.args.length === 0) {
    ctx.err('usage: gateprep check PATH... [--json]   (a deck file or a folder of decks)\n');
    return EXIT_USAGE;
  }
  const { decks, errors } = loadDecks(ctx.args);
  const warned = decks.map((d) => ({ deck: d, warnings: warningsOf(d) }));
  if (ctx.flags.json) {
    const report = {
      decks: warned.map(({ deck: d, warnings }) => ({
        file: d.file,
        cards: d.cards.length,
        errors: d.errors.map((e) => ({ line: e.line, message: e.message })),
        warnings,
      })),
    };
    ctx.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const { deck: d, warnings } of warned) {
      const counts = [d.errors.length ? plural(d.errors.length, 'error') : '', warnings.length ? plural(warnings.length, 'warning') : ''].filter(Boolean);
      ctx.out(`${d.errors.length ? 'x' : 'ok'} ${d.file}: ${plural(d.cards.length, 'card')}${counts.length ? `, ${counts.join(', ')}` : ''}\n`);
      for (const e of d.errors) ctx.out(`  ${e.file}:${e.line}: ${e.message}\n`);
      for (const w of warnings) ctx.out(`  ${d.file}:${w.line}: warning: ${w.message}\n`);
    }
    const cards = decks.reduce((n, d) => n + d.cards.length, 0);
    const warnings = warned.reduce((n, w) => n + w.warnings.length, 0);
    ctx.out(`${plural(decks.length, 'deck')}, ${cards} cards, ${plural(errors.length, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}\n`);
  }
  return errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
};

export default check;

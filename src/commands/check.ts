/** `gateprep check PATH... [--json]`: validate decks; exit 1 when any has an error. Warnings
 * (a correct choice that gives itself away by its length) are printed but change no exit code.
 * Errors are listed in line order; everything printed that came from a file (names, messages
 * quoting the deck) goes through the sanitizer. */
import { clearlyLongest } from '../content/choiceBalance.js';
import { loadDecks } from '../content/load.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import type { Deck, DeckError } from '../content/types.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const byLine = (errors: DeckError[]): DeckError[] => [...errors].sort((a, b) => a.line - b.line);

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
        errors: byLine(d.errors).map((e) => ({ line: e.line, message: e.message })),
        warnings,
      })),
    };
    // JSON.stringify escapes C0 controls; jsonForTerminal also the C1 and bidi ones.
    ctx.out(`${jsonForTerminal(report)}\n`);
  } else {
    for (const { deck: d, warnings } of warned) {
      const counts = [d.errors.length ? plural(d.errors.length, 'error') : '', warnings.length ? plural(warnings.length, 'warning') : ''].filter(Boolean);
      const file = sanitize(d.file);
      ctx.out(`${d.errors.length ? 'x' : 'ok'} ${file}: ${plural(d.cards.length, 'card')}${counts.length ? `, ${counts.join(', ')}` : ''}\n`);
      for (const e of byLine(d.errors)) ctx.out(`  ${sanitize(e.file)}:${e.line}: ${sanitize(e.message)}\n`);
      for (const w of warnings) ctx.out(`  ${file}:${w.line}: warning: ${sanitize(w.message)}\n`);
    }
    const cards = decks.reduce((n, d) => n + d.cards.length, 0);
    const warnings = warned.reduce((n, w) => n + w.warnings.length, 0);
    ctx.out(`${plural(decks.length, 'deck')}, ${plural(cards, 'card')}, ${plural(errors.length, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}\n`);
  }
  return errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
};

export default check;

/**
 * Cards merged into another: a card's `**Replaces:**` names the ids it absorbed. Plain data
 * checks, no parser: the progress store uses `replacements()` to move review history.
 */
import type { Card, DeckError } from './types.js';

/** A Replaces id that is still a card, or that two cards claim: both are deck errors. */
export function replacementErrors(cards: Card[]): DeckError[] {
  const live = new Map(cards.map((c) => [c.id, c]));
  const claimed = new Map<string, Card>();
  const errors: DeckError[] = [];
  for (const card of cards) {
    for (const old of card.replaces ?? []) {
      const at = (c: Card) => `${c.file}:${c.line}`;
      const still = live.get(old);
      const first = claimed.get(old);
      if (old === card.id) errors.push({ file: card.file, line: card.line, message: `card "${card.title}" lists its own id in **Replaces:**` });
      else if (still) errors.push({ file: card.file, line: card.line, message: `card "${card.title}" replaces "${old}", which is still a card (${at(still)}): remove that card or this entry` });
      else if (first) errors.push({ file: card.file, line: card.line, message: `card "${card.title}" replaces "${old}", which "${first.title}" (${at(first)}) already replaces: one card keeps its history` });
      else claimed.set(old, card);
    }
  }
  return errors;
}

/**
 * Old id -> the id of the card that absorbed it, for the valid entries only (not a live card,
 * claimed once). Chains are followed: a card that replaced a card that replaced another
 * collects both histories.
 */
export function replacements(cards: Card[]): Map<string, string> {
  const live = new Set(cards.map((c) => c.id));
  const claims = new Map<string, string[]>();
  for (const card of cards) for (const old of card.replaces ?? []) if (!live.has(old)) claims.set(old, [...(claims.get(old) ?? []), card.id]);
  const map = new Map<string, string>();
  for (const [old, by] of claims) if (by.length === 1 && by[0] !== old) map.set(old, by[0]!);
  return map;
}

/** The shapes every part of gateprep shares for deck content. Validated by schema.ts. */

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface Choice {
  text: string;
  correct: boolean;
}

export interface Card {
  /** Stable id: `<deck file name without .md>#<slug of the title>`. Survives renumbering and answer edits. */
  id: string;
  /** Deck id: the file name without `.md`. */
  deck: string;
  /** Topic shown in the library: the deck's front-matter `topic`, else its `title`, else the file name. */
  topic: string;
  /** The `## N. Title` heading without its number. */
  title: string;
  /** Markdown; sanitized (no control characters or escape sequences). */
  question: string;
  /** Markdown; sanitized. */
  answer: string;
  /** Deck tags followed by the card's own `**Tags:**`, lower-case, unique. `stage:<name>` links a simulator stage. */
  tags: string[];
  /** From `**Aliases:**`: learners' words and phrases that should find this card in search, lower-case. */
  aliases?: string[];
  /** From `**Replaces:**`: ids of cards merged into this one; their review history moves here. */
  replaces?: string[];
  difficulty?: Difficulty;
  /** Documentation URLs from `**Source:**`, first is the main one. */
  sources: string[];
  /** From `**Choices:**`; empty when the card has none. */
  choices: Choice[];
  explanation?: string;
  /** Source file path and the 1-based line of the card's heading. */
  file: string;
  line: number;
}

export interface DeckError {
  file: string;
  /** 1-based line the problem is on (or starts on). */
  line: number;
  message: string;
}

export interface Deck {
  id: string;
  file: string;
  title: string;
  topic: string;
  tags: string[];
  cards: Card[];
  errors: DeckError[];
}

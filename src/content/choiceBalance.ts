/**
 * Does the length of a choice give the answer away? A learner who always picks the longest
 * choice should score what chance gives, not 80%. Lengths are of the text as shown (Markdown
 * marks not counted). Used by `gateprep check` (a warning per card) and by the content test
 * that keeps the whole library within bounds; the simulator's generated questions too.
 */
import type { Choice } from './types.js';

/**
 * "Clearly the longest": a correct choice at least CLEAR_RATIO times as long as the longest
 * wrong choice and at least CLEAR_CHARS characters longer. Both, so that short choices
 * ("429" vs "403") and long ones of nearly equal length are not flagged.
 */
export const CLEAR_RATIO = 1.3;
export const CLEAR_CHARS = 15;

export const shownLength = (text: string): number => text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim().length;

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

interface Split {
  right: number[];
  wrong: number[];
}
function split(choices: Choice[]): Split {
  const right: number[] = [];
  const wrong: number[] = [];
  for (const c of choices) (c.correct ? right : wrong).push(shownLength(c.text));
  return { right, wrong };
}

/** The message for a card whose correct choice is clearly the longest, else undefined. */
export function clearlyLongest(choices: Choice[]): string | undefined {
  const { right, wrong } = split(choices);
  if (right.length === 0 || wrong.length === 0) return undefined;
  const longestWrong = Math.max(...wrong);
  const longestRight = Math.max(...right);
  if (longestRight < longestWrong * CLEAR_RATIO || longestRight - longestWrong < CLEAR_CHARS) return undefined;
  return `the correct choice is clearly the longest (${longestRight} characters; the longest wrong one has ${longestWrong}): make the wrong choices as specific, or the right one shorter`;
}

export interface BalanceFigures {
  /** Cards measured. */
  cards: number;
  /** Share of cards where the correct choices are strictly longer than every wrong choice. */
  longestShare: number;
  /** Median over cards of the (average) correct length, over the median of the per-card average wrong length. */
  medianRatio: number;
}

function figures(sets: Choice[][]): BalanceFigures {
  const measured = sets.map(split).filter((s) => s.right.length > 0 && s.wrong.length > 0);
  if (measured.length === 0) return { cards: 0, longestShare: 0, medianRatio: 1 };
  const longest = measured.filter((s) => Math.min(...s.right) > Math.max(...s.wrong)).length;
  const wrongMedian = median(measured.map((s) => mean(s.wrong)));
  return {
    cards: measured.length,
    longestShare: longest / measured.length,
    medianRatio: wrongMedian > 0 ? median(measured.map((s) => mean(s.right))) / wrongMedian : 1,
  };
}

export interface LibraryBalance {
  /** Cards with exactly one correct choice. */
  single: BalanceFigures;
  /** "Select TWO" cards: both correct choices longer than every wrong one counts as "longest". */
  selectTwo: BalanceFigures;
}

/** The library-wide figures over each card's choices. */
export function choiceBalance(cards: Array<{ choices: Choice[] }>): LibraryBalance {
  const withCorrect = (n: number) => cards.map((c) => c.choices).filter((cs) => cs.filter((x) => x.correct).length === n);
  return { single: figures(withCorrect(1)), selectTwo: figures(withCorrect(2)) };
}

/** The bounds the library keeps (chance with four or five choices is 20-25%). */
export const BOUNDS = { longestShare: 0.27, medianRatio: [0.85, 1.15] } as const;

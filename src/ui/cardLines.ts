/** The lines a card shows, in reading order: title, question, then (revealed) answer, choices, explanation, sources. */
import type { Card } from '../content/types.js';
import { stem, words } from '../content/words.js';
import { markWords, renderMarkdown, wrap, type Line } from './markdown.js';
import { wrapUrl } from './wrapUrl.js';

export function cardLines(card: Card, width: number, revealed: boolean, highlight = ''): Line[] {
  const stems = new Set(words(highlight).map(stem));
  const mark = (lines: Line[]): Line[] =>
    stems.size === 0 ? lines : lines.map((l) => markWords(l, (w) => stems.has(stem(w.toLowerCase()))));
  const out: Line[] = [];
  const section = (label: string) => out.push([], [{ text: label, bold: true }]);
  out.push(...mark(wrap([{ text: card.title, bold: true }], width)));
  const meta = [card.difficulty, card.tags.filter((t) => !t.startsWith('stage:')).join(', ')].filter(Boolean).join(' · ');
  if (meta) out.push([{ text: meta }]);
  if (card.question !== card.title) {
    out.push([]);
    out.push(...mark(renderMarkdown(card.question, width)));
  }
  if (!revealed) {
    out.push([], [{ text: 'Press space or enter to show the answer.' }]);
    return out;
  }
  section('Answer');
  out.push(...mark(renderMarkdown(card.answer, width)));
  if (card.choices.length > 0) {
    section('Choices');
    for (const c of card.choices) out.push(...wrap([{ text: c.text, bold: c.correct }], width, c.correct ? '[x] ' : '[ ] ', 4));
  }
  if (card.explanation) {
    section('Explanation');
    out.push(...renderMarkdown(card.explanation, width));
  }
  if (card.sources.length > 0) {
    section(card.sources.length === 1 ? 'Source' : 'Sources');
    for (const s of card.sources) out.push(...wrapUrl(s, width).map((part) => [{ text: part }]));
  }
  return out;
}

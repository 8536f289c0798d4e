/** The lines the quiz screens draw (pure: question, choices, feedback, review). */
import { wrapUrl } from '../../wrapUrl.js';
import type { QuizAnswer, QuizQuestion, ReviewItem } from '../../../study/quiz.js';
import { isCorrect, LABELS } from '../../../study/quiz.js';
import { inline, renderMarkdown, wrap, type Line, type Span } from '../../markdown.js';

/** How to answer a question with several correct choices (the question itself says "Select TWO"). */
export function selectLine(q: QuizQuestion): Line[] {
  if (q.select <= 1) return [];
  return [[{ text: `${q.select} answers:`, bold: true }, { text: ' press the letter of each; a letter again takes it back.' }]];
}

/**
 * The choices. Before feedback: `[x]` marks a chosen one. With feedback: `✓` marks a correct
 * choice, `✗` a chosen wrong one, and `›` what the user chose (symbols, not only colour).
 */
export function choiceLines(q: QuizQuestion, selected: readonly number[], width: number, feedback: boolean): Line[] {
  const out: Line[] = [];
  q.choices.forEach((c, i) => {
    const chosen = selected.includes(i);
    let mark: string;
    if (!feedback) mark = chosen ? '[x] ' : '[ ] ';
    else mark = `${chosen ? '›' : ' '}${c.correct ? '✓' : chosen ? '✗' : ' '}  `;
    const text = inline(c.text).map((sp) => ({ ...sp, bold: Boolean(sp.bold) || (feedback && c.correct), mark: chosen && !feedback }));
    const label = `${LABELS[i]}) `;
    // a choice's second line starts under its text, not under its letter
    out.push(...wrap([{ text: label, bold: true }, ...text], width, mark, mark.length + label.length));
  });
  return out;
}

export function questionLines(q: QuizQuestion, a: QuizAnswer, width: number, feedback: boolean): Line[] {
  const out: Line[] = [];
  out.push([{ text: q.topic }, { text: ' · ' }, { text: q.title, bold: true }]);
  out.push([]);
  out.push(...renderMarkdown(q.prompt, width));
  const sel = selectLine(q);
  if (sel.length) out.push([], ...sel);
  out.push([]);
  out.push(...choiceLines(q, a.selected, width, feedback));
  if (feedback) out.push(...feedbackLines(q, a.selected, width));
  return out;
}

/** "a) text; c) text" for the correct choices, with their `code` and **bold** rendered like the choices above. */
export function correctSpans(q: QuizQuestion): Span[] {
  return q.choices.flatMap((c, i) => (c.correct ? [{ text: `${i > q.choices.findIndex((x) => x.correct) ? '; ' : ''}${LABELS[i]}) ` }, ...inline(c.text)] : []));
}

/** Right or wrong, the correct choice, the explanation and the source. */
export function feedbackLines(q: QuizQuestion, selected: readonly number[], width: number): Line[] {
  const out: Line[] = [[]];
  if (selected.length === 0) out.push([{ text: '– Not answered.', bold: true }]);
  else if (isCorrect(q, selected)) out.push([{ text: '✓ Right.', bold: true }]);
  else out.push([{ text: '✗ Wrong.', bold: true }]);
  out.push(...wrap([{ text: 'Correct: ', bold: true }, ...correctSpans(q)], width));
  out.push([], [{ text: 'Explanation', bold: true }]);
  out.push(...renderMarkdown(q.explanation, width));
  if (q.sources.length > 0) {
    out.push([], [{ text: q.sources.length === 1 ? 'Source' : 'Sources', bold: true }]);
    for (const s of q.sources) out.push(...wrapUrl(s, width).map((part) => [{ text: part }]));
  }
  return out;
}

export function reviewLines(item: ReviewItem, width: number): Line[] {
  const q = item.question;
  const out: Line[] = [];
  const partly = `◐ partly answered (${item.selected.length} of ${q.select} chosen: counted wrong)`;
  const verdict = { right: '✓ right', wrong: '✗ wrong', partial: partly, unanswered: '– unanswered' }[item.verdict];
  out.push([{ text: `${item.index + 1}. ` }, { text: q.title, bold: true }, { text: `  ${verdict}${item.flagged ? ' · ⚑ flagged' : ''}` }]);
  out.push([{ text: q.topic }]);
  out.push([]);
  out.push(...renderMarkdown(q.prompt, width));
  const sel = selectLine(q);
  if (sel.length) out.push([], ...sel);
  out.push([]);
  out.push(...choiceLines(q, item.selected, width, true));
  const yours = item.selected.map((i) => `${LABELS[i]}) ${q.choices[i]!.text}`).join('; ');
  out.push([]);
  out.push(...wrap([{ text: 'Your answer: ', bold: true }, { text: yours || '(none)' }], width));
  out.push(...feedbackLines(q, item.selected, width).slice(2));
  return out;
}

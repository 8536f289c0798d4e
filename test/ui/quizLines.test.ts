import { describe, expect, it } from 'vitest';
import { choiceLines, feedbackLines } from '../../src/ui/screens/quiz/quizLines.js';
import type { QuizQuestion } from '../../src/study/quiz.js';

describe('quiz choices on a narrow screen', () => {
  it('continue a long choice under its text, not under its letter', () => {
    const q = { choices: [{ text: 'A long choice that has to wrap onto a second line here', correct: true }, { text: 'Short', correct: false }] } as unknown as QuizQuestion;
    const lines = choiceLines(q, [], 30, false).map((l) => l.map((s) => s.text).join(''));
    expect(lines[0]).toBe('[ ] a) A long choice that has');
    expect(lines[1]).toBe('       to wrap onto a second');
    expect(lines[1]!.indexOf('to')).toBe(lines[0]!.indexOf('A long'));
  });
});

describe('the feedback after an answer', () => {
  it('names the correct choices with their code rendered, not with raw backticks', () => {
    const q = {
      choices: [{ text: 'The `$connect` route', correct: true }, { text: 'The `$default` route', correct: false }, { text: 'The **$disconnect** route', correct: true }],
      explanation: 'Because.',
      sources: [],
    } as unknown as QuizQuestion;
    const line = feedbackLines(q, [0], 80).map((l) => l.map((s) => s.text).join('')).find((l) => l.startsWith('Correct: '));
    expect(line).toBe('Correct: a) The $connect route; c) The $disconnect route');
    const spans = feedbackLines(q, [0], 80).find((l) => l[0]?.text === 'Correct: ')!;
    expect(spans.find((s) => s.text === '$connect')?.code).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { choiceLines } from '../../src/ui/screens/quiz/quizLines.js';
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

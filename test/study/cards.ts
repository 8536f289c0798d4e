/** Small Card[] builders for study tests. */
import type { Card } from '../../src/content/types.js';
import type { QuizQuestion } from '../../src/study/quiz.js';

export function card(deck: string, slug: string, topic = deck, question = `What is ${slug}?`): Card {
  return { id: `${deck}#${slug}`, deck, topic, title: slug, question, answer: `${slug} is...`, tags: [], sources: [], choices: [], file: `${deck}.md`, line: 1 };
}

export function deck(name: string, n: number, topic = name): Card[] {
  return Array.from({ length: n }, (_, i) => card(name, `c${i}`, topic));
}

/** A quiz question with `n` choices, `correct` the right ones (display order = original order). */
export function quizQuestion(id: string, topic = 'Caching', correct: number[] = [0], n = 2): QuizQuestion {
  const choices = Array.from({ length: n }, (_, i) => ({ text: `${id} ${i}`, correct: correct.includes(i), original: i }));
  return { id, topic, title: id, prompt: `${id}?`, select: correct.length, explanation: '', sources: [], choices };
}

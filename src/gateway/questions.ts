/**
 * Questions the simulator writes: a small generated configuration and a request (or a burst),
 * and a question about what happens. The correct answer is what the engine computes; wrong
 * choices are real answers that apply to other requests or settings. Seeded: the same seed
 * and kind give the same question, so a question can be reproduced (its id names both).
 * Pure: no React, no I/O.
 */
import { mulberry32, shuffle } from './random.js';
import { burstQuestion, nextPassQuestion, stageQuestion, statusQuestion } from './questions/kinds.js';
import { bodyQuestion, corsQuestion, lambdaStatusQuestion } from './questions/lifecycle.js';
import { httpQuestion, wsQuestion } from './questions/apiTypes.js';
import { QUESTION_KINDS, type GeneratedQuestion, type QuestionKind } from './questions/model.js';

export * from './questions/model.js';
export { nextPassMs, formatSeconds } from './questions/kinds.js';
export { bodyChoice, corsAnswer } from './questions/lifecycle.js';
export { STAGE_LABELS, traceLines } from './questions/wording.js';
export { shuffle, type Rand } from './random.js';
/** Seeded randomness for questions and quizzes (mulberry32). */
export const rng = mulberry32;

const MAKERS: Record<QuestionKind, (seed: number) => GeneratedQuestion> = {
  status: statusQuestion,
  stage: stageQuestion,
  burst: burstQuestion,
  'next-pass': nextPassQuestion,
  'lambda-status': lambdaStatusQuestion,
  body: bodyQuestion,
  cors: corsQuestion,
  http: httpQuestion,
  websocket: wsQuestion,
};

/** One question of a kind from a seed (the same seed gives the same question). */
export function generateQuestion(kind: QuestionKind, seed: number): GeneratedQuestion {
  return MAKERS[kind](seed >>> 0);
}

/** `count` questions from a seed, kinds in turn. */
export function generateQuestions(count: number, seed: number): GeneratedQuestion[] {
  const r = rng(seed);
  const out: GeneratedQuestion[] = [];
  const kinds = shuffle(r, QUESTION_KINDS);
  for (let i = 0; i < count; i++) out.push(generateQuestion(kinds[i % kinds.length]!, Math.floor(r() * 2 ** 32)));
  return out;
}

/** Rebuilds a generated question from its id (`sim:<kind>:<seed>`); null when the id is not one. */
export function questionFromId(id: string): GeneratedQuestion | null {
  const m = /^sim:(status|stage|burst|next-pass|lambda-status|body|cors|http|websocket):(\d+)$/.exec(id);
  return m ? generateQuestion(m[1] as QuestionKind, Number(m[2])) : null;
}

/**
 * The whole text of generated questions for fixed seeds: title, prompt, choices in order, the
 * marked answer, explanation, scenario and sources, pinned in seededQuestions.golden.json. The
 * seeds were picked so that every case of every kind appears at least once (each seed below gives
 * a prompt shape, a configuration line, a choice or a marked answer the earlier ones did not). That the marked answer is what the
 * engine computes is checked for any seed in ../questions.test.ts; this file pins the wording, so a
 * changed word, choice or order fails here. After a deliberate wording change, regenerate with
 *   QUESTIONS_GOLDEN_WRITE=1 npx vitest run test/gateway/questions/seededQuestions.test.ts
 * and read the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateQuestion, type GeneratedQuestion, type QuestionKind } from '../../../src/gateway/questions.js';

const SEEDS: Record<QuestionKind, number[]> = {
  status: [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 22, 24, 29, 54],
  stage: [0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 22, 24, 29, 54],
  burst: [0, 2, 5, 7, 10, 12, 13, 14],
  'next-pass': [0, 2, 5, 7, 10, 12, 13, 14],
  'lambda-status': [0, 1, 3, 4, 6, 7, 8, 9, 10, 12, 14, 19, 21, 36, 41, 48],
  body: [0, 1, 2, 7, 8, 10],
  cors: [0, 1, 2, 4, 7, 14],
  http: [0, 2, 5, 6, 7, 8, 9, 10, 12, 18, 24, 35, 38, 39, 42, 68, 89, 95],
  websocket: [0, 1, 4, 5, 6, 7, 8, 11, 18, 20, 30],
};

const file = resolve(__dirname, 'seededQuestions.golden.json');
const ids = Object.entries(SEEDS).flatMap(([kind, seeds]) => seeds.map((s) => `sim:${kind}:${s}`));

if (process.env.QUESTIONS_GOLDEN_WRITE === '1') {
  const all = ids.map((id) => {
    const [, kind, seed] = id.split(':');
    return generateQuestion(kind as QuestionKind, Number(seed));
  });
  writeFileSync(file, JSON.stringify(all, null, 1) + '\n');
}

const golden = JSON.parse(readFileSync(file, 'utf8')) as GeneratedQuestion[];

describe('generated questions for fixed seeds, word for word', () => {
  it('the golden file holds exactly the seeds listed here', () => {
    expect(golden.map((q) => q.id)).toEqual(ids);
  });
  for (const [kind, seeds] of Object.entries(SEEDS) as [QuestionKind, number[]][]) {
    it(kind, () => {
      for (const seed of seeds) expect(generateQuestion(kind, seed), `sim:${kind}:${seed}`).toEqual(golden.find((q) => q.id === `sim:${kind}:${seed}`));
    });
  }
});

/**
 * At start, before any screen loads: is work from an earlier run waiting (an unfinished exam,
 * a simulator draft)? A cheap look at the files, so Home can say so on its first frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from './kept.js';

/** The same names as study/keptQuiz.ts and sim/draft.ts (not imported: they bring the quiz and the engine). */
const EXAM_FILE = 'unfinished-exam.json';
const DRAFT_FILE = 'simulator-draft.json';

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

export function keptNotices(home: string): string[] {
  const out: string[] = [];
  const exam = readJson(join(home, EXAM_FILE));
  if (isRecord(exam) && isRecord(exam.session) && Array.isArray(exam.session.questions)) {
    const n = exam.session.questions.length;
    const minutes = Math.max(1, Math.round(Number(exam.remainingMs) / 60_000));
    out.push(`An unfinished exam (${n} questions, about ${minutes} min left) was kept: open Quiz to resume it.`);
  }
  if (isRecord(readJson(join(home, DRAFT_FILE)))) out.push('Unsaved simulator changes were kept: open the Simulator to restore them.');
  return out;
}

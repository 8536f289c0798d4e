/** The JSON backup (`gateprep export --format json`) and its merge (`gateprep import FILE`).
 * The format is documented in the README ("Export format"); `version` goes up on any change
 * that an older gateprep could not read. Merging is idempotent and never drops a review. */
import * as z from 'zod/mini';
import { parseJsonText } from '../jsonText.js';
import { leechMark, progressV2, quizResult, reviewEntry, settings, srsState, stageResult, type ProgressData, type SrsState } from './schema.js';

export const BACKUP_FORMAT = 'gateprep-backup';
export const BACKUP_VERSION = 1;

export const scenarioEntry = z.object({ file: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.json$/)), text: z.string() });

export const backupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  app: z.string(),
  settings,
  cards: z.record(z.string(), srsState),
  reviews: z.array(reviewEntry),
  quizResults: z.array(quizResult),
  simulator: z.record(z.string(), stageResult),
  leeches: z.record(z.string(), leechMark),
  scenarios: z.array(scenarioEntry),
});

export type Backup = z.infer<typeof backupV1>;
export type ScenarioEntry = z.infer<typeof scenarioEntry>;

export function buildBackup(data: Readonly<ProgressData>, scenarios: ScenarioEntry[], app: string, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app,
    settings: { ...data.settings },
    cards: { ...data.cards },
    reviews: [...data.reviews].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)),
    quizResults: [...data.quizResults],
    simulator: { ...data.simulator },
    leeches: { ...data.leeches },
    scenarios,
  };
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

/** Reads a backup file's text; every failure is one plain sentence (the caller adds the file name). */
export function parseBackup(text: string): ParsedBackup {
  // the line and column even when Node gives no position (a file cut short: "Unexpected end")
  const read = parseJsonText(text);
  if (!read.ok) return { ok: false, message: read.message };
  const json = read.value;
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    return { ok: false, message: `not a gateprep backup (its "format" is not "${BACKUP_FORMAT}")` };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, message: `made by a newer gateprep (backup version ${head.version}; this one reads up to ${BACKUP_VERSION}): update gateprep, nothing was imported` };
  }
  const parsed = backupV1.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${issue.path.join('.') || '(file)'}: ${issue.message}` };
  }
  return { ok: true, backup: parsed.data };
}

export interface MergeCounts {
  reviews: number;
  quizzes: number;
  cards: number;
  stages: number;
  leeches: number;
  settings: boolean;
}

/** Which of two states of one card is the later one (by last review, then due). */
function later(a: SrsState, b: SrsState): SrsState {
  const la = a.lastReview ?? -1;
  const lb = b.lastReview ?? -1;
  if (la !== lb) return la > lb ? a : b;
  if (a.reps !== b.reps) return a.reps > b.reps ? a : b;
  return a.due >= b.due ? a : b;
}

/**
 * Merges a backup into `data` (in place) and says what it added. Reviews and quiz results are
 * united by id; each card keeps its later state; a stage keeps the count with more attempts (counts
 * cannot be added without counting twice on a second import); settings come from the file only
 * into a home with no reviews of its own. Importing the same file again changes nothing.
 */
export function mergeBackup(data: ProgressData, b: Backup): MergeCounts {
  const counts: MergeCounts = { reviews: 0, quizzes: 0, cards: 0, stages: 0, leeches: 0, settings: false };
  if (data.reviews.length === 0 && JSON.stringify(data.settings) !== JSON.stringify(b.settings)) {
    data.settings = { ...b.settings };
    counts.settings = true;
  }
  const ids = new Set(data.reviews.map((r) => r.id));
  const added = b.reviews.filter((r) => !ids.has(r.id));
  if (added.length > 0) {
    data.reviews = [...data.reviews, ...added].sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    counts.reviews = added.length;
  }
  for (const [card, state] of Object.entries(b.cards)) {
    const mine = data.cards[card];
    const next = mine ? later(mine, state) : state;
    if (next !== mine && JSON.stringify(next) !== JSON.stringify(mine)) {
      data.cards[card] = next;
      counts.cards++;
    }
  }
  const quizIds = new Set(data.quizResults.map((q) => q.id));
  for (const q of b.quizResults) {
    if (quizIds.has(q.id)) continue;
    data.quizResults.push(q);
    counts.quizzes++;
  }
  if (counts.quizzes > 0) data.quizResults.sort((x, y) => x.at - y.at);
  for (const [stage, r] of Object.entries(b.simulator)) {
    const mine = data.simulator[stage];
    if (mine && (r.attempts < mine.attempts || (r.attempts === mine.attempts && r.correct <= mine.correct))) continue;
    data.simulator[stage] = { ...r };
    counts.stages++;
  }
  for (const [card, mark] of Object.entries(b.leeches)) {
    if (data.leeches[card]) continue;
    data.leeches[card] = { ...mark };
    counts.leeches++;
  }
  return counts;
}

/** The backup's progress as a whole store state (for tests and for comparing homes). */
export function backupAsProgress(b: Backup): ProgressData {
  return progressV2.parse({ version: 2, settings: b.settings, cards: b.cards, reviews: b.reviews, quizResults: b.quizResults, simulator: b.simulator, leeches: b.leeches });
}

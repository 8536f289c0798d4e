/** The files the progress store keeps in the data folder (a module of its own, without zod, so
 * Home's early figures can find them before the store loads). */
export const FILE_NAME = 'progress.json';
export const JOURNAL_NAME = 'progress.journal';
/** Home's figures, kept for the next start (summaryFile.ts): a cache, never the only copy of anything. */
export const SUMMARY_NAME = 'progress.summary.json';

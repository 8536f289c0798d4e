/**
 * Simulator edits not saved as a scenario survive a quit as a draft (GATEPREP_HOME/
 * simulator-draft.json): the whole timeline and where the user was, restored on request
 * through the same schema check as any scenario file.
 */
import { isRecord } from '../progress/kept.js';
import { loadScenarioText } from './files.js';
import { toScenarioFile, type Session } from './session.js';

export const DRAFT_FILE = 'simulator-draft.json';

export interface SimDraft {
  version: 1;
  scenario: Record<string, unknown>;
  source: Session['source'];
  cursor: number;
  keptAt: number;
}

export function toDraft(s: Session, at: number): SimDraft {
  const all = { ...s, cursor: s.doc.requests.length - 1 };
  return { version: 1, scenario: toScenarioFile(all, s.source.name), source: s.source, cursor: s.cursor, keptAt: at };
}

export function checkDraft(v: unknown): SimDraft | null {
  if (!isRecord(v) || v.version !== 1 || !isRecord(v.scenario) || !isRecord(v.source) || typeof v.source.name !== 'string') return null;
  return typeof v.cursor === 'number' && typeof v.keptAt === 'number' ? (v as unknown as SimDraft) : null;
}

/** The draft as a session again (same source, so a save writes where it would have), or why not. */
export function fromDraft(d: SimDraft): { ok: true; session: Session } | { ok: false; message: string } {
  const loaded = loadScenarioText(JSON.stringify(d.scenario), d.source.path ?? d.source.name, d.source.home);
  if (!loaded.ok) return { ok: false, message: `the draft is not a valid scenario: ${loaded.errors[0]!.path || '(file)'}: ${loaded.errors[0]!.message}` };
  const last = loaded.session.doc.requests.length - 1;
  return { ok: true, session: { ...loaded.session, source: d.source, cursor: Math.max(0, Math.min(last, d.cursor)) } };
}

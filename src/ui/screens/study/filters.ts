/** A study session's filter as the screen holds it (one deck or one topic, or all). */
import type { QueueFilter } from '../../../study/flashcards.js';

export interface StudyProps {
  deck?: string;
  topic?: string;
  cram?: boolean;
  /** The interview session: what would not be solid by the date in the settings, reviewed early. */
  interview?: boolean;
}

export function filterOf({ deck, topic }: StudyProps): QueueFilter {
  return { ...(deck ? { decks: [deck] } : {}), ...(topic ? { topics: [topic] } : {}) };
}

export function filterLabel({ deck, topic }: StudyProps): string {
  return topic ? topic : deck ? `deck ${deck}` : 'all cards';
}

/** The filter part alone (no cram flag). */
export function pickFilter({ deck, topic }: StudyProps): StudyProps {
  return { ...(deck ? { deck } : {}), ...(topic ? { topic } : {}) };
}

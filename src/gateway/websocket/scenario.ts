/** WebSocket API scenario files: parse + validate, and run the timeline into results. */
import type { ScenarioError } from '../scenario.js';
import { zodErrors } from '../zodErrors.js';
import { wsScenarioSchema, type WsEvent, type WsScenarioParsed } from './schema.js';
import { WsTimeline, expandEvents, type WsResult } from './timeline.js';

export const MAX_TIMELINE_EVENTS = 200_000;

export interface WsScenario {
  apiType: 'WEBSOCKET';
  name: string;
  description?: string;
  parsed: WsScenarioParsed;
  events: Array<{ e: WsEvent; atMs: number }>;
}

export function parseWsScenario(json: unknown): { ok: true; scenario: WsScenario } | { ok: false; errors: ScenarioError[] } {
  const parsed = wsScenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const events = expandEvents(parsed.data.events, MAX_TIMELINE_EVENTS);
  if (typeof events === 'string') {
    const colon = events.indexOf(': ');
    return { ok: false, errors: [{ path: events.slice(0, colon), message: events.slice(colon + 2) }] };
  }
  const scenario: WsScenario = { apiType: 'WEBSOCKET', name: parsed.data.name, parsed: parsed.data, events };
  if (parsed.data.description !== undefined) scenario.description = parsed.data.description;
  return { ok: true, scenario };
}

/** Runs the whole timeline; `until` (virtual ms) closes what timed out by then (default: the last event). */
export function runWsScenario(s: WsScenario, options?: { cardsFor?: (stage: string) => string[]; until?: number; trace?: boolean }): WsResult[] {
  const t = new WsTimeline(s.parsed, options?.cardsFor, options?.trace !== false);
  for (const { e, atMs } of s.events) t.run(e, atMs);
  if (options?.until !== undefined) t.advanceTo(options.until);
  return t.results;
}

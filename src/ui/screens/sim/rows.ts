/** The rows each editable view lists: settings and request rows edit the scenario; load rows edit the pattern. */
import { REQUEST_ROWS, SETTING_ROWS, type Row } from '../../../sim/settings.js';
import type { LoadPatternInput } from '../../../state/simStore.js';

export interface PatternRow {
  id: keyof LoadPatternInput;
  label: string;
  step: number;
  min: number;
  max: number;
}

export const PATTERN_ROWS: PatternRow[] = [
  { id: 'rps', label: 'Requests per second', step: 5, min: 0, max: 100_000 },
  // the burst pattern: all at once at the start, then the steady rate (0 rps: the burst alone)
  { id: 'burst', label: 'Burst at t+0 s', step: 10, min: 0, max: 100_000 },
  { id: 'seconds', label: 'Duration s', step: 5, min: 1, max: 600 },
  { id: 'apiKeys', label: 'API keys used', step: 1, min: 0, max: 100 },
  { id: 'cacheablePct', label: 'Cacheable GETs %', step: 10, min: 0, max: 100 },
];

const byId = (id: string) => SETTING_ROWS.find((r) => r.id === id)!;

/** Load mode also changes the limits, to run again and compare. */
export const LOAD_DOC_ROWS: Row[] = ['methodRate', 'methodBurst', 'stageRate', 'stageBurst', 'planRate', 'planBurst', 'quotaLimit', 'cache'].map(byId);

export type LoadRow = { kind: 'pattern'; row: PatternRow } | { kind: 'doc'; row: Row };

export const LOAD_ROWS: LoadRow[] = [...PATTERN_ROWS.map((row) => ({ kind: 'pattern' as const, row })), ...LOAD_DOC_ROWS.map((row) => ({ kind: 'doc' as const, row }))];

export { REQUEST_ROWS, SETTING_ROWS };

export function clampPattern(r: PatternRow, v: number): number {
  return Math.max(r.min, Math.min(r.max, Math.round(v)));
}

/**
 * `gateprep trace FILE [--json]`: run a simulator scenario (../shared/SCENARIOS.md).
 * --json: one object `{ scenario, results }` on stdout. Otherwise a table, one row per request,
 * then the full trace of every request that stopped. FILE may also be a preset name
 * (a file in <contentDir>/scenarios).
 */
import { existsSync } from 'node:fs';
import { MAX_SCENARIO_BYTES, readError, readRegularFile } from '../readFile.js';
import { join } from 'node:path';
import { loadLibrary } from '../content/library.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { stageCardIndex } from '../content/stageCards.js';
import type { StageName } from '../gateway/model.js';
import { loadAnyScenario, runAnyScenario } from '../gateway/apiType.js';
import type { HttpScenarioResult } from '../gateway/http/scenario.js';
import type { Scenario, ScenarioResult } from '../gateway/scenario.js';
import type { WsResult } from '../gateway/websocket/timeline.js';
import { isDefinition } from './openApiInput.js';
import { traceDefinition } from './traceDefinition.js';
import { renderHttpText, renderWsText } from './traceText.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command, type CommandContext } from './types.js';
import { offsetText } from '../gateway/clock.js';

const USAGE =
  'usage: gateprep trace FILE [--json]   (a scenario file, see docs/scenario-format.md, or a preset name)\n' +
  '       gateprep trace API.yaml|API.json [--requests REQUESTS.json] [--side FILE] [--strict] [--json]   (an OpenAPI definition)\n';

/** Cards tagged `stage:<name>` in the built-in decks (see content/stageCards.ts). */
export async function cardsForFromDecks(contentDir: string): Promise<(stage: StageName) => string[]> {
  try {
    return stageCardIndex((await loadLibrary(contentDir, [])).cards);
  } catch {
    return () => []; // no decks: traces simply carry no card links
  }
}

/** Preset folders: REST presets at the top, HTTP and WebSocket presets in folders of their own. */
export const PRESET_DIRS = ['', 'http', 'websocket'];

export function resolveFile(ctx: CommandContext, arg: string): string {
  if (existsSync(arg)) return arg;
  const file = arg.endsWith('.json') ? arg : `${arg}.json`;
  for (const dir of PRESET_DIRS) {
    const preset = join(ctx.contentDir, 'scenarios', dir, file);
    if (existsSync(preset)) return preset;
  }
  // the OpenAPI examples by name: `gateprep trace pet-store`
  for (const ext of ['.yaml', '.json']) {
    const example = join(ctx.contentDir, 'scenarios', 'openapi', `${arg}${ext}`);
    if (!arg.includes('/') && existsSync(example)) return example;
  }
  return arg;
}

const trace: Command = async (ctx) => {
  const arg = ctx.args[0];
  if (arg === undefined || ctx.args.length > 1) {
    ctx.err(USAGE);
    return EXIT_USAGE;
  }
  const file = resolveFile(ctx, arg);
  if (isDefinition(file)) {
    const cardsFor = await cardsForFromDecks(ctx.contentDir);
    return traceDefinition(ctx, file, async (s) => runAnyScenario({ apiType: 'REST', ...s }, { cardsFor: cardsFor as (stage: string) => string[] }) as ScenarioResult[], renderText);
  }
  if (ctx.flags.requests !== undefined || ctx.flags.side !== undefined) {
    ctx.err('gateprep trace: --requests and --side go with an OpenAPI definition (API.yaml or API.json)\n');
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = readRegularFile(file, MAX_SCENARIO_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.err(sanitize(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file (and no preset of that name)' : readError(e)}\n`));
    return EXIT_BAD_INPUT;
  }
  const parsed = await loadAnyScenario(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) ctx.err(sanitize(`${file}: ${e.path === "" ? "(file)" : e.path}: ${e.message}\n`));
    return EXIT_BAD_INPUT;
  }
  const s = parsed.scenario;
  const cardsFor = await cardsForFromDecks(ctx.contentDir);
  const results = runAnyScenario(s, { cardsFor: cardsFor as (stage: string) => string[] });
  if (ctx.flags.json) {
    const head = s.apiType === 'REST' ? { scenario: s.name } : { scenario: s.name, apiType: s.apiType };
    ctx.out(`${jsonForTerminal({ ...head, results })}\n`);
    return EXIT_OK;
  }
  const rendered =
    s.apiType === 'HTTP'
      ? renderHttpText(s.name, s.description, results as HttpScenarioResult[])
      : s.apiType === 'WEBSOCKET'
        ? renderWsText(s.name, s.description, results as WsResult[])
        : renderText(s, results as ScenarioResult[]);
  ctx.out(sanitize(rendered));
  return EXIT_OK;
};

export default trace;

/** The longest stage name (integrationResponse). */
const STAGE_WIDTH = 19;

const show = (v: unknown): string => (v === null || v === undefined ? '-' : String(v));

/** The request line's target: the path and its query string (`/pets?limit=2`). */
export function target(path: string, query: Readonly<Record<string, string>>): string {
  const qs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return qs.length === 0 ? path : `${path}?${qs.join('&')}`;
}

/** The text report. Requests are numbered from 1, as the app does (--json keeps the 0-based index). */
export function renderText(scenario: Pick<Scenario, 'name' | 'description' | 'requests'>, results: ScenarioResult[]): string {
  const lines: string[] = [`Scenario: ${scenario.name}`];
  if (scenario.description) lines.push(scenario.description);
  const targetOf = (r: ScenarioResult): string => target(r.path, scenario.requests[r.index]?.request.query ?? {});
  lines.push('');
  const browser = results.some((r) => r.cors !== null);
  const header = ['#', 't', 'method', 'path', 'status', 'errorType', 'stoppedAt', 'cache', ...(browser ? ['browser'] : [])];
  const rows = results.map((r) => [
    String(r.index + 1),
    offsetText(r.atMs),
    r.method,
    targetOf(r),
    String(r.status),
    show(r.errorType),
    show(r.stoppedAt),
    r.cache,
    ...(browser ? [r.cors === null ? '-' : r.cors.allowed ? 'allowed' : 'blocked'] : []),
  ]);
  // A loop, not Math.max(...rows): spreading a long table into one call overflows the stack.
  const widths = header.map((h) => h.length);
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i]!, c.length)));
  for (const row of [header, ...rows]) lines.push(row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  const stopped = results.filter((r) => r.stoppedAt !== null);
  lines.push('', stopped.length === 0 ? 'No request was stopped by the gateway.' : `Stopped requests (${stopped.length}):`);
  for (const r of stopped) {
    lines.push(
      '',
      `#${r.index + 1} at ${offsetText(r.atMs)}  ${r.method} ${targetOf(r)}  ->  ${r.status} ${show(r.errorType)} ${r.message === null ? '(message null)' : JSON.stringify(r.message)}  stopped at ${r.stoppedAt}`,
    );
    const pad = ''.padEnd(STAGE_WIDTH);
    for (const t of r.trace) {
      lines.push(`  ${t.stage.padEnd(STAGE_WIDTH)} ${t.outcome.padEnd(4)}  ${t.reason}`);
      if (t.note) lines.push(`  ${pad}       note: ${t.note}`);
      if (Object.keys(t.data).length > 0) lines.push(`  ${pad}       ${JSON.stringify(t.data)}`);
      if (t.outcome === 'stop' && t.cards.length > 0) lines.push(`  ${pad}       learn more: ${t.cards.join(', ')}`);
    }
  }
  const blocked = results.filter((r) => r.cors !== null && !r.cors.allowed);
  if (blocked.length > 0) lines.push('', `Blocked by the browser (${blocked.length}):`);
  for (const r of blocked) {
    lines.push(`  #${r.index + 1} ${r.method} ${targetOf(r)} -> ${r.status}: ${r.cors!.reason}${r.cors!.fix ? `; fix: ${r.cors!.fix}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

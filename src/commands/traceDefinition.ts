/**
 * `gateprep trace API.yaml --requests REQUESTS.json [--json]`: the imported API run like a scenario
 * file, with the same output; the defaults that applied (no side file, no backend...) are added to
 * the notes of the stages they affect, and listed above the text report.
 */
import { basename } from 'node:path';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import type { ImportDefaults } from '../gateway/openapi/defaults.js';
import type { Scenario, ScenarioResult } from '../gateway/scenario.js';
import { openDefinition, type Opened } from './openApiInput.js';
import { EXIT_BAD_INPUT, EXIT_OK, type CommandContext } from './types.js';

const FORMAT_NAME = { oas30: 'OpenAPI 3.0', swagger: 'Swagger 2.0' };

/** The defaults as a list of sentences, each once. */
export function defaultLines(d: ImportDefaults): string[] {
  return [d.endpoint, d.stage, d.apiKeys, ...Object.values(d.authorizers), ...Object.values(d.backends), d.requests].filter((x): x is string => x !== null);
}

/** The description the simulator shows on opening an imported API: its own, what was assumed, what was left out. */
export function importNotes(o: Opened): string {
  const own = typeof o.scenario.description === 'string' ? [o.scenario.description] : [];
  const assumed = defaultLines(o.defaults);
  const ignored = o.ignored.map((i) => `${i.path}: ${i.message}`);
  return [
    ...own,
    `Imported from ${o.definition} (${FORMAT_NAME[o.version]}); side file: ${o.sideFile ?? 'none'}.`,
    ...(assumed.length > 0 ? ['Assumed:', ...assumed.map((l) => `- ${l}`)] : []),
    ...(ignored.length > 0 ? [`Not modelled (${ignored.length}):`, ...ignored.slice(0, 5).map((l) => `- ${l}`), ...(ignored.length > 5 ? [`- and ${ignored.length - 5} more: see "gateprep import-api ${o.definition}"`] : [])] : []),
  ].join('\n');
}

/** One line for the simulator's status: where the API came from and how much was assumed or left out. */
export function importSummary(o: Opened): string {
  const assumed = defaultLines(o.defaults).length;
  // short enough for 80 columns; the command that lists the rest only when there is a rest
  const side = o.sideFile ? ` + ${basename(o.sideFile)}` : ', no side file';
  const more = assumed + o.ignored.length > 0 ? `; gateprep import-api ${o.definition} lists them` : '';
  return `${FORMAT_NAME[o.version]}${side}: ${assumed} default${assumed === 1 ? '' : 's'} assumed, ${o.ignored.length} not modelled${more}`;
}

export async function traceDefinition(
  ctx: CommandContext,
  file: string,
  run: (s: Scenario) => Promise<ScenarioResult[]>,
  render: (s: Scenario, results: ScenarioResult[]) => string,
): Promise<number> {
  const opened = await openDefinition(ctx, file);
  if (!opened) return EXIT_BAD_INPUT;
  const { loadScenario } = await import('../gateway/scenario.js');
  const parsed = await loadScenario(JSON.stringify(opened.scenario));
  if (!parsed.ok) {
    for (const e of parsed.errors) ctx.err(sanitize(`${file}: (imported) ${e.path}: ${e.message}\n`));
    return EXIT_BAD_INPUT;
  }
  const s = parsed.scenario;
  const { annotate } = await import('../gateway/openapi/defaults.js');
  const authorizerOf = (key: string) => s.config.api.routes.find((r) => `${r.method} ${r.path}` === key)?.authorizer;
  const results = annotate(await run(s), opened.defaults, authorizerOf);
  if (ctx.flags.json) {
    ctx.out(`${jsonForTerminal({ scenario: s.name, results })}\n`);
    return EXIT_OK;
  }
  const head = [`Imported from ${file} (${FORMAT_NAME[opened.version]}); side file: ${opened.sideFile ?? 'none'}.`];
  const assumed = defaultLines(opened.defaults);
  if (assumed.length > 0) head.push('Assumed, since neither the definition nor a side file says:', ...assumed.map((l) => `  - ${l}`));
  ctx.out(sanitize(`${head.join('\n')}\n\n${render(s, results)}`));
  return EXIT_OK;
}

/**
 * `gateprep import-api API.yaml [--out SCENARIO.json] [--side FILE] [--requests FILE] [--strict]`:
 * the scenario file equivalent to an OpenAPI definition (and its side file), to edit and open like
 * any other. Without --out it goes to stdout. --out never replaces a file: it is created
 * exclusively (every byte checked, fsynced, then linked into place), and an existing file is an error.
 */
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { createFileExclusive } from '../atomicWrite.js';
import { writeFailure } from '../writeFailure.js';
import { openDefinition } from './openApiInput.js';
import { defaultLines } from './traceDefinition.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const USAGE = 'usage: gateprep import-api API.yaml|API.json [--out SCENARIO.json] [--side FILE] [--requests FILE] [--strict]\n';

const importApiCommand: Command = async (ctx) => {
  const arg = ctx.args[0];
  if (arg === undefined || ctx.args.length > 1) {
    ctx.err(USAGE);
    return EXIT_USAGE;
  }
  const file = (await import('./trace.js')).resolveFile(ctx, arg);
  const opened = await openDefinition(ctx, file);
  if (!opened) return EXIT_BAD_INPUT;
  const text = `${JSON.stringify(opened.scenario, null, 2)}\n`;
  for (const line of defaultLines(opened.defaults)) ctx.err(sanitize(`${file}: assumed: ${line}\n`));
  if (ctx.flags.out === undefined) {
    ctx.out(`${jsonForTerminal(opened.scenario)}\n`);
    return EXIT_OK;
  }
  try {
    createFileExclusive(ctx.flags.out, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.err(sanitize(`${ctx.flags.out}: ${code === 'EEXIST' ? 'already exists: import-api never replaces a file (choose another name, or remove it first)' : `cannot write: ${writeFailure(ctx.flags.out, e)}`}\n`));
    return EXIT_BAD_INPUT;
  }
  ctx.err(sanitize(`wrote ${ctx.flags.out}: open it with "gateprep sim ${ctx.flags.out}"\n`));
  return EXIT_OK;
};

export default importApiCommand;

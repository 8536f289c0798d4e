/**
 * `gateprep export-api SCENARIO.json [--format oas30|swagger] [--out FILE]`: the scenario's API as an
 * OpenAPI definition with API Gateway's extensions, as get-export writes it. With --out, YAML when
 * FILE ends in .yaml or .yml, else JSON, and the side file (stage, keys, usage plans, throttling,
 * authorizer and backend behaviour, requests) beside it as FILE's name + .gateprep.json, so that
 * `gateprep import-api FILE` gives the scenario back. Both are replaced atomically. Without --out
 * the definition goes to stdout and the side file is not written (stderr says so).
 */
import { extname } from 'node:path';
import { writeFileAtomic } from '../atomicWrite.js';
import { writeFailure } from '../writeFailure.js';
import { loadYaml } from '../gateway/openapi/parse.js';
import { jsonForTerminal, sanitize } from '../content/sanitize.js';
import { MAX_SCENARIO_BYTES, readError, readRegularFile } from '../readFile.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type Command } from './types.js';

const USAGE = 'usage: gateprep export-api SCENARIO.json [--format oas30|swagger] [--out FILE]   (a REST scenario file or a preset name)\n';

const exportApiCommand: Command = async (ctx) => {
  const arg = ctx.args[0];
  const format = ctx.flags.format ?? 'oas30';
  if (arg === undefined || ctx.args.length > 1 || (format !== 'oas30' && format !== 'swagger')) {
    ctx.err(USAGE);
    return EXIT_USAGE;
  }
  const { resolveFile } = await import('./trace.js');
  const file = resolveFile(ctx, arg);
  let text: string;
  try {
    text = readRegularFile(file, MAX_SCENARIO_BYTES);
  } catch (e) {
    ctx.err(sanitize(`${file}: cannot read: ${readError(e)}\n`));
    return EXIT_BAD_INPUT;
  }
  const [{ parseJsonText }, { scenarioSchema }, { zodErrors }, { exportApi }, { sideFileFor }] = await Promise.all([
    import('../jsonText.js'),
    import('../gateway/schema.js'),
    import('../gateway/zodErrors.js'),
    import('../gateway/openapi/exportApi.js'),
    import('../gateway/openapi/importApi.js'),
  ]);
  const json = parseJsonText(text);
  if (!json.ok) {
    ctx.err(sanitize(`${file}:${json.line}: ${json.message}\n`));
    return EXIT_BAD_INPUT;
  }
  const parsed = scenarioSchema.safeParse(json.value);
  if (!parsed.success) {
    for (const e of zodErrors(parsed.error)) ctx.err(sanitize(`${file}: ${e.path || '(file)'}: ${e.message}\n`));
    if (JSON.stringify(json.value).includes('"apiType"')) ctx.err('export-api writes REST APIs only (HTTP and WebSocket APIs have other OpenAPI extensions)\n');
    return EXIT_BAD_INPUT;
  }
  const { definition, side } = exportApi(parsed.data, format);
  const out = ctx.flags.out;
  const yaml = out !== undefined && /^\.ya?ml$/i.test(extname(out));
  const body = yaml ? (await loadYaml()).stringify(definition, { lineWidth: 0 }) : `${JSON.stringify(definition, null, 2)}\n`;
  if (out === undefined) {
    ctx.out(`${jsonForTerminal(definition)}\n`);
    ctx.err('the side file (stage, keys, usage plans, throttling, authorizer and backend behaviour, requests) is written only with --out FILE\n');
    return EXIT_OK;
  }
  try {
    writeFileAtomic(out, body);
    writeFileAtomic(sideFileFor(out), `${JSON.stringify(side, null, 2)}\n`);
  } catch (e) {
    ctx.err(sanitize(`${out}: cannot write: ${writeFailure(out, e)}\n`));
    return EXIT_BAD_INPUT;
  }
  ctx.err(sanitize(`wrote ${out} and ${sideFileFor(out)}\n`));
  return EXIT_OK;
};

export default exportApiCommand;

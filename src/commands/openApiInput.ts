/**
 * Opening an OpenAPI definition from the command line (`sim`, `trace`, `import-api`): the
 * definition, its side file (`--side FILE`, else `API.gateprep.json` beside `API.yaml` when it
 * exists) and `--requests FILE`. Reports of what is not modelled go to stderr; errors too, each
 * naming file, line and JSON path. The import code and yaml load here, on first use.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { sanitize } from '../content/sanitize.js';
import type { ImportOutcome, TextFile } from '../gateway/openapi/importApi.js';
import { MAX_SCENARIO_BYTES, readError, readRegularFile } from '../readFile.js';
import type { CommandContext } from './types.js';

/** The requests file used when --requests is not given: `API.requests.json` beside `API.yaml`. */
export function requestsFileFor(definition: string): string {
  return join(dirname(definition), `${basename(definition, extname(definition))}.requests.json`);
}

/** A definition by its name (.yaml, .yml) or, for JSON, by an "openapi" or "swagger" key near the top. */
export function isDefinition(file: string, text?: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return true;
  if (text === undefined) {
    try {
      text = readRegularFile(file, MAX_SCENARIO_BYTES);
    } catch {
      return false;
    }
  }
  return /^\s*\{\s*"(openapi|swagger)"\s*:/.test(text) || /^\s*\{[\s\S]{0,4000}?\n\s{0,4}"(openapi|swagger)"\s*:/.test(text);
}

function read(ctx: CommandContext, file: string, what: string): TextFile | null {
  try {
    return { file, text: readRegularFile(file, MAX_SCENARIO_BYTES) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.err(sanitize(`${file}: cannot read ${what}: ${code === 'ENOENT' ? 'no such file' : readError(e)}\n`));
    return null;
  }
}

export type Opened = Extract<ImportOutcome, { ok: true }> & { definition: string; sideFile: string | null };

/** The imported scenario, or null after printing why (exit 1). */
export async function openDefinition(ctx: CommandContext, file: string): Promise<Opened | null> {
  const def = read(ctx, file, 'the definition');
  if (!def) return null;
  const { importApi, sideFileFor, formatLocated } = await import('../gateway/openapi/importApi.js');
  const sidePath = ctx.flags.side ?? (existsSync(sideFileFor(file)) ? sideFileFor(file) : null);
  const side = sidePath === null ? null : read(ctx, sidePath, 'the side file');
  if (sidePath !== null && !side) return null;
  const requestsPath = ctx.flags.requests ?? (existsSync(requestsFileFor(file)) ? requestsFileFor(file) : undefined);
  const requests = requestsPath === undefined ? null : read(ctx, requestsPath, 'the requests');
  if (requestsPath !== undefined && !requests) return null;
  const r = await importApi(def, side, requests, { strict: ctx.flags.strict ?? false });
  for (const i of r.ignored) ctx.err(sanitize(`${formatLocated(i)}\n`));
  if (!r.ok) {
    for (const e of r.errors) ctx.err(sanitize(`${formatLocated(e)}\n`));
    return null;
  }
  return { ...r, definition: file, sideFile: sidePath };
}

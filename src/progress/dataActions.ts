/** Progress > Data: export to a path the user typed, or import a file, with the same functions as
 * `gateprep export` and `gateprep import` (dataOut.ts, dataIn.ts). The outcome is lines to show,
 * sanitized; nothing here prints. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomicWrite.js';
import type { Card } from '../content/types.js';
import { sanitize } from '../content/sanitize.js';
import { writeFailure } from '../writeFailure.js';
import { importable, importFile } from './dataIn.js';
import { expandHome, exportAnki, exportApkg, exportJson, type ExportFormat } from './dataOut.js';
import type { ProgressStore } from './store.js';

export type DataAction = ExportFormat | 'import';

export interface DataOutcome {
  ok: boolean;
  lines: string[];
}

export interface DataDeps {
  cards: readonly Card[];
  store: ProgressStore;
  contentDir: string;
  now: Date;
  /** The user's home folder, for a typed "~/" (tests pass a temp folder). */
  userHome?: string;
}

const refused = (line: string): DataOutcome => ({ ok: false, lines: [line] });

/** Whether an export to the typed path would replace a file there (the screen asks first). */
export function exportWouldReplace(typed: string, userHome?: string): boolean {
  return typed.trim() !== '' && existsSync(resolve(expandHome(typed, userHome)));
}

export async function runDataAction(action: DataAction, typed: string, deps: DataDeps): Promise<DataOutcome> {
  if (typed.trim() === '') return refused(action === 'import' ? 'Type the path of the file to import.' : 'Type the path of the file to write.');
  const path = resolve(expandHome(typed, deps.userHome));
  const shown = sanitize(path);
  if (action === 'import') {
    if (!importable(path)) return refused(`${shown}: import takes a .json backup, an Anki text export (.txt, .tsv, .csv) or a deck (.md).`);
    const r = importFile(path, { home: deps.store.dir, contentDir: deps.contentDir, store: () => deps.store });
    const deck = r.ok && !path.toLowerCase().endsWith('.json') && r.summary.startsWith('Imported') ? ['The deck is in your library from the next start of gateprep.'] : [];
    return { ok: r.ok, lines: [...r.problems, ...(r.summary ? [r.summary] : []), ...deck] };
  }
  let exported;
  try {
    exported = action === 'json' ? exportJson(deps.store.data, deps.store.dir, deps.contentDir, deps.now) : action === 'anki' ? exportAnki(deps.cards) : await exportApkg(deps.cards, deps.store.data, deps.now);
  } catch (e) {
    return refused(`Nothing was exported: ${sanitize((e as Error).message)}`);
  }
  const replaced = existsSync(path);
  try {
    writeFileAtomic(path, exported.content);
  } catch (e) {
    return refused(`Cannot write ${shown}: ${sanitize(writeFailure(path, e))}. Nothing was written.`);
  }
  return { ok: true, lines: [`Exported ${exported.what} to ${shown}${replaced ? ' (it replaced the file there)' : ''}.`, ...(exported.hint ? [`${exported.hint}.`] : [])] };
}

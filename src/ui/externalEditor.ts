/**
 * The user's own editor for a multi-line value, as git runs it: $VISUAL, else $EDITOR, through the
 * shell (so EDITOR="code --wait" works), on a temporary file with the value's extension. The app
 * gives the terminal to the editor while it runs (see terminal.ts `foreground`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type EditorResult = { ok: true; text: string } | { ok: false; error: string };

/** The editor command, or null when neither is set (the app then uses its own editor). */
export function editorCommand(env: NodeJS.ProcessEnv): string | null {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const v = env[name]?.trim();
    if (v) return v;
  }
  return null;
}

/** Runs `command` on a temporary file holding `text`; the file's new text, or why not. Blocks until the editor exits. */
export function runEditor(command: string, text: string, ext: string): EditorResult {
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-edit-'));
  const file = join(dir, `template${ext}`);
  try {
    writeFileSync(file, text, { mode: 0o600 });
    // git: sh -c '$EDITOR "$@"' '$EDITOR' FILE
    const r = spawnSync('/bin/sh', ['-c', `${command} "$@"`, command, file], { stdio: 'inherit' });
    if (r.error) return { ok: false, error: `could not run ${command}: ${r.error.message}` };
    if (r.status !== 0) return { ok: false, error: `${command} ${r.signal ? `was stopped by ${r.signal}` : `exited with status ${r.status}`}: nothing changed` };
    const out = readFileSync(file, 'utf8');
    // editors end a file with a newline; a value that had none keeps having none
    return { ok: true, text: !text.endsWith('\n') && out.endsWith('\n') ? out.replace(/\r?\n$/, '') : out };
  } catch (e) {
    return { ok: false, error: `the editor's file could not be read: ${(e as Error).message}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

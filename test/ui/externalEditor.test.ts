import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorCommand, runEditor } from '../../src/ui/externalEditor.js';

function script(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gateprep-ed-')), 'ed.sh');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('the external editor', () => {
  it('$VISUAL first, then $EDITOR; blank counts as unset', () => {
    expect(editorCommand({ VISUAL: 'vim', EDITOR: 'nano' })).toBe('vim');
    expect(editorCommand({ VISUAL: '  ', EDITOR: 'code --wait' })).toBe('code --wait');
    expect(editorCommand({})).toBeNull();
  });

  it("returns the file's new text; the newline an editor adds at the end is dropped when the value had none", () => {
    const ed = script('printf \'#set($a = 1)\\n$a\\n\' > "$1"');
    expect(runEditor(ed, 'old', '.vtl')).toEqual({ ok: true, text: '#set($a = 1)\n$a' });
    expect(runEditor(ed, 'old\n', '.vtl')).toEqual({ ok: true, text: '#set($a = 1)\n$a\n' });
  });

  it('an editor that fails changes nothing and says why', () => {
    const ed = script('exit 3');
    expect(runEditor(ed, 'x', '.vtl')).toEqual({ ok: false, error: `${ed} exited with status 3: nothing changed` });
  });
});

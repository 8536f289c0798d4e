/** Progress > Data's actions without a screen: the path typed (~ expanded), what is refused and why. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataAction } from '../../src/progress/dataActions.js';
import { openProgress } from '../../src/progress/store.js';
import { contentDir } from '../../src/paths.js';
import { deck } from '../study/cards.js';
import { freshHome } from './helpers.js';

const now = new Date('2026-12-02T10:00:00Z');

function deps() {
  freshHome();
  const userHome = mkdtempSync(join(tmpdir(), 'gateprep-user-'));
  return { cards: deck('d', 3), store: openProgress(), contentDir: contentDir(), now, userHome };
}

describe('runDataAction', () => {
  it('expands ~ to the home folder and writes the whole file there', async () => {
    const d = deps();
    const r = await runDataAction('anki', '~/cards.txt', d);
    expect(r).toEqual({ ok: true, lines: [`Exported 3 notes to ${join(d.userHome, 'cards.txt')}.`, 'Anki: File > Import.'] });
    expect(readFileSync(join(d.userHome, 'cards.txt'), 'utf8').split('\n').filter((l) => l.startsWith('d#')).length).toBe(3);
    const again = await runDataAction('anki', '~/cards.txt', d);
    expect(again.lines[0]).toBe(`Exported 3 notes to ${join(d.userHome, 'cards.txt')} (it replaced the file there).`);
  });

  it('refuses an empty path, a folder that does not exist, and a file import cannot take', async () => {
    const d = deps();
    expect(await runDataAction('json', '  ', d)).toEqual({ ok: false, lines: ['Type the path of the file to write.'] });
    const missing = join(d.userHome, 'no-such-folder', 'b.json');
    expect(await runDataAction('json', missing, d)).toEqual({ ok: false, lines: [`Cannot write ${missing}: the folder ${join(d.userHome, 'no-such-folder')} does not exist. Nothing was written.`] });
    const pdf = join(d.userHome, 'x.pdf');
    writeFileSync(pdf, 'x');
    expect(await runDataAction('import', pdf, d)).toEqual({ ok: false, lines: [`${pdf}: import takes a .json backup, an Anki text export (.txt, .tsv, .csv) or a deck (.md).`] });
    expect(await runDataAction('import', join(d.userHome, 'gone.json'), d)).toEqual({ ok: false, lines: [`cannot read ${join(d.userHome, 'gone.json')}: no such file`] });
  });
});

/** Progress > Data in a real terminal: a review made in the app, then exported from the screen to the
 * prefilled path (~/gateprep-export-DATE.json, ~ being $HOME) and read back from disk. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDayKey } from '../../src/progress/day.js';
import { start, tempHome } from './harness.js';

describe('export from the Progress screen', () => {
  it('writes the JSON backup where the field says, with the review just made', async () => {
    const env = { GATEPREP_HOME: tempHome(), HOME: tempHome() };
    const study = start(['study'], { env });
    await study.waitFor('Press space or enter to show the answer.');
    await study.press('space');
    await study.waitFor(/3\s+Good/);
    await study.press('3');
    study.write('q');
    expect((await study.exited).exitCode).toBe(0);

    const s = start(['progress'], { env });
    await s.waitFor('Reviews in all: 1');
    for (let i = 0; i < 5; i++) await s.press('tab');
    await s.waitFor('› Export a JSON backup');
    const field = await s.press('enter');
    const name = `gateprep-export-${localDayKey(new Date())}.json`;
    expect(field).toContain(`file ~/${name}`);
    await s.press('enter');
    const done = await s.waitFor('Exported');
    const path = join(env.HOME, name);
    expect(done.replace(/\n/g, ' ').replace(/ +/g, ' ')).toContain(`Exported 1 review, 0 quizzes, 0 scenarios to ${path}.`);
    const backup = JSON.parse(readFileSync(path, 'utf8')) as { format: string; reviews: Array<{ rating: number; source: string }> };
    expect(backup.format).toBe('gateprep-backup');
    expect(backup.reviews).toMatchObject([{ rating: 3, source: 'study' }]);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

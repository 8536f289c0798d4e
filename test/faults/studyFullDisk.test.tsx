/** The study screen on a disk that fills up: the rating is not taken as saved, the card stays, and
 * the screen says why at once. A real full tmpfs (root only). */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProgress } from '../../src/progress/store.js';
import { KEY } from '../ui/harness.js';
import { renderStudy, studyEnv } from '../ui/studyHelpers.js';
import { mountTmpfs, skipReason, type Tmpfs } from './tmpfs.js';

let fs: Tmpfs | undefined;
afterEach(() => {
  fs?.unmount();
  fs = undefined;
});

describe.skipIf(skipReason !== null)(`study on a full disk (tmpfs)${skipReason ? ` - skipped: ${skipReason}` : ''}`, () => {
  it('says the review was not saved because the disk is full, and keeps the card on screen', async () => {
    fs = mountTmpfs();
    const env = studyEnv();
    const home = join(fs.dir, 'home');
    const app = await renderStudy(env, { name: 'study' }, home);
    await app.waitFor('Alpha question 1');
    await app.press(KEY.space);
    await app.press('3'); // saved: the first review writes progress.json
    await app.waitFor('Alpha question 2');
    fs.fill(0);
    await app.press(KEY.space);
    const after = await app.press('3');
    expect(after).toMatch(/Not saved: The disk is full: cannot (save progress|create the lock file) in /);
    expect(after).toContain('Alpha question 2');
    fs.unfill();
    expect(openProgress({ home }).data.reviews.map((r) => r.card)).toEqual(['a#alpha-question-1']);
    app.unmount();
  });
});

/** Progress > Data: export (JSON, Anki text, .apkg) to a path typed in a prefilled field, and import
 * a backup or a deck, with the outcome and the problems (by file and line) on screen. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/progress/backup.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { KEY } from './harness.js';
import { renderStudy, studyEnv } from './studyHelpers.js';

const CTRL_U = '\u0015';
const DATA_TAB = [KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.tab];

function seed(env: ReturnType<typeof studyEnv>) {
  const store = env.disk();
  const sch = createScheduler();
  for (const id of ['a#alpha-question-1', 'b#beta-question-1']) store.review(id, (s) => sch.rate(id, s, 3, env.clock.now));
  return store;
}

async function openData(env: ReturnType<typeof studyEnv>) {
  const app = await renderStudy(env, { name: 'progress' });
  await app.waitFor('Due today');
  let frame = '';
  for (const k of DATA_TAB) frame = await app.press(k);
  expect(frame).toContain('› Export a JSON backup');
  return app;
}

/** Replaces the field's text with `path` and presses enter; resolves with the frame that has `until`. */
async function runWith(app: Awaited<ReturnType<typeof openData>>, path: string, until: string) {
  await app.press(CTRL_U);
  await app.press(path);
  await app.press(KEY.enter);
  return app.waitFor(until);
}

describe('Progress > Data', { timeout: 60_000 }, () => {
  it('exports a JSON backup to the path typed (prefilled with ~/gateprep-export-DATE.json) and says what it wrote', async () => {
    const env = studyEnv();
    const store = seed(env);
    const app = await openData(env);
    const field = await app.press(KEY.enter);
    expect(field).toContain('file ~/gateprep-export-2026-01-05.json');
    expect(field).toContain('enter export');
    const out = join(mkdtempSync(join(tmpdir(), 'gateprep-out-')), 'backup.json');
    const done = await runWith(app, out, 'Exported');
    expect(done).toContain(`Exported 2 reviews, 0 quizzes, 0 scenarios to ${out}.`);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { format: string; reviews: Array<{ id: string }> };
    expect(file.format).toBe('gateprep-backup');
    expect(file.reviews.map((r) => r.id).sort()).toEqual(store.data.reviews.map((r) => r.id).sort());
    app.unmount();
  });

  it('an empty path is refused in the field, which stays open for another try', async () => {
    const env = studyEnv();
    seed(env);
    const app = await openData(env);
    await app.press(KEY.enter);
    await app.press(CTRL_U);
    await app.press(KEY.enter);
    const refused = await app.waitFor('Type the path');
    expect(refused).toContain('Type the path of the file to write.');
    expect(refused).toContain('enter export');
    const back = await app.press(KEY.esc);
    expect(back).toContain('› Export a JSON backup');
    app.unmount();
  });

  it('exports an .apkg (sql.js loaded for it) and Anki text', async () => {
    const env = studyEnv();
    seed(env);
    const app = await openData(env);
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-out-'));
    await app.press('j');
    await app.press('j');
    await app.press(KEY.enter);
    const apkg = await runWith(app, join(dir, 'deck.apkg'), 'Exported');
    expect(apkg).toContain(`Exported 5 notes, 2 reviews in the revlog to ${join(dir, 'deck.apkg')}.`);
    expect(apkg).toContain('Anki: File > Import.');
    expect(readFileSync(join(dir, 'deck.apkg')).subarray(0, 2).toString()).toBe('PK');
    await app.press('k');
    await app.press(KEY.enter);
    const text = await runWith(app, join(dir, 'cards.txt'), 'notes to');
    expect(text).toContain(`Exported 5 notes to ${join(dir, 'cards.txt')}.`);
    expect(readFileSync(join(dir, 'cards.txt'), 'utf8')).toMatch(/^#separator:tab\n/);
    app.unmount();
  });

  it('imports a backup: the new reviews, and those already there', async () => {
    const env = studyEnv();
    const store = seed(env);
    const extra = createScheduler().rate('a#alpha-question-2', undefined, 3, env.clock.now);
    const backup = buildBackup({ ...store.data, reviews: [...store.data.reviews, extra], cards: { ...store.data.cards, [extra.card]: extra.next } }, [], 'test', env.clock.now);
    const file = join(mkdtempSync(join(tmpdir(), 'gateprep-in-')), 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    const app = await openData(env);
    await app.press('jjj');
    const field = await app.press(KEY.enter);
    expect(field).toContain('file ~/');
    expect(field).toContain('enter import');
    const done = await runWith(app, file, 'Imported');
    // the line wraps at the window's width
    expect(done.replace(/\n/g, ' ').replace(/ +/g, ' ')).toContain(`Imported from ${file}: 1 new review (2 already there), 1 card schedule, 0 quizzes, 0 simulator stages, 0 scenarios.`);
    expect(env.disk().data.reviews.map((r) => r.id)).toContain(extra.id);
    // the Overview (the tab after Data) counts it at once
    const overview = await app.press(KEY.tab);
    expect(overview).toContain('Reviews in all: 3');
    app.unmount();
  });

  it('names a bad row of an Anki text file by its line and imports nothing', async () => {
    const env = studyEnv();
    seed(env);
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-in-'));
    const file = join(dir, 'mine.txt');
    writeFileSync(file, '#separator:tab\nFront one\tBack one\nno tab here\n');
    const app = await openData(env);
    await app.press('jjj');
    await app.press(KEY.enter);
    const done = await runWith(app, file, 'nothing was imported');
    expect(done).toContain(`${file}:3: needs a front and a back separated by a tab`);
    expect(done).toContain('nothing was imported (1 problem).');
    app.unmount();
  });

  it('asks before replacing a file that is there: n keeps it and the path, y replaces it', async () => {
    const env = studyEnv();
    seed(env);
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-out-'));
    const out = join(dir, 'backup.json');
    writeFileSync(out, 'mine');
    const app = await openData(env);
    await app.press(KEY.enter);
    const asked = await runWith(app, out, 'A file is there already');
    expect(asked).toContain('y replaces it, n keeps it (change the path)');
    await app.press('n');
    const kept = await app.waitFor((f) => !f.includes('A file is there already'));
    expect(kept).toContain(`file ${out}`);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    await app.press(KEY.enter);
    await app.waitFor('A file is there already');
    await app.press('y');
    const done = await app.waitFor('Exported 2 reviews');
    expect(done.replace(/\s+/g, ' ')).toContain(`to ${out} (it replaced the file there).`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { format: string }).format).toBe('gateprep-backup');
    app.unmount();
  });

  it('a failed export keeps the form open with the path as typed and says why', async () => {
    const env = studyEnv();
    seed(env);
    const out = join(mkdtempSync(join(tmpdir(), 'gateprep-out-')), 'missing', 'backup.json');
    const app = await openData(env);
    await app.press(KEY.enter);
    const failed = await runWith(app, out, 'Nothing was written');
    expect(failed).toContain(`file ${out}`);
    expect(failed).toContain('enter export');
    expect(failed).toMatch(/does not exist/);
    app.unmount();
  });
});

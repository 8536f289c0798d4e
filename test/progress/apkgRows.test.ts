/** The .apkg's rows, value for value: what Anki reads for each card (type, queue, due, interval,
 * ease, the FSRS memory state), each review (revlog ids, intervals, type) and the collection
 * (decks, note type, configuration). Field meanings:
 * https://github.com/ankidroid/Anki-Android/wiki/Database-Structure */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import initSqlJs, { type Database } from 'sql.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/content/types.js';
import { buildApkg, fieldChecksum } from '../../src/progress/apkg.js';
import { emptyProgress, type ProgressData, type ReviewEntry, type SrsState } from '../../src/progress/schema.js';
import { card } from '../study/cards.js';

const DAY = 86_400_000;
const CRT = new Date(2026, 2, 1).getTime(); // local midnight of the first review's day
const NOW = new Date(2026, 2, 11, 15, 0);
const BASE = NOW.getTime();
const MOD = Math.floor(BASE / 1000);

const srs = (state: 0 | 1 | 2 | 3, s: Partial<SrsState> = {}): SrsState => ({ due: BASE, stability: 3.5, difficulty: 6.25, elapsedDays: 0, scheduledDays: 4.4, learningSteps: 0, reps: 5, lapses: 2, state, ...s });
const entry = (c: string, at: number, r: Partial<ReviewEntry> = {}): ReviewEntry => ({ id: `${c}@${at}`, card: c, at, rating: 3, source: 'study', from: 2, to: 2, ...r });

const sha1 = (t: string) => parseInt(createHash('sha1').update(t).digest('hex').slice(0, 8), 16);

let open: Database[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

async function collection(cards: readonly Card[], data: ProgressData, now = NOW) {
  const built = await buildApkg(cards, data, now);
  const files = unzipSync(built.bytes);
  const SQL = await initSqlJs({ wasmBinary: readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm')) });
  const db = new SQL.Database(files['collection.anki2']);
  open.push(db);
  const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
  return { built, files, rows };
}

const deckObj = (id: number, name: string) => ({ id, name, mod: MOD, usn: -1, conf: 1, desc: '', dyn: 0, collapsed: false, browserCollapsed: false, extendNew: 0, extendRev: 0, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0] });

describe('the .apkg cards', () => {
  const cards = [card('d', 'rev', 'Alpha'), card('d', 'lrn', 'Alpha'), card('d', 'relrn', 'Beta'), card('d', 'reset', 'Beta'), card('d', 'never', 'Alpha'), card('d', 'overdue', 'Alpha')];
  const data = emptyProgress();
  data.settings.desiredRetention = 0.85;
  data.cards['d#rev'] = srs(2, { due: CRT + 5 * DAY + 3 * 3_600_000, scheduledDays: 4.4 });
  data.cards['d#lrn'] = srs(1, { due: BASE + 600_500, scheduledDays: 0.4, reps: 1, lapses: 0 });
  data.cards['d#relrn'] = srs(3, { due: BASE + 90_000, scheduledDays: 0.6, reps: 7, lapses: 3 });
  data.cards['d#reset'] = srs(0, { reps: 4, lapses: 1 });
  data.cards['d#overdue'] = srs(2, { due: CRT - 2 * DAY, scheduledDays: 0.2 });
  data.reviews.push(entry('d#rev', CRT + 10 * 3_600_000));

  it('gives each card its type, queue, due, interval, ease, counts, learning flag and FSRS memory', async () => {
    const { rows } = await collection(cards, data);
    const memory = JSON.stringify({ s: 3.5, d: 6.25, dr: 0.85 });
    const alpha = BASE + 1;
    const beta = BASE + 2;
    expect(rows('SELECT * FROM cards ORDER BY id')).toEqual([
      [BASE + 1000, BASE + 1000, alpha, 0, MOD, -1, 2, 2, 5, 4, 2500, 5, 2, 0, 0, 0, 0, memory],
      [BASE + 1001, BASE + 1001, alpha, 0, MOD, -1, 1, 1, Math.floor((BASE + 600_500) / 1000), 0, 2500, 1, 0, 1, 0, 0, 0, memory],
      [BASE + 1002, BASE + 1002, beta, 0, MOD, -1, 3, 1, Math.floor((BASE + 90_000) / 1000), 1, 2500, 7, 3, 1, 0, 0, 0, memory],
      [BASE + 1003, BASE + 1003, beta, 0, MOD, -1, 0, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0, ''],
      [BASE + 1004, BASE + 1004, alpha, 0, MOD, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''],
      [BASE + 1005, BASE + 1005, alpha, 0, MOD, -1, 2, 2, 0, 1, 2500, 5, 2, 0, 0, 0, 0, memory],
    ]);
  });

  it('gives each note its guid, tags, fields, sort field and checksum', async () => {
    const { rows } = await collection(cards.slice(0, 2), data);
    const q = (slug: string) => `What is ${slug}?`;
    expect(rows('SELECT * FROM notes ORDER BY id')).toEqual([
      [BASE + 1000, 'd#rev', BASE, MOD, -1, ' gateprep::d ', `${q('rev')}\u001frev is...`, q('rev'), sha1(q('rev')), 0, ''],
      [BASE + 1001, 'd#lrn', BASE, MOD, -1, ' gateprep::d ', `${q('lrn')}\u001flrn is...`, q('lrn'), sha1(q('lrn')), 0, ''],
    ]);
    // the checksum is of the text, without its HTML
    expect(fieldChecksum('a<br>b &amp; c')).toBe(sha1('a\nb & c'));
  });

  it('holds the decks, the note type and the collection settings Anki opens it with', async () => {
    const { rows, built } = await collection(cards, data);
    expect(built.notes).toBe(6);
    const [col] = rows('SELECT * FROM col');
    expect(col!.slice(0, 8)).toEqual([1, Math.floor(CRT / 1000), BASE, BASE, 11, 0, 0, 0]);
    expect(JSON.parse(String(col![8]))).toEqual({ activeDecks: [1], curDeck: 1, curModel: String(BASE), nextPos: 7, sortType: 'noteFld', sortBackwards: false, addToCur: true, collapseTime: 1200, dueCounts: true, estTimes: true, newSpread: 0, timeLim: 0 });
    expect(JSON.parse(String(col![10]))).toEqual({ 1: deckObj(1, 'Default'), [BASE + 1]: deckObj(BASE + 1, 'gateprep::Alpha'), [BASE + 2]: deckObj(BASE + 2, 'gateprep::Beta') });
    expect(col![12]).toBe('{}');
    const field = { sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
    expect(JSON.parse(String(col![9]))).toEqual({
      [BASE]: {
        id: BASE,
        name: 'Basic (gateprep)',
        type: 0,
        mod: MOD,
        usn: -1,
        sortf: 0,
        did: BASE + 1,
        tmpls: [{ name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
        flds: [
          { name: 'Front', ord: 0, ...field },
          { name: 'Back', ord: 1, ...field },
        ],
        css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }',
        latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
        latexPost: '\\end{document}',
        latexsvg: false,
        req: [[0, 'any', [0]]],
        tags: [],
        vers: [],
      },
    });
    expect(JSON.parse(String(col![11]))).toEqual({
      1: {
        id: 1,
        name: 'Default',
        mod: 0,
        usn: 0,
        maxTaken: 60,
        autoplay: true,
        timer: 0,
        replayq: true,
        dyn: false,
        new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
        rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
        lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      },
    });
  });

  it('with no cards and no reviews: only the Default deck, the note type in it, the collection made today', async () => {
    const { rows, built } = await collection([], emptyProgress());
    expect(built).toMatchObject({ notes: 0, revlog: 0 });
    const [col] = rows('SELECT crt, conf, models, decks FROM col');
    expect(col![0]).toBe(Math.floor(new Date(2026, 2, 11).getTime() / 1000));
    expect(JSON.parse(String(col![1])).nextPos).toBe(1);
    expect(JSON.parse(String(col![2]))[BASE].did).toBe(1);
    expect(Object.keys(JSON.parse(String(col![3])))).toEqual(['1']);
    expect(rows('SELECT count(*) FROM cards')).toEqual([[0]]);
  });
});

describe('the .apkg revlog', () => {
  const cards = [card('d', 'a'), card('d', 'b')];

  it('one row per review of a card in the decks, in time order, ids unique, with both intervals, ease and type', async () => {
    const t = CRT + 9 * 3_600_000;
    const data = emptyProgress();
    data.reviews.push(
      entry('d#b', t + 5000, { from: 3, rating: 1, prev: srs(2, { scheduledDays: 3.6, lastReview: t - 4 * DAY }), next: srs(3, { due: t + 5000 + 600_000, scheduledDays: 0 }) }),
      entry('d#a', t, { from: 0, rating: 3, prev: null, next: srs(1, { due: t + 200, scheduledDays: 0 }) }),
      entry('gone#x', t + 1, { from: 2 }),
      entry('d#a', t, { from: 1, rating: 4, prev: srs(1, { due: t + 200, scheduledDays: 0, lastReview: t - 1_500 }), next: srs(2, { scheduledDays: 1 }) }),
      entry('d#b', t + 2 * DAY, { from: 2, rating: 2, prev: srs(2, { scheduledDays: 0.5, due: t + 2 * DAY + 30_000 }), next: srs(0, { scheduledDays: 0, due: t + 2 * DAY + 60_000 }) }),
      entry('d#a', t + 3 * DAY), // migrated from v1: no states around it
    );
    const { rows, built } = await collection(cards, data);
    expect(built).toMatchObject({ notes: 2, revlog: 5 });
    const a = BASE + 1000;
    const b = BASE + 1001;
    expect(rows('SELECT * FROM revlog ORDER BY id')).toEqual([
      [t, a, -1, 3, -1, 0, 2500, 0, 0],
      [t + 1, a, -1, 4, 1, -2, 2500, 0, 0],
      [t + 5000, b, -1, 1, -600, 4, 2500, 0, 2],
      [t + 2 * DAY, b, -1, 2, -60, -30, 0, 0, 1], // no prior review time: the wait counts from this review
      [t + 3 * DAY, a, -1, 3, 0, 0, 0, 0, 1],
    ]);
  });
});

/** Anki text both ways and the .apkg, checked for the structure Anki reads (Anki itself cannot run
 * here): header lines, one note per line, guid = card id; the .apkg opened with SQLite (sql.js). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import exportCommand from '../../src/commands/export.js';
import importCommand from '../../src/commands/import.js';
import { parseAnkiText, toAnkiText } from '../../src/content/ankiText.js';
import { loadLibrary } from '../../src/content/library.js';
import { parseDeck } from '../../src/content/parse.js';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { ROOT } from '../cli/run.js';
import { runIn, tempHome } from './run.js';

const sch = createScheduler();
const library = () => loadLibrary(join(ROOT, 'content'), []);

describe('export --format anki', () => {
  it('starts with the header lines and has one tab-separated note per card, its id as guid', async () => {
    const home = tempHome();
    const out = join(home, 'cards.txt');
    const r = await runIn(exportCommand, home, [], { format: 'anki', out });
    const { cards } = await library();
    expect(r.err).toBe(`Wrote ${out}: ${cards.length} notes (Anki: File > Import).\n`);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck column:4', '#tags column:5', '#guid column:1']);
    const rows = lines.slice(6).map((l) => l.split('\t'));
    expect(rows).toHaveLength(cards.length);
    expect(rows.every((f) => f.length === 5)).toBe(true);
    expect(rows.map((f) => f[0])).toEqual(cards.map((c) => c.id));
    const caching = rows.find((f) => f[0]!.startsWith('caching#'))!;
    expect(caching[3]).toBe('gateprep::Caching');
    expect(caching[4]).toMatch(/^gateprep::caching( |$)/);
    expect(caching[2]).toMatch(/<br><br>Source: https:\/\/docs\.aws\.amazon\.com\/\S+(<br>Source: \S+)*$/);
  });

  it('escapes HTML and quotes a field that holds a quote, so the text reads back field for field', () => {
    const [card] = parseDeck('## Why "<b>" & tabs?\n**Answer:**\nSay "x"\tthen <y>.\nSecond line.\n', 'd.md').cards;
    const text = toAnkiText([card!]);
    expect(text.split('\n')[6]).toBe('d#why-b-tabs\t"Why ""&lt;b&gt;"" &amp; tabs?"\t"Say ""x""  then &lt;y&gt;.<br>Second line."\tgateprep::d\tgateprep::d');
    const back = parseAnkiText(text);
    expect(back.errors).toEqual([]);
    expect(back.rows[0]).toMatchObject({ front: 'Why "<b>" & tabs?', back: 'Say "x"  then <y>.\nSecond line.' });
  });
});

describe('export --format apkg', () => {
  it('holds collection.anki2 with a note and card per card, and the revlog of every review', async () => {
    const home = tempHome();
    const { cards } = await library();
    const store = openProgress({ home });
    const ids = [cards[0]!.id, cards[5]!.id];
    const t0 = Date.UTC(2026, 0, 5, 9);
    let at = t0;
    for (const g of [3, 3, 1, 3] as const) {
      for (const id of ids) store.review(id, (s) => sch.rate(id, s, g, new Date(at)));
      at += 2 * 86_400_000;
    }
    store.review('gone#not-in-decks', (s) => sch.rate('gone#not-in-decks', s, 3, new Date(at)));
    const out = join(home, 'x.apkg');
    const r = await runIn(exportCommand, home, [], { format: 'apkg', out });
    expect(r.err).toBe(`Wrote ${out}: ${cards.length} notes, 8 reviews in the revlog (Anki: File > Import).\n`);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files.media!)).toBe('{}');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
    const SQL = await initSqlJs({ wasmBinary: wasm });
    const db = new SQL.Database(files['collection.anki2']);
    const q = (sql: string) => db.exec(sql)[0]?.values ?? [];
    expect(q('SELECT ver FROM col')).toEqual([[11]]);
    const models = JSON.parse(String(q('SELECT models FROM col')[0]![0]));
    const model = Object.values(models)[0] as { flds: Array<{ name: string }>; tmpls: unknown[] };
    expect(model.flds.map((f) => f.name)).toEqual(['Front', 'Back']);
    const decks = Object.values(JSON.parse(String(q('SELECT decks FROM col')[0]![0]))) as Array<{ name: string }>;
    expect(decks.map((d) => d.name)).toContain(`gateprep::${cards[0]!.topic}`);
    expect(q('SELECT guid FROM notes ORDER BY id').map((r) => r[0])).toEqual(cards.map((c) => c.id));
    const flds = String(q(`SELECT flds FROM notes WHERE guid = '${ids[0]}'`)[0]![0]).split('\u001f');
    expect(flds).toHaveLength(2);
    expect(q('SELECT count(*) FROM cards')).toEqual([[cards.length]]);
    for (const id of ids) {
      const s = store.data.cards[id]!;
      const [row] = q(`SELECT c.type, c.queue, c.reps, c.lapses, c.ivl, c.data FROM cards c JOIN notes n ON c.nid = n.id WHERE n.guid = '${id}'`);
      expect(row!.slice(0, 5)).toEqual([s.state, s.state === 2 ? 2 : 1, s.reps, s.lapses, s.state === 2 ? Math.round(s.scheduledDays) : Math.round(s.scheduledDays)]);
      expect(JSON.parse(String(row![5]))).toEqual({ s: s.stability, d: s.difficulty, dr: 0.9 });
      const revlog = q(`SELECT r.id, r.ease, r.type FROM revlog r JOIN cards c ON r.cid = c.id JOIN notes n ON c.nid = n.id WHERE n.guid = '${id}' ORDER BY r.id`);
      const mine = store.data.reviews.filter((x) => x.card === id);
      expect(revlog.map((x) => x[1])).toEqual(mine.map((x) => x.rating));
      expect(revlog.map((x) => x[2])).toEqual(mine.map((x) => ({ 0: 0, 1: 0, 2: 1, 3: 2 })[x.from]));
      expect(revlog.map((x) => Number(x[0]) - mine[revlog.indexOf(x)]!.at).every((d) => d >= 0 && d < 10)).toBe(true);
    }
    expect(q('SELECT count(*) FROM cards WHERE type = 0')).toEqual([[cards.length - 2]]);
    db.close();
  });

  it('asks for --out: an .apkg is binary', async () => {
    const r = await runIn(exportCommand, tempHome(), [], { format: 'apkg' });
    expect(r).toMatchObject({ code: 2, err: 'gateprep: an .apkg is a binary file: name it with --out FILE.apkg\n' });
  });
});

describe('import FILE.txt (an Anki text export)', () => {
  const exported = '#separator:tab\n#html:true\n#tags column:3\nWhat is a stage?\tA named <b>deployment</b>.<br>Second line.\tapi stage\n\nOnly a front\nWhat is a usage plan?\tThrottle and quota for API keys.\t\n';

  it('names every bad row by line and imports nothing', async () => {
    const home = tempHome();
    const file = join(home, 'mine.txt');
    writeFileSync(file, exported);
    const r = await runIn(importCommand, home, [file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${file}:6: needs a front and a back separated by a tab\ngateprep: nothing was imported (1 problem).\n`);
  });

  it('makes a user deck of the rows, front, back and tags, that loads like any deck', async () => {
    const home = tempHome();
    const file = join(home, 'my cards.tsv');
    writeFileSync(file, exported.replace('Only a front\n', ''));
    const r = await runIn(importCommand, home, [file]);
    const target = join(home, 'decks', 'my-cards.md');
    expect(r).toMatchObject({ code: 0, out: `Imported 2 cards into ${target} (topic "my-cards").\n` });
    const deck = parseDeck(readFileSync(target, 'utf8'), target);
    expect(deck.errors).toEqual([]);
    expect(deck.cards[0]).toMatchObject({ title: 'What is a stage?', answer: 'A named deployment.\nSecond line.', tags: ['api', 'stage'] });
    expect(deck.cards[1]!.title).toBe('What is a usage plan?');
    const again = await runIn(importCommand, home, [file]);
    expect(again.out).toBe(`${target} already holds these 2 cards: nothing changed.\n`);
  });
});

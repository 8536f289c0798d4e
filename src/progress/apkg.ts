/** `gateprep export --format apkg`: the cards, their schedule and their review history (revlog) as an
 * Anki package, a zip of `collection.anki2` (SQLite, built with sql.js) and `media`. sql.js and the
 * zip library load here, on first use, never with the app. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ankiDeckName, ankiTags, backHtml, fieldHtml, htmlText } from '../content/ankiText.js';
import type { Card } from '../content/types.js';
import { basicModel, COLLECTION_SQL, DECK_CONFIG, deckObject } from './apkgSchema.js';
import { startOfLocalDay } from './day.js';
import type { ProgressData, ReviewEntry, SrsState } from './schema.js';

const DAY = 86_400_000;

/** sql.js's WebAssembly: copied beside the bundle by the build, else from node_modules. */
function wasmBinary(): Uint8Array {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [join(here, 'sql-wasm.wasm'), join(here, '..', 'sql-wasm.wasm')]) if (existsSync(p)) return readFileSync(p);
  return readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field's text. */
export function fieldChecksum(text: string): number {
  return parseInt(createHash('sha1').update(htmlText(text)).digest('hex').slice(0, 8), 16);
}

/** A state's interval in Anki's revlog units: days when a day or more, else negative seconds
 * (the wait from `from`, the time the state was set). */
function revlogInterval(s: SrsState | null | undefined, from: number): number {
  if (!s) return 0;
  if (s.scheduledDays >= 1) return Math.round(s.scheduledDays);
  return -Math.max(1, Math.round((s.due - from) / 1000));
}

/** Card type/queue as Anki numbers them; they match FSRS's states (0 new .. 3 relearning). */
function cardRow(s: SrsState | undefined, crt: number): { type: number; queue: number; due: number; ivl: number } {
  if (!s || s.state === 0) return { type: 0, queue: 0, due: 0, ivl: 0 };
  if (s.state === 2) return { type: 2, queue: 2, due: Math.max(0, Math.floor((s.due - crt) / DAY)), ivl: Math.max(1, Math.round(s.scheduledDays)) };
  // (re)learning: due is a time in seconds
  return { type: s.state, queue: 1, due: Math.floor(s.due / 1000), ivl: Math.round(s.scheduledDays) };
}

const REVLOG_TYPE: Record<number, number> = { 0: 0, 1: 0, 2: 1, 3: 2 };

export interface ApkgSummary {
  notes: number;
  revlog: number;
}

export async function buildApkg(cards: readonly Card[], data: Readonly<ProgressData>, now: Date): Promise<{ bytes: Uint8Array } & ApkgSummary> {
  // sql.js's Node path reads __dirname, which an ES module bundle does not define; it only joins it
  // to a file name we never use (the WebAssembly is passed in)
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= dirname(fileURLToPath(import.meta.url));
  const [{ default: initSqlJs }, { zipSync, strToU8 }] = await Promise.all([import('sql.js'), import('fflate')]);
  const SQL = await initSqlJs({ wasmBinary: wasmBinary() });
  const db = new SQL.Database();
  try {
    db.run(COLLECTION_SQL);
    const first = data.reviews.reduce((m, r) => Math.min(m, r.at), now.getTime());
    const crt = startOfLocalDay(first).getTime();
    const base = now.getTime();
    const modSec = Math.floor(base / 1000);
    const modelId = base;
    const deckIds = new Map<string, number>();
    for (const c of cards) if (!deckIds.has(ankiDeckName(c))) deckIds.set(ankiDeckName(c), base + 1 + deckIds.size);
    const decks: Record<string, unknown> = { 1: deckObject(1, 'Default', modSec) };
    for (const [name, id] of deckIds) decks[id] = deckObject(id, name, modSec);
    const firstDeck = deckIds.values().next().value ?? 1;
    const conf = { activeDecks: [1], curDeck: 1, curModel: String(modelId), nextPos: cards.length + 1, sortType: 'noteFld', sortBackwards: false, addToCur: true, collapseTime: 1200, dueCounts: true, estTimes: true, newSpread: 0, timeLim: 0 };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      Math.floor(crt / 1000),
      base,
      base,
      JSON.stringify(conf),
      JSON.stringify({ [modelId]: basicModel(modelId, firstDeck, modSec) }),
      JSON.stringify(decks),
      JSON.stringify(DECK_CONFIG),
      '{}',
    ]);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
    const rev = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const cardIds = new Map<string, number>();
    const dr = data.settings.desiredRetention;
    cards.forEach((c, i) => {
      const id = base + 1000 + i;
      cardIds.set(c.id, id);
      const front = fieldHtml(c.question);
      note.run([id, c.id, modelId, modSec, ` ${ankiTags(c)} `, `${front}\u001f${backHtml(c)}`, htmlText(front), fieldChecksum(front), '']);
      const s = data.cards[c.id];
      const row = cardRow(s, crt);
      // Anki (23.10+) keeps the FSRS memory state in the card's data: s stability, d difficulty, dr retention
      const memory = s && s.state !== 0 ? JSON.stringify({ s: s.stability, d: s.difficulty, dr }) : '';
      card.run([id, id, deckIds.get(ankiDeckName(c))!, modSec, row.type, row.queue, row.due, row.ivl, s && s.state !== 0 ? 2500 : 0, s?.reps ?? 0, s?.lapses ?? 0, s && (s.state === 1 || s.state === 3) ? 1 : 0, memory]);
    });
    let revlog = 0;
    let lastId = 0;
    const sorted: ReviewEntry[] = [...data.reviews].sort((a, b) => a.at - b.at);
    for (const r of sorted) {
      const cid = cardIds.get(r.card);
      if (cid === undefined) continue;
      lastId = Math.max(lastId + 1, r.at); // revlog ids are the review's time in ms, kept unique
      rev.run([lastId, cid, r.rating, revlogInterval(r.next, r.at), revlogInterval(r.prev, r.prev?.lastReview ?? r.at), r.next && r.next.state !== 0 ? 2500 : 0, REVLOG_TYPE[r.from] ?? 0]);
      revlog++;
    }
    note.free();
    card.free();
    rev.free();
    const bytes = zipSync({ 'collection.anki2': db.export(), media: strToU8('{}') });
    return { bytes, notes: cards.length, revlog };
  } finally {
    db.close();
  }
}

/** The journal file read and written directly: offsets in bytes, the header, cut-off and damaged lines. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendOps, readJournal, resetJournal, type JournalOp } from '../../src/progress/journal.js';
import { freshHome } from './helpers.js';

const clear = (card: string): JournalOp => ({ op: 'clearLeech', card });
const line = (op: JournalOp) => `${JSON.stringify(op)}\n`;
const HEADER = `${JSON.stringify({ gen: 'g1' })}\n`;
const path = () => join(freshHome(), 'progress.journal');

describe('resetJournal and appendOps', () => {
  it('a new journal is its header line; appending returns the new size in bytes', () => {
    const p = path();
    expect(resetJournal(p, 'g1')).toBe(HEADER.length);
    expect(readFileSync(p, 'utf8')).toBe(HEADER);
    const end = appendOps(p, [clear('d#é'), clear('d#b')]);
    expect(end).toBe(Buffer.byteLength(HEADER + line(clear('d#é')) + line(clear('d#b'))));
    expect(end).toBe(statSync(p).size);
  });
});

describe('readJournal', () => {
  it('no file, or an empty one: no generation, nothing read', () => {
    const p = path();
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: null, ops: [], end: 0 });
    writeFileSync(p, '');
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: null, ops: [], end: 0 });
  });

  it('a first line that is not a header is reported, with or without its newline', () => {
    const p = path();
    writeFileSync(p, 'x'.repeat(300));
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: null, ops: [], end: 0, bad: 'its first line is not a journal header' });
    writeFileSync(p, '{"generation":"g1"}\n');
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: null, ops: [], end: 20, bad: 'its first line is not a journal header' });
    writeFileSync(p, 'not json\n');
    expect(readJournal(p, 'g1', 0).bad).toBe('its first line is not a journal header');
  });

  it('reads from the offset given when the generation matches, else from the first op', () => {
    const p = path();
    resetJournal(p, 'g1');
    const mid = appendOps(p, [clear('a')]);
    const end = appendOps(p, [clear('b')]);
    expect(readJournal(p, 'g1', mid)).toEqual({ gen: 'g1', ops: [clear('b')], end });
    expect(readJournal(p, 'g1', end)).toEqual({ gen: 'g1', ops: [], end });
    expect(readJournal(p, 'g1', HEADER.length)).toEqual({ gen: 'g1', ops: [clear('a'), clear('b')], end });
    // another generation, an offset inside the header, or past the end: the whole journal
    for (const [gen, from] of [['g0', mid], ['g1', HEADER.length - 1], ['g1', end + 1]] as const) {
      expect(readJournal(p, gen, from)).toEqual({ gen: 'g1', ops: [clear('a'), clear('b')], end });
    }
  });

  it('a last line cut short by a kill is cut off the file, unless read-only', () => {
    const p = path();
    resetJournal(p, 'g1');
    const end = appendOps(p, [clear('a')]);
    writeFileSync(p, readFileSync(p, 'utf8') + '{"op":"clearLe', { flag: 'w' });
    expect(readJournal(p, 'g1', 0, true)).toEqual({ gen: 'g1', ops: [clear('a')], end });
    expect(statSync(p).size).toBe(end + 14);
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: 'g1', ops: [clear('a')], end });
    expect(statSync(p).size).toBe(end);
  });

  it('damaged lines are skipped and reported by byte offset; the ops around them are kept', () => {
    const p = path();
    const first = line(clear('d#é')); // two bytes for é: offsets count bytes
    writeFileSync(p, `${HEADER}${first}{"op":"nope"}\n${line(clear('b'))}`);
    const at = Buffer.byteLength(HEADER + first);
    expect(readJournal(p, 'g1', 0)).toEqual({ gen: 'g1', ops: [clear('d#é'), clear('b')], end: statSync(p).size, bad: `a damaged line at byte ${at}` });
    writeFileSync(p, `${HEADER}${first}garbage\n\n${line(clear('b'))}[1]\n`);
    expect(readJournal(p, 'g1', 0).bad).toBe(`2 damaged lines, the first at byte ${at}`);
  });
});

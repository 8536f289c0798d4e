/** The review journal beside progress.json: one JSON line per change, appended and fsynced, so saving
 * a review costs one small write whatever the history's size. Its first line names the generation
 * of progress.json it continues; a checkpoint folds it into progress.json under a new generation. */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync } from 'node:fs';
import * as z from 'zod/mini';
import { writeAll, writeFileAtomic } from '../atomicWrite.js';
import { quizResult, reviewEntry, settingsPatch } from './schema.js';

export const journalOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('review'), entry: reviewEntry }),
  z.object({ op: z.literal('undo'), id: z.string() }),
  z.object({ op: z.literal('settings'), patch: settingsPatch }),
  z.object({ op: z.literal('quiz'), result: quizResult }),
  z.object({ op: z.literal('stage'), stage: z.string(), correct: z.boolean(), at: z.number() }),
  z.object({ op: z.literal('clearLeech'), card: z.string() }),
]);
export type JournalOp = z.infer<typeof journalOp>;

export interface JournalRead {
  /** The generation in the header; null when there is no journal (or no complete header). */
  gen: string | null;
  /** Ops after `from` (a byte offset), when the generation is the expected one. */
  ops: JournalOp[];
  /** Byte offset just past the last complete line. */
  end: number;
  /** What is damaged (not by a kill): the header, or complete lines that are not valid ops
   * (the valid ops around them are still in `ops`). */
  bad?: string;
}

const NL = 0x0a;
const header = z.object({ gen: z.string() });

/** Reads the journal from byte `from` when its generation is `gen`, else from its first op.
 * A last line without its newline (a write cut short by a kill) is cut off the file, unless
 * `readOnly`. A damaged line is skipped and reported; the lines after it are still read. */
export function readJournal(path: string, gen: string, from: number, readOnly = false): JournalRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { gen: null, ops: [], end: 0 };
    throw e;
  }
  let found: string | null = null;
  let start = 0;
  let buf: Buffer;
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, 128));
    const headerEnd = head.indexOf(NL) + 1;
    if (headerEnd === 0) {
      // No complete first line: a journal being created by a kill, or something that is not ours.
      return size === 0 ? { gen: null, ops: [], end: 0 } : { gen: null, ops: [], end: 0, bad: 'its first line is not a journal header' };
    }
    const parsed = header.safeParse(safeJson(head.subarray(0, headerEnd).toString('utf8')));
    if (!parsed.success) return { gen: null, ops: [], end: headerEnd, bad: 'its first line is not a journal header' };
    found = parsed.data.gen;
    // Usually only the lines other processes added since we last looked are read.
    start = found === gen && from >= headerEnd && from <= size ? from : headerEnd;
    buf = readAt(fd, start, size - start);
  } finally {
    closeSync(fd);
  }
  const tail = buf.lastIndexOf(NL) + 1;
  const end = start + tail;
  if (tail < buf.length && !readOnly) truncate(path, end);
  const ops: JournalOp[] = [];
  let firstBad = -1;
  let badCount = 0;
  let at = start;
  for (const line of buf.subarray(0, tail).toString('utf8').split('\n')) {
    const op = line === '' ? null : journalOp.safeParse(safeJson(line));
    if (op?.success) ops.push(op.data);
    else if (op) {
      if (firstBad < 0) firstBad = at;
      badCount++;
    }
    at += Buffer.byteLength(line) + 1;
  }
  const out: JournalRead = { gen: found, ops, end };
  if (badCount > 0) out.bad = badCount === 1 ? `a damaged line at byte ${firstBad}` : `${badCount} damaged lines, the first at byte ${firstBad}`;
  return out;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, length));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function truncate(path: string, size: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** Appends lines, every byte checked, and fsyncs them; returns the new end offset. A write that
 * falls short (a full disk) is cut back off, so the journal never ends in half a change. */
export function appendOps(path: string, ops: JournalOp[]): number {
  const fd = openSync(path, 'a');
  try {
    const before = fstatSync(fd).size;
    try {
      writeAll(fd, Buffer.from(ops.map((o) => `${JSON.stringify(o)}\n`).join(''), 'utf8'), path);
      fsyncSync(fd);
    } catch (e) {
      try {
        ftruncateSync(fd, before);
        fsyncSync(fd);
      } catch {
        /* the partial line has no newline: the next read cuts it off */
      }
      throw e;
    }
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/** Starts a new, empty journal for generation `gen` (temp file, fsync, rename); returns its size. */
export function resetJournal(path: string, gen: string): number {
  const text = `${JSON.stringify({ gen })}\n`;
  writeFileAtomic(path, text);
  return Buffer.byteLength(text);
}

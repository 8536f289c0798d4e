/** The review journal beside progress.json: one JSON line per change, appended and fsynced, so saving
 * a review costs one small write whatever the history's size. Its first line names the generation
 * of progress.json it continues; a checkpoint folds it into progress.json under a new generation. */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import * as z from 'zod/mini';
import { writeFileAtomic } from '../atomicWrite.js';
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
  /** A line that is complete but not a valid op: the journal is damaged (not by a kill). */
  bad?: string;
}

const NL = 0x0a;

/** Reads the journal from byte `from` when its generation is `gen`, else from its first op.
 * A last line without its newline (a write cut short by a kill) is cut off the file. */
export function readJournal(path: string, gen: string, from: number): JournalRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { gen: null, ops: [], end: 0 };
    throw e;
  }
  let header: string | null = null;
  let headerEnd = 0;
  let start = 0;
  let buf: Buffer;
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, 128));
    headerEnd = head.indexOf(NL) + 1;
    if (headerEnd === 0) return { gen: null, ops: [], end: 0 };
    try {
      header = z.object({ gen: z.string() }).parse(JSON.parse(head.subarray(0, headerEnd).toString('utf8'))).gen;
    } catch {
      return { gen: null, ops: [], end: headerEnd, bad: 'the first line is not a journal header' };
    }
    // Usually only the lines other processes added since we last looked are read.
    start = header === gen && from >= headerEnd && from <= size ? from : headerEnd;
    buf = readAt(fd, start, size - start);
  } finally {
    closeSync(fd);
  }
  const tail = buf.lastIndexOf(NL) + 1;
  const end = start + tail;
  if (tail < buf.length) truncate(path, end);
  const ops: JournalOp[] = [];
  const text = buf.subarray(0, tail).toString('utf8');
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (line === '') continue;
    const parsed = journalOp.safeParse(safeJson(line));
    if (!parsed.success) return { gen: header, ops, end, bad: `line ${lineNo} after byte ${start} is not a valid change` };
    ops.push(parsed.data);
  }
  return { gen: header, ops, end };
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

/** Appends lines and fsyncs them; returns the new end offset. */
export function appendOps(path: string, ops: JournalOp[]): number {
  const fd = openSync(path, 'a');
  try {
    writeSync(fd, ops.map((o) => `${JSON.stringify(o)}\n`).join(''));
    fsyncSync(fd);
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

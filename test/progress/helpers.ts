/** Test helpers: a fresh GATEPREP_HOME per test, and child processes that review cards. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { parseProgress } from '../../src/progress/file.js';
import { readJournal } from '../../src/progress/journal.js';
import { applyOp } from '../../src/progress/ops.js';
import { emptyProgress, type ProgressData } from '../../src/progress/schema.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'gateprep-test-'));
  process.env.GATEPREP_HOME = home;
  return home;
}

const reviewer = fileURLToPath(new URL('./fixtures/reviewer.ts', import.meta.url));

export interface Reviewer {
  child: ChildProcessWithoutNullStreams;
  /** Review ids the child reported as saved (printed after the save call returned). */
  saved: string[];
  /** Resolves once `n` reviews are reported saved (or the child ends). */
  waitSaved(n: number): Promise<void>;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** Starts the reviewer fixture: `prefix` names its cards, `count` bounds its reviews (0 = no bound). */
export function startReviewer(home: string, prefix: string, count: number, waitForGo = false): Reviewer {
  const child = spawn(process.execPath, ['--import', 'tsx', reviewer, prefix, String(count), waitForGo ? 'go' : ''], {
    env: { ...process.env, GATEPREP_HOME: home },
    stdio: 'pipe',
  });
  const saved: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  let buf = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line === 'ready') readyResolve();
      else if (line.startsWith('saved ')) saved.push(line.slice(6));
    }
    for (const w of waiters.filter((w) => saved.length >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(`reviewer ${prefix} exited ${code}: ${stderr}\n`);
      for (const w of waiters.splice(0)) w.resolve();
      readyResolve();
      resolve(code);
    }),
  );
  return {
    child,
    saved,
    ready,
    exited,
    waitSaved: (n) => (saved.length >= n || child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
  };
}

/** What is on disk, read strictly: progress.json must parse and the journal must hold only valid
 * lines (a torn last line, from a kill mid-write, is allowed and cut off). */
export function readDisk(home: string): ProgressData {
  const path = join(home, 'progress.json');
  const data = existsSync(path) ? parseProgress(readFileSync(path, 'utf8')) : emptyProgress();
  const j = readJournal(join(home, 'progress.journal'), data.journal, 0);
  if (j.bad) throw new Error(`journal: ${j.bad}`);
  if (j.gen === data.journal) for (const op of j.ops) applyOp(data, op);
  return data;
}

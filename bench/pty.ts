/** Helpers for benchmarks that run a program in a real pseudo terminal. */
import { readFileSync } from 'node:fs';
import pty from 'node-pty';
import xterm from '@xterm/headless';

export interface PtyRun {
  /** ms from spawn until `ready` matched the screen. */
  firstFrameMs: number;
  term: xterm.Terminal;
  child: pty.IPty;
  screen: () => string;
  /** Resolves with ms elapsed once the screen satisfies the test. */
  until: (test: (screen: string) => boolean, timeoutMs?: number) => Promise<number>;
  /** Resident memory of the process now, in MB (Linux /proc). */
  rssMb: () => number;
  stop: () => Promise<void>;
}

export async function spawnInPty(file: string, args: string[], ready: string | ((screen: string) => boolean), env: Record<string, string> = {}, cols = 80, rows = 24): Promise<PtyRun> {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  const start = performance.now();
  const child = pty.spawn(file, args, { name: 'xterm-256color', cols, rows, cwd: process.cwd(), env: { ...process.env, ...env } as Record<string, string> });
  const listeners = new Set<() => void>();
  let exited = false;
  const exit = new Promise<void>((res) => child.onExit(() => { exited = true; res(); }));
  // look at the screen once the chunks already on their way are parsed (a frame can be split)
  let chunks = 0;
  child.onData((d) => {
    const mine = ++chunks;
    term.write(d, () => setImmediate(() => mine === chunks && listeners.forEach((l) => l())));
  });
  const screen = () => {
    const b = term.buffer.active;
    let out = '';
    for (let y = 0; y < rows; y++) out += `${b.getLine(b.viewportY + y)?.translateToString(true) ?? ''}\n`;
    return out;
  };
  const until = (test: (s: string) => boolean, timeoutMs = 15_000) =>
    new Promise<number>((res, rej) => {
      const t0 = performance.now();
      const check = () => {
        if (test(screen())) {
          listeners.delete(check);
          clearTimeout(timer);
          res(performance.now() - t0);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        rej(new Error(`timed out; screen:\n${screen()}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  await until(typeof ready === 'string' ? (s) => s.includes(ready) : ready);
  const firstFrameMs = performance.now() - start;
  return {
    firstFrameMs,
    term,
    child,
    screen,
    until,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    },
    stop: async () => {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}

/**
 * Pause before separate presses. A person's quickest separate presses come ~100 ms apart;
 * pressing again the instant a frame is parsed would time the tail of the previous frame's
 * work (Ink's throttled write, React's effects) rather than the new key.
 */
export const PRESS_GAP_MS = 50;

export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** ms from writing `key` (after the human-like pause) until the screen satisfies `until`. */
export async function timedPress(app: PtyRun, key: string, until: (screen: string) => boolean, gapMs = PRESS_GAP_MS): Promise<number> {
  await pause(gapMs);
  const t0 = performance.now();
  app.child.write(key);
  await app.until(until);
  return performance.now() - t0;
}

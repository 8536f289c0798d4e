/**
 * Drives the built CLI in a real pseudo terminal (node-pty) and reads the screen
 * through a headless xterm. Tests wait for the frame they expect, never a fixed time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import xterm from '@xterm/headless';
import { KEY } from '../keys.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const CLI = join(ROOT, 'dist', 'cli.js');

const KEYS: Record<string, string> = KEY;

export interface Session {
  /** The visible screen as text, one line per row, trailing spaces trimmed. */
  screen(): string;
  /** Everything the program wrote, escape sequences included. */
  raw(): string;
  /** Resolves with the screen once it matches; rejects after `ms` showing the last screen. */
  waitFor(match: string | RegExp | ((screen: string) => boolean), ms?: number): Promise<string>;
  /** Sends a key (a name from KEYS or literal text) and waits for the screen to change. */
  press(key: string, ms?: number): Promise<string>;
  /** Sends text without waiting. */
  write(text: string): void;
  /** Which buffer xterm shows: 'alternate' while full screen, 'normal' after restore. */
  bufferType(): 'normal' | 'alternate';
  /** Resizes the pseudo terminal (the program gets SIGWINCH) and the screen model. */
  resize(cols: number, rows: number): void;
  exited: Promise<{ exitCode: number; signal?: number }>;
  pid: number;
  kill(signal?: string): void;
}

export interface StartOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  /** Run through a shell command line instead of `node dist/cli.js args`. */
  shell?: string;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'gateprep-e2e-'));
}

export function start(args: string[], options: StartOptions = {}): Session {
  const cols = options.cols ?? 80;
  let rows = options.rows ?? 24;
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, GATEPREP_HOME: tempHome(), TERM: 'xterm-256color', ...options.env })) {
    if (v !== undefined && k !== 'CI') env[k] = v;
  }
  const [file, argv] = options.shell ? ['/bin/sh', ['-c', options.shell]] : [process.execPath, [CLI, ...args]];
  const child = pty.spawn(file, argv, { name: 'xterm-256color', cols, rows, cwd: ROOT, env });
  let output = '';
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  // A frame can reach us in several chunks. Tests look at the screen only once the chunks
  // that were already on their way are parsed: after each parse, one turn of the event loop
  // (setImmediate, not a timer) lets pending reads arrive; a newer chunk defers the check.
  let chunks = 0;
  child.onData((data) => {
    output += data;
    const mine = ++chunks;
    term.write(data, () => setImmediate(() => mine === chunks && notify()));
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((res) => child.onExit((e) => setImmediate(() => term.write('', () => res(e)))));
  const screen = (): string => {
    const buf = term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < rows; y++) lines.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n').replace(/\n+$/, '');
  };
  const waitFor: Session['waitFor'] = (match, ms = 10_000) => {
    const test = typeof match === 'function' ? match : (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
    return new Promise((res, rej) => {
      const check = () => {
        const s = screen();
        if (test(s)) {
          cleanup();
          res(s);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        rej(new Error(`timed out waiting for ${String(match)}; the screen was:\n${screen()}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  };
  return {
    screen,
    raw: () => output,
    waitFor,
    press: (key, ms) => {
      const before = screen();
      child.write(KEYS[key] ?? key);
      return waitFor((s) => s !== before, ms);
    },
    write: (text) => child.write(text),
    bufferType: () => term.buffer.active.type,
    resize: (c, r) => {
      rows = r;
      term.resize(c, r);
      child.resize(c, r);
    },
    exited,
    pid: child.pid,
    kill: (signal) => child.kill(signal),
  };
}

/** Presses a key until the screen matches (each press waits for the frame to change). */
export async function pressUntil(s: Session, key: string, match: RegExp, max = 30): Promise<string> {
  for (let i = 0; i < max; i++) {
    if (match.test(s.screen())) return s.screen();
    await s.press(key);
  }
  return s.waitFor(match, 1);
}

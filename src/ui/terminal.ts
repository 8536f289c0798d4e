/**
 * Full-screen mode: Ink 6 has no alternate-screen option, so we enter it ourselves
 * and restore the terminal on every way out (quit, SIGTERM, SIGHUP, SIGQUIT, a crash),
 * and for a while on Ctrl-Z (SIGTSTP), entering again on `fg` (SIGCONT). Bracketed paste
 * is on while we own the terminal, so a paste arrives marked as one (see input/split.ts).
 */
const ENTER = '\u001b[?1049h\u001b[H\u001b[?2004h';
const LEAVE = '\u001b[?2004l\u001b[?25h\u001b[?1049l';

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGHUP: 129, SIGQUIT: 131, SIGTERM: 143 };

export interface TerminalGuard {
  /** Leaves the alternate screen, shows the cursor and ends raw mode; safe to call twice. */
  restore: () => void;
  /** Runs before restoring on a signal or crash: unmount Ink there, or it redraws its last frame on exit. */
  onTeardown: (fn: () => void) => void;
  /** Runs after `fg` gave the terminal back (SIGCONT): the app redraws its frame there. */
  onResume: (fn: () => void) => void;
  /** Gives the terminal back and stops the process (Ctrl-Z); on SIGCONT takes it again. */
  suspend: () => void;
  /** Runs `fn` (a program that takes the terminal, such as an editor) with the terminal given back,
   * as Ctrl-Z does, then takes it again and redraws. Ctrl-C meanwhile is the program's, not ours. */
  foreground: <T>(fn: () => T) => T;
}

export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): TerminalGuard {
  let restored = false;
  let teardown: () => void = () => {};
  let resume: () => void = () => {};
  let suspended = false;
  let lent = false;
  stdout.write(ENTER);
  // Raw mode now, before Ink's first render enables it: a key typed during start-up
  // then arrives as the key it is (Enter as \r), not as cooked-mode line input.
  if (stdin.isTTY) stdin.setRawMode(true);
  const restore = () => {
    if (restored) return;
    restored = true;
    process.off('SIGTSTP', onStop);
    process.off('SIGCONT', onContinue);
    try {
      teardown();
    } catch {
      // unmounting a broken tree may fail; the terminal still has to be restored
    }
    try {
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
    } catch {
      // the terminal may already be gone (SIGHUP); nothing left to restore
    }
    try {
      stdout.write(LEAVE);
    } catch {
      // as above
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // the terminal's Ctrl-C / Ctrl-\ also reach us while an editor has the terminal (git ignores them too)
    if (lent && (signal === 'SIGINT' || signal === 'SIGQUIT')) return;
    restore();
    process.exit(EXIT_CODES[signal] ?? 143);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) process.on(s, onSignal);
  // Ctrl-Z: the shell gets a normal screen in cooked mode; `fg` brings the app back as it was
  const onStop = () => {
    if (restored || suspended) return;
    suspended = true;
    try {
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
      stdout.write(LEAVE);
    } catch {
      // the terminal may be gone; stopping is still right
    }
    process.kill(process.pid, 'SIGSTOP');
  };
  const onContinue = () => {
    if (restored || !suspended) return;
    suspended = false;
    try {
      if (stdin.isTTY) stdin.setRawMode(true);
      stdout.write(ENTER);
      resume();
    } catch {
      // as above
    }
  };
  process.on('SIGTSTP', onStop);
  process.on('SIGCONT', onContinue);
  process.once('exit', restore);
  const onCrash = (error: unknown) => {
    restore();
    process.stderr.write(`gateprep stopped because of an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  const foreground = <T>(fn: () => T): T => {
    lent = true;
    try {
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
      stdout.write(LEAVE);
    } catch {
      // as above
    }
    try {
      return fn();
    } finally {
      try {
        if (stdin.isTTY) stdin.setRawMode(true);
        stdout.write(ENTER);
        resume();
      } catch {
        // as above
      }
      // a signal sent while the program ran is delivered on the next turn of the event loop
      setImmediate(() => setImmediate(() => (lent = false)));
    }
  };
  return { restore, onTeardown: (fn) => void (teardown = fn), onResume: (fn) => void (resume = fn), suspend: onStop, foreground };
}

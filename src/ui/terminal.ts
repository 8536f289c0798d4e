/**
 * Full-screen mode: Ink 6 has no alternate-screen option, so we enter it ourselves
 * and restore the terminal on every way out (quit, Ctrl-C, SIGTERM, SIGHUP, a crash).
 */
const ENTER = '\u001b[?1049h\u001b[H';
const LEAVE = '\u001b[?25h\u001b[?1049l';

export interface TerminalGuard {
  /** Leaves the alternate screen, shows the cursor and ends raw mode; safe to call twice. */
  restore: () => void;
  /** Runs before restoring on a signal or crash: unmount Ink there, or it redraws its last frame on exit. */
  onTeardown: (fn: () => void) => void;
}

export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): TerminalGuard {
  let restored = false;
  let teardown: () => void = () => {};
  stdout.write(ENTER);
  // Raw mode now, before Ink's first render enables it: a key typed during start-up
  // then arrives as the key it is (Enter as \r), not as cooked-mode line input.
  if (stdin.isTTY) stdin.setRawMode(true);
  const restore = () => {
    if (restored) return;
    restored = true;
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
    restore();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(s, onSignal);
  process.once('exit', restore);
  const onCrash = (error: unknown) => {
    restore();
    process.stderr.write(`gateprep stopped because of an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  };
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  return { restore, onTeardown: (fn) => void (teardown = fn) };
}

/**
 * Full-screen mode: Ink 6 has no alternate-screen option, so we enter it ourselves
 * and restore the terminal on every way out (quit, Ctrl-C, SIGTERM, SIGHUP, a crash).
 */
const ENTER = '\u001b[?1049h\u001b[H';
const LEAVE = '\u001b[?25h\u001b[?1049l';

export interface TerminalGuard {
  /** Leaves the alternate screen, shows the cursor and ends raw mode; safe to call twice. */
  restore: () => void;
}

export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): TerminalGuard {
  let restored = false;
  stdout.write(ENTER);
  const restore = () => {
    if (restored) return;
    restored = true;
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
  return { restore };
}

/**
 * The keypress hub: every chunk from stdin goes through one splitter, and each keypress is
 * handed, in order, to the listeners active at that moment. A listener's state change renders
 * before the next keypress is handed out (`run`, in the UI renderNow.ts), so a burst of `jjj` moves a cursor three rows and a key that opens a screen is followed by
 * keys that reach the new screen. While a screen is still loading (`hold`), keys wait for it.
 */
import type { Key } from 'ink';
import { createSplitter } from './split.js';
import { decode, NO_KEY } from './decode.js';

export interface Press {
  input: string;
  key: Key;
  /** Set for a bracketed paste: the pasted text (input is empty, no key is set). */
  paste?: string;
}

export interface Listener {
  handle: (press: Press) => void;
  active: () => boolean;
}

export interface Hub {
  /** Raw terminal input, in any chunking. */
  feed: (chunk: string) => void;
  listen: (listener: Listener) => () => void;
  /** Keys wait while any hold is taken (a lazy screen loading); returns the release. */
  hold: () => () => void;
}

/** How many keypresses may wait for a loading screen before further ones are dropped. */
const MAX_WAITING = 1000;

export interface HubOptions {
  /** Sees each keypress first; true when it handled it (Ctrl-C, Ctrl-Z). */
  intercept?: (press: Press) => boolean;
  /** Runs one keypress's handling; the UI renders its changes before returning (see renderNow.ts). */
  run?: (fn: () => void) => void;
  /** Runs the handling of several keypresses waiting at once (a burst in one chunk): each is still
   * run and committed in order, and the UI draws one frame, of the last, at the end. */
  burst?: (deliverAll: () => void) => void;
}

export function createHub(options: HubOptions = {}): Hub {
  const run = options.run ?? ((fn: () => void) => fn());
  const splitter = createSplitter();
  const listeners = new Set<Listener>();
  const queue: Press[] = [];
  let holds = 0;
  let draining = false;
  let flushTimer: NodeJS.Immediate | undefined;

  const deliver = (press: Press) =>
    run(() => {
      if (options.intercept?.(press)) return;
      for (const l of [...listeners]) if (listeners.has(l) && l.active()) l.handle(press);
    });
  const drain = () => {
    if (draining) return;
    draining = true;
    const all = () => {
      while (queue.length > 0 && holds === 0) deliver(queue.shift()!);
    };
    try {
      if (queue.length > 1 && holds === 0 && options.burst) options.burst(all);
      else all();
    } finally {
      draining = false;
    }
  };
  const enqueue = (parts: ReturnType<typeof splitter.push>) => {
    for (const p of parts) {
      if (queue.length >= MAX_WAITING) break;
      queue.push(p.kind === 'paste' ? { input: '', key: { ...NO_KEY }, paste: p.text } : decode(p.sequence));
    }
    drain();
  };
  return {
    feed: (chunk) => {
      if (flushTimer) clearImmediate(flushTimer);
      flushTimer = undefined;
      enqueue(splitter.push(chunk));
      // a lone ESC is Escape unless the rest of a sequence follows at once
      if (splitter.pending()) flushTimer = setImmediate(() => enqueue(splitter.flush()));
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    hold: () => {
      holds++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        // released during a commit: hand out the waiting keys once it is done
        setImmediate(drain);
      };
    },
  };
}

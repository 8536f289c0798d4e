/**
 * Runs a keypress's handler so that what it changed is rendered and committed before the next
 * keypress is handed out. React 19 batches updates into a later task; a burst `jjk<enter>` would
 * otherwise reach stale handlers (enter opening the row that was highlighted before the jjk).
 * Ink does not export its reconciler, so it is imported by path: the bundle and Node resolve
 * it to the same module Ink itself uses (one renderer, one root).
 */
import reconciler from '../../../node_modules/ink/build/reconciler.js';
import instances from '../../../node_modules/ink/build/instances.js';

export function renderNow(fn: () => void): void {
  reconciler.flushSyncFromReconciler(fn);
}

interface InkInstance {
  rootNode: { onRender?: () => void };
  onRender: () => void;
}

/**
 * For a burst of keys in one chunk: every key's handling is still run and committed in order (so
 * each sees the state the one before left), but Ink draws no frame for the keys in between, and
 * the frame of the last is drawn at once at the end. Otherwise the first key's frame is drawn and
 * the rest wait for Ink's throttle: a timer, which a busy machine makes late.
 */
export function burstDrawer(stdout: NodeJS.WriteStream): ((deliverAll: () => void) => void) | undefined {
  const ink = (instances as unknown as WeakMap<object, InkInstance>).get(stdout);
  if (!ink || typeof ink.onRender !== 'function') return undefined;
  return (deliverAll) => {
    const draw = ink.rootNode.onRender;
    ink.rootNode.onRender = () => undefined;
    try {
      deliverAll();
    } finally {
      ink.rootNode.onRender = draw;
      ink.onRender();
    }
  };
}

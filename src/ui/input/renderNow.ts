/**
 * Runs a keypress's handler so that what it changed is rendered and committed before the next
 * keypress is handed out. React 19 batches updates into a later task; a burst `jjk<enter>` would
 * otherwise reach stale handlers (enter opening the row that was highlighted before the jjk).
 * Ink does not export its reconciler, so it is imported by path: the bundle and Node resolve
 * it to the same module Ink itself uses (one renderer, one root).
 */
import reconciler from '../../../node_modules/ink/build/reconciler.js';

export function renderNow(fn: () => void): void {
  reconciler.flushSyncFromReconciler(fn);
}

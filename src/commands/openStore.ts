/** Opens the progress store for a subcommand, or says why it cannot (exit 1). */
import { sanitize } from '../content/sanitize.js';
import { ProgressError } from '../progress/errors.js';
import { openProgress, type ProgressStore } from '../progress/store.js';
import type { CommandContext } from './types.js';

/**
 * Opens the store as the app does (a damaged file is moved aside, the user told). With
 * `readOnlyFallback`, a folder that cannot be written (a read-only home) or a lock that cannot be
 * had still gives a store to read, which writes nothing.
 */
export function openStoreFor(ctx: CommandContext, options: { readOnlyFallback?: boolean } = {}): ProgressStore | null {
  try {
    let store: ProgressStore;
    try {
      store = openProgress({ home: ctx.homeDir });
    } catch (e) {
      if (options.readOnlyFallback && e instanceof ProgressError && (e.kind === 'unwritable' || e.kind === 'locked')) store = openProgress({ home: ctx.homeDir, readOnly: true });
      else throw e;
    }
    for (const notice of store.takeNotices()) ctx.err(`${sanitize(notice)}\n`);
    return store;
  } catch (e) {
    if (e instanceof ProgressError) {
      ctx.err(`${sanitize(e.message)}\n`);
      return null;
    }
    throw e;
  }
}

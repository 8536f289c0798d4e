/** Opens the progress store for a subcommand, or says why it cannot (exit 1). */
import { ProgressError } from '../progress/errors.js';
import { openProgress, type ProgressStore } from '../progress/store.js';
import type { CommandContext } from './types.js';

export function openStoreFor(ctx: CommandContext): ProgressStore | null {
  try {
    const store = openProgress({ home: ctx.homeDir });
    for (const notice of store.takeNotices()) ctx.err(`${notice}\n`);
    return store;
  } catch (e) {
    if (e instanceof ProgressError) {
      ctx.err(`${e.message}\n`);
      return null;
    }
    throw e;
  }
}

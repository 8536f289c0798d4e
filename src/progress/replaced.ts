/**
 * Cards merged into another (a card's `**Replaces:**`): the review history of a replaced id
 * moves onto the card that absorbed it when the library loads. Idempotent (a second run finds
 * nothing to move) and it never drops a review: every log entry is kept, re-labelled; when both
 * ids have a schedule, the one reviewed last wins, as if the two logs had been one.
 */
import type { ProgressData, SrsState } from './schema.js';
import type { ProgressStore } from './store.js';

/** Follows old -> new links to the card that is live now (a merge of a merge), stopping on a loop. */
function target(moves: ReadonlyMap<string, string>, id: string): string {
  let to = moves.get(id)!;
  for (let hops = 0; moves.has(to) && hops < moves.size; hops++) to = moves.get(to)!;
  return to;
}

const lastTime = (s: SrsState): number => s.lastReview ?? 0;

/** Whether any replaced id still holds history. */
export function hasReplaced(data: Readonly<ProgressData>, moves: ReadonlyMap<string, string>): boolean {
  if (moves.size === 0) return false;
  const has = (id: string) => moves.has(id);
  return (
    Object.keys(data.cards).some(has) ||
    Object.keys(data.leeches).some(has) ||
    data.reviews.some((r) => has(r.card)) ||
    data.quizResults.some((q) => q.answers.some((a) => has(a.card)))
  );
}

/** Moves the history of every replaced id onto its card; returns how many entries moved. */
export function carryReplaced(data: ProgressData, moves: ReadonlyMap<string, string>): number {
  let moved = 0;
  for (const r of data.reviews) if (moves.has(r.card)) (r.card = target(moves, r.card)), moved++;
  for (const q of data.quizResults) for (const a of q.answers) if (moves.has(a.card)) (a.card = target(moves, a.card)), moved++;
  for (const old of Object.keys(data.cards)) {
    if (!moves.has(old)) continue;
    const to = target(moves, old);
    const mine = data.cards[old]!;
    const theirs = data.cards[to];
    if (!theirs || lastTime(mine) > lastTime(theirs)) data.cards[to] = mine;
    delete data.cards[old];
    moved++;
  }
  for (const old of Object.keys(data.leeches)) {
    if (!moves.has(old)) continue;
    const to = target(moves, old);
    data.leeches[to] ??= data.leeches[old]!;
    delete data.leeches[old];
    moved++;
  }
  return moved;
}

/** Applies the moves to the store (one rewrite of the file, under its lock) when there is anything to move. */
export function carryReplacedInStore(store: ProgressStore, moves: ReadonlyMap<string, string>): number {
  if (!hasReplaced(store.data, moves)) return 0;
  return store.update((data) => carryReplaced(data, moves));
}

/** Beside each simulator stage: the learner's measured retention of the cards tagged with that
 * stage ("88%", or "2/3" below a measurable count), once the progress store is open. Never opens it. */
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';
import { STAGES, type StageName } from '../../gateway/model.js';
import { retentionOf } from '../../progress/charts.js';

export function useStageRecall(): Partial<Record<StageName, string>> {
  const { library, progress } = useAppContext();
  const store = useStore(progress, (s) => s.store);
  useStore(progress, (s) => s.revision);
  if (!store) return {};
  const out: Partial<Record<StageName, string>> = {};
  for (const stage of STAGES) {
    const tag = `stage:${stage.toLowerCase()}`;
    const ids = new Set(library.cards.filter((c) => c.tags.includes(tag)).map((c) => c.id));
    if (ids.size === 0) continue;
    const r = retentionOf(store.data.reviews, ids);
    if (r.reviews === 0) continue;
    out[stage] = r.rate === null ? `${r.passed}/${r.reviews}` : `${Math.round(r.rate * 100)}%`;
  }
  return out;
}

/** The trace's cards: each entry gets its own copy of the cards the caller names for that stage. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/gateway/scenario.js';
import { api, scenario } from './helpers.js';

describe('trace cards', () => {
  it('cardsFor is asked per stage and each entry holds its own list', () => {
    const shared = ['c-route'];
    const [r] = runScenario(scenario({ api: api(), requests: [{ method: 'GET', path: '/pets' }] }), { cardsFor: (stage) => (stage === 'route' ? shared : [`c-${stage}`]) });
    expect(r!.trace.slice(0, 3).map((t) => [t.stage, t.cards])).toEqual([['route', ['c-route']], ['resourcePolicy', ['c-resourcePolicy']], ['auth', ['c-auth']]]);
    expect(r!.trace[0]!.cards).not.toBe(shared);
  });
});

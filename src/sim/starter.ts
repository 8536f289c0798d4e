/** The setup the simulator opens with when no scenario was chosen: one open GET route, one request. */
import { scenarioSchema } from '../gateway/schema.js';
import type { Doc } from './session.js';

export function starterDoc(): Doc {
  return scenarioSchema.parse({
    name: 'my-api',
    description: 'A blank setup: one GET route with a mock integration. Change anything in Settings and Request.',
    api: { routes: [{ method: 'GET', path: '/pets', integration: { type: 'MOCK', body: '[]' } }] },
    requests: [{ method: 'GET', path: '/pets' }],
  });
}

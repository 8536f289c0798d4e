/** How parseHttpScenario turns `repeat` / `everyMs` / `atMs` into the request list, and its cap. */
import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_REQUESTS, parseHttpScenario, runHttpScenario } from '../../../src/gateway/http/scenario.js';
import { httpScenario } from './helpers.js';

const api = { apiType: 'HTTP', routes: [{ routeKey: '$default', integration: { type: 'HTTP_PROXY', body: 'b' } }] };
const get = (extra: Record<string, unknown> = {}) => ({ method: 'GET', path: '/x', ...extra });

describe('HTTP scenario request expansion', () => {
  it('spaces repeats by everyMs from atMs, and a request without atMs starts at the last instant', () => {
    const s = httpScenario({ api, requests: [get({ atMs: 50, repeat: 3, everyMs: 100 }), get()] });
    expect(s.requests.map((r) => r.atMs)).toEqual([50, 150, 250, 250]);
  });

  it('accepts exactly the cap of expanded requests', () => {
    const p = parseHttpScenario({ name: 't', api, requests: [get({ repeat: MAX_EXPANDED_REQUESTS - 1 }), get()] });
    expect(p.ok && p.scenario.requests.length).toBe(MAX_EXPANDED_REQUESTS);
  });

  it('one request past the cap is an error naming the request that crosses it', () => {
    const p = parseHttpScenario({ name: 't', api, requests: [get(), get({ repeat: MAX_EXPANDED_REQUESTS })] });
    expect(p).toEqual({ ok: false, errors: [{ path: 'requests[1].repeat', message: 'expands the scenario past 100000 requests' }] });
  });

  it('each result names its index, instant, method and path', () => {
    const r = runHttpScenario(httpScenario({ api, requests: [get({ atMs: 5 }), { method: 'POST', path: '/y', atMs: 9 }] }));
    expect(r.map((x) => [x.index, x.atMs, x.method, x.path, x.status, x.body, x.cache, x.errorType])).toEqual([
      [0, 5, 'GET', '/x', 200, 'b', 'OFF', null],
      [1, 9, 'POST', '/y', 200, 'b', 'OFF', null],
    ]);
  });

  it('results carry a full trace, with the cards given for each stage', () => {
    const [r] = runHttpScenario(httpScenario({ api, requests: [get()] }), { cardsFor: (stage) => [`card-${stage}`] });
    expect(r!.trace.map((t) => [t.stage, t.cards])).toEqual([
      ['route', ['card-route']],
      ['auth', ['card-auth']],
      ['cors', ['card-cors']],
      ['apiKey', ['card-apiKey']],
      ['throttle', ['card-throttle']],
      ['cache', ['card-cache']],
      ['integrationRequest', ['card-integrationRequest']],
      ['integration', ['card-integration']],
      ['response', ['card-response']],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/gateway/scenario.js';
import { KEY } from './harness.js';
import { gotoRow, key, openSim, typeValue, view, type Sim } from './simHelpers.js';

describe('pipeline and step-through', () => {
  it('draws every stage of the lifecycle and steps one stage at a time', async () => {
    const s = await openSim('throttle-burst-refill');
    const f = s.frame();
    for (const stage of ['client', 'route', 'resource policy', 'auth', 'API key', 'throttle', 'quota', 'validation', 'cache', 'integration request', 'integration', 'integration response', 'method response', 'response'])
      expect(f).toContain(stage);
    expect(f).toContain('0 of 13 stages shown');
    const one = await s.press('n');
    expect(one).toMatch(/› ✓ route/);
    expect(one).toContain('GET /orders matched');
    await s.press('n');
    expect(s.frame()).toMatch(/› – resource policy/);
    await s.press(KEY.left);
    expect(s.frame()).toContain('1 of 13 stages shown');
    const end = await s.press('r');
    expect(end).toContain('← 200 OK');
    expect(end).toContain('body []');
    s.unmount();
  });

  it('marks the stopping stage, shows the gateway response and skips what was not reached', async () => {
    const s = await openSim('throttle-burst-refill');
    const f = await s.press('R');
    expect(f).toContain('request 6/16');
    expect(f).toMatch(/› ✗ throttle/);
    expect(f).toContain('bucket is empty (0 of 5 tokens');
    expect(f).toContain('429 Too Many Requests  x-amzn-ErrorType: TooManyRequestsException');
    expect(f).toContain('body {"message":"Too Many Requests"}');
    expect(f).toMatch(/ {4}quota/); // not reached: no symbol
    s.unmount();
  });

  it('enter opens the card for the stage and esc comes back to the same step', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('R');
    const card = await s.press(KEY.enter);
    expect(card).toContain('How does API Gateway throttle?');
    const back = await s.press(KEY.esc);
    expect(back).toContain('request 6/16');
    expect(back).toMatch(/› ✗ throttle/);
    expect(back).toContain('TooManyRequestsException');
    s.unmount();
  });

  it('[ and ] move along the timeline; a sends the request again and drains the bucket', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press(']');
    expect(s.frame()).toContain('request 2/16');
    await s.press('[');
    expect(s.frame()).toContain('request 1/16');
    for (let i = 0; i < 5; i++) await s.press('a');
    const f = await s.press('r');
    expect(f).toContain('request 6/21');
    expect(f).toContain('429');
    s.unmount();
  });
});

describe('settings re-run the current request and show what changed', () => {
  // traceSame: the setting changes no stage's outcome or reason for this request
  const cases: Array<{ name: string; preset?: string; setup?: (s: Sim) => Promise<void>; row: string; keys: string[]; expect: RegExp[]; traceSame?: true }> = [
    { name: 'authorization AWS_IAM', row: 'Authorization', keys: [KEY.right], expect: [/403 Forbidden MissingAuthenticationTokenException at auth \(was 200\)/, /✗\*?auth/] },
    { name: 'a TOKEN authorizer', row: 'Authorization', keys: [KEY.right, KEY.right, KEY.right], expect: [/401 Unauthorized UnauthorizedException at auth/] },
    { name: 'API key required', row: 'API key required', keys: [KEY.right], expect: [/403 Forbidden ForbiddenException at apiKey \(was 200\)/] },
    { name: 'method throttle burst', preset: 'throttle-burst-refill', setup: async (s) => void (await s.press('R')), row: 'Method throttle burst', keys: [KEY.right], expect: [/200 OK from the integration \(was 429\)/] },
    { name: 'stage throttle', row: 'Stage throttle burst', keys: typeValue('0'), expect: [/429 Too Many Requests TooManyRequestsException at throttle/] },
    { name: 'stage cache on', row: 'Stage cache', keys: [KEY.right], expect: [/Stage cache\s+‹ on ›/, /✓\*?cache/] },
    { name: 'integration failure', row: 'Failure mode', keys: [KEY.right], expect: [/504 Gateway Timeout InternalServerErrorException at integration \(was 200\)/] },
    { name: 'integration latency over the timeout', row: 'Integration latency ms', keys: typeValue('30000'), expect: [/504 Gateway Timeout/] },
    { name: 'integration type', row: 'Integration type', keys: [KEY.right], expect: [/Integration type\s+‹ HTTP ›/] },
    { name: 'resource policy deny', row: 'Policy: deny IPs', keys: typeValue('198.51.100.10'), expect: [/403 Forbidden AccessDeniedException at resourcePolicy \(was 200\)/] },
    { name: 'endpoint type', row: 'Endpoint type', keys: [KEY.left], expect: [/Endpoint type\s+‹ EDGE ›/], traceSame: true },
    { name: 'key disabled', preset: 'quota-demo', setup: async (s) => void (await s.press(']')), row: 'Key enabled', keys: [KEY.right], expect: [/403 Forbidden ForbiddenException at apiKey \(was 200\)/] },
    { name: 'usage-plan quota', preset: 'quota-demo', setup: async (s) => void (await s.press(']')), row: 'Plan quota limit', keys: typeValue('0'), expect: [/429 Too Many Requests LimitExceededException at quota \(was 200\)/] },
    { name: 'usage-plan throttle', preset: 'quota-demo', setup: async (s) => void (await s.press(']')), row: 'Plan throttle burst', keys: typeValue('0'), expect: [/429 Too Many Requests TooManyRequestsException at throttle \(was 200\)/] },
    { name: 'cache TTL', preset: 'cache-demo', setup: async (s) => void (await s.press(']')), row: 'Cache TTL s', keys: typeValue('0'), expect: [/–\*?cache/] },
    { name: 'cache key parameters', preset: 'cache-demo', setup: async (s) => void (await s.press(']')), row: 'Cache key parameters', keys: typeValue('method.request.querystring.department'), expect: [/Cache key parameters\s+method\.request\.querystring\.department/] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const s = await openSim(c.preset);
      if (c.setup) await c.setup(s);
      const before = s.store.getState().result;
      await view(s, 'settings');
      await gotoRow(s, c.row);
      for (const k of c.keys) await key(s, k);
      for (const e of c.expect) expect(s.frame()).toMatch(e);
      // re-ran with the new setting: the trace now says something it did not say before
      const reasons = (r: typeof before) => r?.trace.map((t) => `${t.stage} ${t.outcome} ${t.reason}`) ?? [];
      if (c.traceSame) expect(reasons(s.store.getState().result)).toEqual(reasons(before));
      else expect(reasons(s.store.getState().result)).not.toEqual(reasons(before));
      s.unmount();
    });
  }

  it('a cache key change turns a HIT into a MISS and highlights the stage', async () => {
    const s = await openSim('cache-demo');
    await s.press(']');
    expect(s.store.getState().result.cache).toBe('HIT');
    await view(s, 'settings');
    await gotoRow(s, 'Cache key parameters');
    for (const k of typeValue('method.request.querystring.department')) await key(s, k);
    expect(s.store.getState().result.cache).toBe('MISS');
    expect(s.store.getState().changed).toHaveProperty('integration', 'skip');
    s.unmount();
  });

  it('an invalid value is refused with the reason and the setup is unchanged', async () => {
    const s = await openSim();
    await view(s, 'settings');
    await gotoRow(s, 'Policy: allow IPs');
    await s.press(KEY.enter);
    for (const ch of 'not-an-ip') await s.press(ch);
    const f = await s.press(KEY.enter);
    expect(f).toMatch(/! api\.resourcePolicy\.allowSourceIps\[0\]: not an IP address/);
    s.unmount();
  });
});

describe('the request editor', () => {
  it('types a token (q and ? are text while the field has focus) and the authorizer sees it', async () => {
    const s = await openSim();
    await view(s, 'settings');
    await gotoRow(s, 'Authorization');
    for (let i = 0; i < 3; i++) await s.press(KEY.right);
    expect(s.frame()).toContain('401 Unauthorized');
    await view(s, 'request');
    await gotoRow(s, 'Token');
    await s.press(KEY.enter);
    expect(s.frame()).toContain('enter apply');
    for (const ch of 'allow-token') await s.press(ch);
    await s.press(KEY.enter);
    expect(s.frame()).toMatch(/200 OK from the integration \(was 401\)/);
    await gotoRow(s, 'Method');
    await s.press(KEY.right);
    expect(s.frame()).toMatch(/403 Forbidden MissingAuthenticationTokenException at route/);
    await gotoRow(s, 'Query string');
    await s.press(KEY.enter);
    for (const ch of 'q=?') await s.press(ch);
    expect(s.store.getState().editing?.text).toBe('q=?');
    expect(s.context.app.getState().quitting).toBe(false);
    await s.press(KEY.esc);
    expect(s.store.getState().editing).toBeNull();
    s.unmount();
  });

  it('the source IP and API key cycle through useful values', async () => {
    const s = await openSim('quota-demo');
    await view(s, 'request');
    expect(s.frame()).toMatch(/403 Forbidden ForbiddenException at apiKey/);
    await gotoRow(s, 'API key');
    await s.press(KEY.right);
    expect(s.frame()).toMatch(/200 OK from the integration \(was 403\)/);
    s.unmount();
  });
});

describe('the virtual clock', () => {
  it('+1s refills the bucket: the throttled request passes', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('R');
    const f = await s.press('1');
    expect(f).toContain('· t+1.000 s');
    expect(f).toContain('← 200 OK');
    expect(f).toMatch(/✓ throttle \* was ✗/);
    s.unmount();
  });

  it('to the next quota period resets the quota', async () => {
    const s = await openSim('quota-demo');
    await s.press('R');
    expect(s.frame()).toContain('LimitExceededException');
    const f = await s.press('4');
    expect(f).toContain('· t+1 d');
    expect(f).toContain('← 200 OK');
    s.unmount();
  });

  it('+1m and +1h move the clock', async () => {
    const s = await openSim();
    await s.press('2');
    expect(s.frame()).toContain('· t+1 m');
    await s.press('3');
    expect(s.frame()).toContain('· t+1 h 1 m');
    s.unmount();
  });
});

describe('load mode', () => {
  it('runs the pattern, draws per-second series with totals, and compares with the previous run', async () => {
    const s = await openSim('throttle-burst-refill');
    await view(s, 'load');
    const first = await s.press('r');
    expect(first).toMatch(/accepted\s+\S+\s+24/);
    expect(first).toMatch(/429 throttle\s+\S+\s+76/);
    expect(first).toContain('rate 2 burst 5');
    await gotoRow(s, 'Method throttle rate/s');
    for (let i = 0; i < 8; i++) await s.press(KEY.right);
    const second = await s.press('r');
    expect(second).toContain('this run: 10 rps × 10s');
    expect(second).toContain('previous: 10 rps × 10s');
    expect(second).toContain('rate 10 burst 5');
    expect(second).toMatch(/accepted\s+\S+\s+100\s+accepted\s+\S+\s+24/);
    s.unmount();
  });
});

describe('load mode over several routes', () => {
  it('names the method throttle of the route that sent the 429s, beside the route the rows edit', async () => {
    // OPTIONS /reports has no throttle, GET /reports 1 rps burst 1; the load goes to both
    const s = await openSim('cors-429-blocked');
    await s.waitFor('request 1/3'); // its templates load the template engine first
    await view(s, 'load');
    const run = await s.press('r');
    // seeded: 61 of the 100 accepted, 39 throttled (all at GET)
    expect(run).toMatch(/^accepted .* 61$/m);
    expect(run).toMatch(/^429 throttle .* 39$/m);
    expect(run).toContain('GET /reports rate 1 burst 1, OPTIONS /reports');
    s.unmount();
  });
});

describe('predict mode', () => {
  it('hides the outcome, takes a prediction, reveals it step by step and saves it per stage', async () => {
    const s = await openSim('throttle-burst-refill');
    await s.press('R');
    const hidden = await s.press('p');
    expect(hidden).toContain('Predict');
    expect(hidden).toMatch(/\? throttle/);
    expect(hidden).not.toContain('TooManyRequestsException');
    for (let i = 0; i < 5; i++) await s.press(KEY.right); // 200 -> 429
    await s.press(KEY.down);
    for (let i = 0; i < 5; i++) await s.press(KEY.right); // none -> throttle
    expect(s.frame()).toMatch(/status\s+‹ 429 Too Many Requests ›/);
    await s.press(KEY.enter);
    expect(s.predictions).toEqual([{ stage: 'throttle', correct: true }]);
    expect(s.frame()).not.toContain('TooManyRequestsException');
    await s.press('n');
    expect(s.frame()).toMatch(/✓ route/);
    await s.press('r');
    expect(s.frame()).toMatch(/status 429 Too Many Requests ✓ right/);
    expect(s.frame()).toMatch(/stops at throttle ✓ right/);
    await s.press('[');
    await s.press(KEY.enter); // predicts 429 at throttle again: request 5 passes
    expect(s.predictions[1]).toEqual({ stage: 'none', correct: false });
    s.unmount();
  });
});

describe('presets and saving', () => {
  it('loads a preset from the list and saves a scenario that trace runs to the same outcome', async () => {
    const s = await openSim();
    await view(s, 'presets');
    await gotoRow(s, 'throttle-burst-refill');
    const loaded = await s.press(KEY.enter);
    expect(loaded).toContain('loaded throttle-burst-refill');
    await s.press('R');
    expect(await s.press('s')).toContain('Save as: throttle-burst-refill█');
    await s.press(KEY.enter);
    const path = /saved (\S+)/.exec(s.frame())![1]!;
    const parsed = parseScenario(readFileSync(path, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const results = runScenario(parsed.scenario);
    const last = results[results.length - 1]!;
    const r = s.store.getState().result;
    expect([last.status, last.stoppedAt, last.errorType]).toEqual([r.response.status, r.stoppedAt, r.errorType]);
    expect(last.status).toBe(429);
    await view(s, 'presets');
    expect(s.frame()).toMatch(/throttle-burst-refill\s+yours/);
    s.unmount();
  });
});

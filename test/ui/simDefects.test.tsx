/** Simulator defects a new user met: each test names what the screen said wrong. */
import { describe, expect, it } from 'vitest';
import { KEY } from './harness.js';
import { gotoRow, key, openSim, typeValue, view } from './simHelpers.js';

describe('where the response came from', () => {
  it('a cache hit reads "from the cache" in the trace and in Settings, never "from the integration"', async () => {
    const s = await openSim('cache-demo');
    await s.press(']');
    const trace = await s.press('r');
    expect(trace).toMatch(/← 200 OK\s+from the cache/);
    expect(trace).toContain('cache HIT · integration not called');
    expect(trace).not.toContain('from the integration');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/200 OK from the cache/);
    // a miss still says it came from the integration
    await view(s, 'trace');
    await s.press(']');
    expect(await s.press('r')).toMatch(/← 200 OK\s+from the integration/);
    s.unmount();
  });
});


describe('the virtual clock reads as offsets from the scenario start', () => {
  it('the request position, the quota reset and the cache entry show t+…, never a 1970 date', async () => {
    const s = await openSim('quota-demo');
    expect(s.frame()).toContain('request 1/4 · t+0.000 s');
    const stopped = await s.press('R');
    expect(stopped).toContain('request 4/4 · t+2.000 s');
    expect(stopped).toContain('key k1 used 2 of 2 per DAY; resets at t+1 d');
    expect(stopped).toContain('note: Periods are UTC calendar periods');
    expect(stopped).toContain('resetsAt: t+1 d');
    expect(stopped).not.toMatch(/1970|00:00:0\d\.\d{3}/);
    const later = await s.press('4');
    expect(later).toContain('request 4/4 · t+1 d');
    s.unmount();
  });

  it('the response stage says when the cache entry was stored and until when', async () => {
    const s = await openSim('cache-demo');
    await s.press('r');
    const f = s.frame();
    // the line wraps beside the pipeline: until t+1 m 0.040 s (40 ms backend + 60 s TTL)
    expect(f).toContain('stored in the cache at t+0.040 s until');
    expect(f).toMatch(/resource policy\s+t\+1 m 0\.040 s/);
    s.unmount();
  });
});

describe('load mode', () => {
  it('says why "Cacheable GETs %" does not apply, and the share moves cache hits once it does', async () => {
    const s = await openSim('throttle-burst-refill');
    await view(s, 'load');
    expect(s.frame()).toMatch(/Cacheable GETs %\s+50 \(n\/a\)/);
    expect(s.frame()).toContain('Cacheable GETs % does not apply: the stage cache is off.');
    await gotoRow(s, 'Stage cache');
    await s.press(KEY.right);
    expect(s.frame()).toContain('Cacheable GETs % does not apply: every route here is cached, so all requests are.');
    s.unmount();

    // a cached GET beside a POST: the share decides how many requests can hit the cache
    const t = await openSim('stage-variables-backend');
    await t.waitFor('request 1/2'); // opens once the template engine is loaded
    await view(t, 'load');
    await gotoRow(t, 'Stage cache');
    await t.press(KEY.right);
    expect(t.frame()).not.toContain('does not apply');
    expect(t.frame()).toMatch(/Cacheable GETs %\s+50\s/);
    const hits = () => t.store.getState().lastRun!.result.totals.cacheHits;
    await t.press('r');
    const half = hits();
    await gotoRow(t, 'Cacheable GETs %');
    for (const k of typeValue('100')) await key(t, k);
    await t.press('r');
    expect(half).toBeGreaterThan(0);
    expect(hits()).toBeGreaterThan(half);
    expect(t.frame()).toMatch(/cache hits\s+\S+\s+\d+\s+cache hits\s+\S+\s+\d+/);
    // the limits shown are those of the route the rows edit (the first request's), named
    expect(t.frame()).toContain('GET /pets/{id} account limit only');
    t.unmount();
  });

  it('offers a burst at the start beside the steady rate', async () => {
    const s = await openSim('throttle-burst-refill');
    await view(s, 'load');
    await gotoRow(s, 'Burst at t+0 s');
    for (const k of typeValue('20')) await key(s, k);
    await gotoRow(s, 'Requests per second');
    for (const k of typeValue('0')) await key(s, k);
    const f = await s.press('r');
    // the method bucket holds 5 tokens: 5 of the 20 pass at once, 15 are throttled
    expect(f).toContain('this run: 0 rps × 10s + 20 at t+0');
    expect(f).toMatch(/accepted\s+\S+\s+5\s/);
    expect(f).toMatch(/429 throttle\s+\S+\s+15\s/);
    // under the sparklines, the time they span, as offsets from the start (10 s, one column a second)
    expect(f).toMatch(/^ {13}t\+0 t\+10 s/m);
    s.unmount();
  });
});

describe('Settings edit the route of the request on screen', () => {
  it('Load names the route its method throttle rows edit (the pattern goes to every route)', async () => {
    const s = await openSim('authorizer-method-policy-gotcha');
    await s.press(']');
    await view(s, 'load');
    expect(s.frame()).toContain('Method throttle rows edit POST /cart, route of request 2/3.');
    s.unmount();
  });

  it('follows the current request (method, path and which request), and ←/→ still pick another route', async () => {
    const s = await openSim('authorizer-method-policy-gotcha');
    await s.press(']');
    await view(s, 'settings');
    // request 2 is the POST: its route is the one edited, not the first route of the API
    expect(s.frame()).toMatch(/› Editing route\s+POST \/cart, route of request 2\/3/);
    await s.press(KEY.right);
    expect(s.frame()).toMatch(/› Editing route\s+GET \/cart \(1 of 2\); request 2\/3 goes to POST \/cart$/m);
    // back on the timeline, the next request's route is edited again
    await view(s, 'trace');
    await s.press('[');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/› Editing route\s+GET \/cart, route of request 1\/3$/m);
    s.unmount();
  });

  it('a path with a parameter names what the request sent; a request that matches nothing says so', async () => {
    const s = await openSim('unknown-route-403');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/› Editing route\s+GET \/users\/\{id\}, route of request 1\/5 \(GET \/users\/42\)/);
    await view(s, 'trace');
    for (let i = 0; i < 3; i++) await s.press(']');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/Editing route\s+GET \/users\/\{id\} \(1 of 3\); request 4\/5 \(GET \/user\/42\) matches no route/);
    s.unmount();
  });
});

describe('the authorizer is editable in Settings', () => {
  it('fixes authorizer-method-policy-gotcha from the screen: an API-wide policy lets the POST through', async () => {
    const s = await openSim('authorizer-method-policy-gotcha');
    await s.press(']');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/403 Forbidden AccessDeniedException at auth/);
    await gotoRow(s, 'Authorizer policy');
    expect(s.frame()).toMatch(/Authorizer policy\s+‹ method: an Allow covers only the method called ›/);
    await s.press(KEY.right);
    expect(s.frame()).toMatch(/Authorizer policy\s+‹ api: an Allow covers every method ›/);
    expect(s.frame()).toMatch(/201 Created from the integration \(was 403\)/);
    s.unmount();
  });

  it('without an authorizer the cache TTL row says so and a typed value is refused with the reason', async () => {
    const s = await openSim('cache-demo');
    await view(s, 'settings');
    await gotoRow(s, 'Authorizer cache TTL');
    // it offered ‹ — › and took 300 without a word, then dropped it
    expect(s.frame()).toMatch(/› Authorizer cache TTL s\s+‹ — \(no authorizer\) ›/);
    for (const k of typeValue('300')) await key(s, k);
    expect(s.frame()).toContain('the route has no Lambda or Cognito authorizer: change Authorization first');
    s.unmount();
  });

  it('the identity source and the token validation regex decide whether the authorizer is called', async () => {
    const s = await openSim('authorizer-method-policy-gotcha');
    await view(s, 'settings');
    expect(s.frame()).toMatch(/200 OK from the integration/);
    await gotoRow(s, 'Token validation regex');
    expect(s.frame()).toContain('— (none: every token is passed on)');
    for (const k of typeValue('^Bearer .+$')) await key(s, k);
    expect(s.frame()).toMatch(/401 Unauthorized UnauthorizedException at auth \(was 200\)/);
    expect(s.frame()).toMatch(/Token validation regex\s+\^Bearer \.\+\$/);
    for (const k of typeValue('')) await key(s, k);
    expect(s.frame()).toMatch(/200 OK from the integration \(was 401\)/);
    await gotoRow(s, 'Identity source');
    for (const k of typeValue('method.request.header.X-Token')) await key(s, k);
    // the request sends Authorization, not X-Token: no identity, 401 without calling the function
    expect(s.frame()).toMatch(/401 Unauthorized UnauthorizedException at auth \(was 200\)/);
    expect(s.frame()).toMatch(/Identity source\s+method\.request\.header\.X-Token/);
    for (const k of typeValue('header.Authorization')) await key(s, k);
    expect(s.frame()).toMatch(/! api\.authorizers\.auth\.identitySource: each identity source must be method\.request\.header\.NAME/);
    s.unmount();
  });
});

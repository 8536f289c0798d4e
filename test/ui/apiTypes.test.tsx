/** The HTTP / WebSocket / compare views, driven with keys as a user would. */
import { describe, expect, it } from 'vitest';
import { KEY, libraryOf, renderApp } from './harness.js';

const lib = libraryOf(['d.md', '## A card\n\n**Answer:**\nx\n']);
const open = (preset?: string) => renderApp(lib, preset === undefined ? { name: 'apis' } : { name: 'apis', preset });

describe('API types screen', () => {
  it('lists the compare, HTTP and WebSocket presets with the selected one explained', async () => {
    const s = await open();
    const f = s.frame();
    expect(f).toContain('› compare-api-keys-and-cache');
    expect(f).toMatch(/http-jwt-scopes\s+HTTP API/);
    expect(f).toContain('What REST has and HTTP does not');
    const moved = await s.press(KEY.down);
    expect(moved).toContain('› compare-cors-preflight');
    s.unmount();
  });

  it('compares REST and HTTP: the unknown route is 403 on REST and 404 on HTTP, and the row says why', async () => {
    const s = await open('compare-unknown-route');
    const f = s.frame();
    expect(f).toMatch(/=\s+1\s+GET \/orders\/1\s+200 backend\s+200 backend/);
    expect(f).toMatch(/≠\s+2\s+GET \/orders\s+403 at route\s+404 at route/);
    expect(f).toContain('2 of 3 requests differ');
    const row2 = await s.press(KEY.down);
    expect(row2).toContain('HTTP route: no route matches GET /orders and there is no $default route: 404');
    s.unmount();
  });

  it('steps an HTTP request through its own stages and shows the answer', async () => {
    const s = await open('http-jwt-scopes');
    expect(s.frame()).toContain('request 1/4: GET /pets/1 → route GET /pets/{id}');
    expect(s.frame()).toContain('1 of 9 stages shown');
    const end = await s.press('r');
    expect(end).toContain('✗ auth');
    expect(end).toContain('401 {"message":"Unauthorized"} (answered by the gateway at auth)');
    const next = await s.press(']');
    expect(next).toContain('request 2/4');
    s.unmount();
  });

  it('every key of a burst is applied: three ] in one write reach request 4', async () => {
    const s = await open('http-jwt-scopes');
    await s.press(']]]');
    await s.waitFor('request 4/4');
    expect(s.frame()).toContain('request 4/4');
    s.unmount();
  });

  it('WebSocket: connect, idle past 10 minutes, push gives 410 GoneException', async () => {
    const s = await open('ws-idle-timeout-410');
    expect(s.frame()).toMatch(/clock 2:01:40 · client quiet \(not connected\)/);
    await s.press('c');
    await s.waitFor('client quiet (connected)');
    await s.press('m');
    await s.waitFor(/message\s+quiet\s+\$default/);
    await s.press('t');
    await s.waitFor(/closed\s+quiet\s+\$disconnect\s+closed 1001/);
    const pushed = await s.press('p');
    expect(pushed).toMatch(/post\s+quiet\s+410/);
    expect(pushed).toContain('410 GoneException');
    s.unmount();
  });
});

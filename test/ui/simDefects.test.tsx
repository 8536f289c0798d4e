/** Simulator defects a new user met: each test names what the screen said wrong. */
import { describe, expect, it } from 'vitest';
import { openSim, view } from './simHelpers.js';

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
    expect(stopped).toMatch(/resets at t\+1 d;/);
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

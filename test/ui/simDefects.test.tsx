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


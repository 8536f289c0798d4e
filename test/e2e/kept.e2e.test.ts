/** Work in progress survives the ways out of a real terminal: a quit, a SIGTERM. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, tempHome } from './harness.js';

describe('an unfinished exam in a real terminal (80x24)', () => {
  it('survives SIGTERM: Home says so and the quiz offers it again with the time it had left', async () => {
    const home = tempHome();
    const env = { GATEPREP_HOME: home };
    const first = start(['quiz'], { env });
    await first.waitFor('Mode: practice');
    first.write('\u001b[C\r');
    await first.waitFor('question 1 of 10');
    first.write('a');
    await first.waitFor('[x]');
    first.kill('SIGTERM');
    await first.exited;
    expect(existsSync(join(home, 'unfinished-exam.json'))).toBe(true);

    const second = start([], { env });
    await second.waitFor(/An unfinished exam \(10 questions, about 15 min left\) was kept/);
    // open the quiz and answer its offer in one write: the quiz loads on first use, and the
    // y typed meanwhile waits for it instead of being lost
    second.write('jjj\ry');
    await second.waitFor(/question 1 of 10 · ⏱ 1[45]:\d\d left/);
    second.write('\u0003');
    await second.waitFor(/An exam with [01] of 10 answered, 1[45]:\d\d left is kept: the next start offers to/);
    second.write('y');
    expect((await second.exited).exitCode).toBe(0);
  });
});

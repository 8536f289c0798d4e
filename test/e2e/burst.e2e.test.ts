/**
 * Several keys in ONE write, as key repeat over SSH, tmux or a fast typist sends them: each is
 * applied, in order, on every kind of screen. Also Ctrl-Z / fg and bracketed paste.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { start } from './harness.js';

const PASTE = (text: string) => `\u001b[200~${text}\u001b[201~`;

describe('bursts of keys in a real terminal (80x24)', () => {
  it('Home, the topic list, a topic and the card view each apply every key of a burst', async () => {
    const s = start([]);
    await s.waitFor('› Library');
    s.write('jjj');
    await s.waitFor(/› Quiz/);
    s.write('kkk\r'); // back to Library and open it, in one write
    const list = await s.waitFor('gateprep › Library');
    const sixth = [...list.matchAll(/^[› ] (\S.*?)\s{2,}(\d+) cards?$/gm)][5]!;
    s.write('jjjjj\r');
    await s.waitFor(`gateprep › ${sixth[1]}`);
    s.write('jj\r');
    await s.waitFor(`card 3 of ${sixth[2]}`);
    s.write(' G'); // show the answer, then jump to the end
    const end = await s.waitFor(/Sources?\n/);
    expect(end).toContain('https://docs.aws.amazon.com/');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('study: three reveal-and-rate pairs in one write review three cards', async () => {
    const s = start(['study']);
    await s.waitFor('new 20 · learning 0 · review 0');
    s.write(' 4 4 4');
    await s.waitFor('new 17 · learning 0 · review 0');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('quiz: a letter and moves in one write answer and move through an exam', async () => {
    const s = start(['quiz']);
    await s.waitFor('Mode: practice');
    s.write('\u001b[C\r'); // exam, start
    await s.waitFor('question 1 of 10');
    s.write('annb');
    await s.waitFor('question 3 of 10');
    s.write('l');
    // a, then n n, then b: questions 1 and 3 chosen (● or ◐ for a select-TWO), 2 skipped
    await s.waitFor(/ 1\. [●◐] .*\n.* 2\. ○ .*\n.* 3\. [●◐] /);
    s.write('\u0003'); // Ctrl-C asks like q, naming the exam; a second one quits
    await s.waitFor(/An exam with \d of 10 answered, [\d:]+ left is kept/);
    s.write('\u0003');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('simulator: nnn steps three stages, tab tab tab moves three views', async () => {
    const s = start(['sim']);
    const n = Number(/0 of (\d+) stages shown/.exec(await s.waitFor(/0 of \d+ stages shown/))![1]);
    s.write('nnn');
    await s.waitFor(`3 of ${n} stages shown`);
    s.write('\t\t\t'); // Settings, Mapping, Request
    await s.waitFor(/› Method\s+‹ GET ›/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('a paste on a screen without a field is ignored, not run as commands', async () => {
    const s = start([]);
    await s.waitFor('› Library');
    expect(s.raw()).toContain('\u001b[?2004h');
    s.write(`${PASTE('jjjq')}j`);
    await s.waitFor(/› Search/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
    expect(s.raw()).toMatch(/\u001b\[\?2004l[^]*$/);
  });

  it('Ctrl-Z gives the terminal back, SIGCONT (fg) redraws the app where it was', async () => {
    const s = start([]);
    await s.waitFor('› Library');
    s.write('jj');
    await s.waitFor(/› Flashcards/);
    const before = s.raw().length;
    s.write('\u001a');
    await s.waitFor(() => s.bufferType() === 'normal');
    expect(s.raw().slice(before)).toContain('\u001b[?2004l');
    // as a shell does, continue it only once it has stopped (it writes the normal screen first)
    await stopped(s.pid);
    process.kill(s.pid, 'SIGCONT');
    await s.waitFor((screen) => s.bufferType() === 'alternate' && /› Flashcards/.test(screen));
    s.write('j');
    await s.waitFor(/› Quiz/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

/** Resolves once the process is in the stopped state (T in /proc/PID/stat), checked every few ms. */
async function stopped(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!/\) [Tt] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) {
    if (Date.now() > deadline) throw new Error(`process ${pid} never stopped`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

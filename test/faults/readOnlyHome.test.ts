/** `gateprep stats` on a read-only home (a tmpfs remounted read-only: chmod does not stop root). */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import stats from '../../src/commands/stats.js';
import type { CommandContext } from '../../src/commands/types.js';
import { openProgress } from '../../src/progress/store.js';
import { createScheduler } from '../../src/study/scheduler.js';
import { mountTmpfs, skipReason, type Tmpfs } from './tmpfs.js';

let fs: Tmpfs | undefined;
afterEach(() => fs?.unmount());

describe.skipIf(skipReason !== null)(`read-only home (tmpfs)${skipReason ? ` - skipped: ${skipReason}` : ''}`, () => {
  it('stats reads the progress saved there and writes nothing', async () => {
    fs = mountTmpfs();
    const home = join(fs.dir, 'home');
    const content = join(fs.dir, 'content');
    mkdirSync(join(content, 'decks'), { recursive: true });
    writeFileSync(join(content, 'decks', 'basics.md'), '---\ntopic: Basics\n---\n\n## 1. Card one\n\n**Answer:**\nA.\n');
    const store = openProgress({ home });
    const sch = createScheduler();
    store.review('basics#card-one', (st) => sch.rate('basics#card-one', st, 3, new Date()));
    const files = readdirSync(home).sort();
    fs.readOnly();
    const out: string[] = [];
    const err: string[] = [];
    const c: CommandContext = { args: [], flags: { json: false, decks: [] }, contentDir: content, homeDir: home, out: (t) => out.push(t), err: (t) => err.push(t) };
    expect(await stats(c)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toMatch(/^Due today: +1\nReviewed today: 1\n/);
    expect(out.join('').endsWith('\n')).toBe(true);
    expect(readdirSync(home).sort()).toEqual(files);
  });
});

/** `gateprep stats --interview YYYY-MM-DD [--json]`: the cards not solid by that day; a past day refused. */
import { describe, expect, it } from 'vitest';
import stats from '../../src/commands/stats.js';
import { localDayKey } from '../../src/progress/day.js';
import { openProgress } from '../../src/progress/store.js';
import { runIn, tempHome } from './run.js';

const DAY = 86_400_000;
const inDays = (n: number) => localDayKey(new Date(new Date().setHours(12) + n * DAY));

describe('gateprep stats --interview', () => {
  it('counts every built-in card as not solid in a fresh home, in JSON and in text', async () => {
    const home = tempHome();
    const day = inDays(18);
    const json = await runIn(stats, home, [], { json: true, interview: day });
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { interview: { date: string; days: number; notSolid: number; cards: number }; states: { new: number } };
    expect(parsed.interview).toEqual({ date: day, days: 18, notSolid: parsed.states.new, cards: parsed.states.new });
    expect(parsed.interview.cards).toBeGreaterThan(200);
    const text = await runIn(stats, home, [], { interview: day });
    expect(text.out).toContain(`Interview:      ${day} (in 18 days): ${parsed.interview.cards} of ${parsed.interview.cards} cards not solid by then`);
  });

  it('uses the date saved on the Progress screen when none is given, and refuses a past one', async () => {
    const home = tempHome();
    const store = openProgress({ home });
    store.setSettings({ interviewDate: inDays(3) });
    const saved = await runIn(stats, home, [], { json: true });
    expect((JSON.parse(saved.out) as { interview: { date: string; days: number } }).interview).toMatchObject({ date: inDays(3), days: 3 });
    const past = await runIn(stats, home, [], { interview: inDays(-1) });
    expect(past.code).toBe(1);
    expect(past.err).toBe(`gateprep: --interview ${inDays(-1)} is in the past (today is ${inDays(0)}): give today or a later day.\n`);
    expect(past.out).toBe('');
  });
});

/** `gateprep check`: errors exit 1; a correct choice that is clearly the longest is a warning only. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import check from '../../src/commands/check.js';
import type { CommandContext } from '../../src/commands/types.js';

function run(args: string[], json = false) {
  let out = '';
  const ctx: CommandContext = { args, flags: { json, decks: [] }, contentDir: '', homeDir: '', out: (t) => void (out += t), err: (t) => void (out += t) };
  return check(ctx).then((code) => ({ code, out }));
}

const GIVEAWAY = `## 1. Which status does a throttled call get?
**Answer:** 429.
**Choices:**
- [ ] 403 Forbidden
- [x] 429 Too Many Requests from the stage throttle, once the burst is spent
- [ ] 500 Internal
`;
const FAIR = `## 2. Fair
**Answer:** 429.
**Choices:**
- [ ] 403 Forbidden from the resource policy: an explicit deny for the IP
- [x] 429 Too Many Requests from the stage throttle: the burst is spent
`;

describe('gateprep check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-check-'));
  const file = join(dir, 'giveaway.md');
  writeFileSync(file, `${GIVEAWAY}\n${FAIR}`);

  it('warns with file and line when the correct choice is clearly the longest, and still exits 0', async () => {
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toContain(`${file}:1: warning: card "Which status does a throttled call get?": the correct choice is clearly the longest (70 characters; the longest wrong one has 13)`);
    expect(out).not.toContain('card "Fair"');
    expect(out).toContain('ok ');
    expect(out).toContain('1 deck, 2 cards, 0 errors, 1 warning');
  });

  it('lists the warnings in the JSON report beside the errors', async () => {
    const { code, out } = await run([file], true);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { decks: Array<{ errors: unknown[]; warnings: Array<{ line: number; message: string }> }> };
    expect(report.decks[0]!.errors).toEqual([]);
    expect(report.decks[0]!.warnings.map((w) => w.line)).toEqual([1]);
  });

  it('exits 1 on a Replaces id that is still a card, naming the claiming card', async () => {
    const bad = join(dir, 'merged.md');
    writeFileSync(bad, `## Kept\n**Answer:** a\n\n## Merged\n**Answer:** b\n**Replaces:** merged#kept\n`);
    const { code, out } = await run([bad]);
    expect(code).toBe(1);
    expect(out).toContain(`${bad}:4: card "Merged" replaces "merged#kept", which is still a card (${bad}:1)`);
  });
});

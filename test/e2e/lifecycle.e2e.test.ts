import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './harness.js';

type S = ReturnType<typeof start>;

/** Presses a key until the screen matches (each press waits for the frame to change). */
async function pressUntil(s: S, key: string, match: RegExp, max = 40): Promise<string> {
  for (let i = 0; i < max && !match.test(s.screen()); i++) await s.press(key);
  return s.waitFor(match, 1000);
}

/** Opens the Mapping view on the third request of cors-429-blocked (the throttled GET). */
async function openThrottled(env: Record<string, string | undefined>): Promise<S> {
  const s = start(['sim', 'cors-429-blocked'], { env: { VISUAL: undefined, EDITOR: undefined, ...env } });
  await s.waitFor('request 1/3');
  await s.press('R');
  await s.waitFor('request 3/3');
  return s;
}

describe('the version-2 lifecycle in a real terminal (80x24)', () => {
  it('CORS: a throttled request is blocked by the browser until DEFAULT_4XX carries Access-Control-Allow-Origin', async () => {
    const s = await openThrottled({});
    const blocked = await s.waitFor('browser: blocked');
    expect(blocked).toContain('429 Too Many Requests');
    expect(blocked).toContain('no Access-Control-Allow-Origin on the 429 response');
    await s.press('tab');
    await s.press('tab');
    await s.waitFor('Editing route');
    await pressUntil(s, 'down', /› DEFAULT_4XX headers/);
    await s.press('enter');
    s.write("Access-Control-Allow-Origin='*'");
    await s.waitFor("Access-Control-Allow-Origin='*'█");
    await s.press('enter');
    const allowed = await s.waitFor('browser: allowed');
    expect(allowed).toContain('Access-Control-Allow-Origin * lets https://app.example.com');
    expect(allowed).toMatch(/› DEFAULT_4XX headers\s+Access-Control-Allow-Origin='\*'/);
    // the status is still the gateway's 429: only the browser's verdict changed
    expect(allowed).toContain('429 Too Many Requests TooManyRequestsException at throttle');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('a template opens in $EDITOR (run through the shell) and the trace re-runs when it closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-editor-'));
    const script = join(dir, 'edit.sh');
    // records what it was given (the file is the last argument), then writes a new template into the file
    writeFileSync(script, `#!/bin/sh\nprintf '%s' "$*" > "${dir}/args"\nfor f; do :; done\ncp "$f" "${dir}/seen"\nprintf '{"reports": ["edited"]}\\n' > "$f"\n`);
    chmodSync(script, 0o755);
    // with an argument, as EDITOR="code --wait" has: the shell splits it
    const s = await openThrottled({ EDITOR: `${script} --wait` });
    await s.press('[');
    await s.waitFor('request 2/3');
    await s.press('tab');
    await s.press('tab');
    await s.waitFor('Editing route');
    // the route edited follows the request on screen (the GET): its integration response template
    await s.waitFor('GET /reports · MOCK');
    await pressUntil(s, 'down', /› {3}default template/);
    await s.press('enter');
    const after = await s.waitFor('body {"reports": ["edited"]}');
    expect(after).toMatch(/default template\s+application\/json: \{"reports": \["edited"\]\}/);
    // the editor got its own argument, then a .vtl file holding the template as it was
    const args = readFileSync(join(dir, 'args'), 'utf8').split(' ');
    expect(args[0]).toBe('--wait');
    expect(args[1]).toMatch(/\/template\.vtl$/);
    expect(readFileSync(join(dir, 'seen'), 'utf8')).toBe('{"reports": []}');
    // the temporary file is gone
    expect(existsSync(args[1]!)).toBe(false);
    expect(s.bufferType()).toBe('alternate');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('at 120x40 the integration request shows before/after with the template beside them, in the whole height', async () => {
    const s = start(['sim', 'vtl-request-transform'], { cols: 120, rows: 40 });
    await s.waitFor('request 1/3');
    await s.press('r');
    await s.waitFor('← 200 OK');
    await pressUntil(s, 'k', /› ✓ integration request/);
    // the pane arrives in more than one write under load: wait for its end too, not just its head
    const f = await s.waitFor((x) => /before +│ template application\/json/.test(x) && /"stage": "prod"/.test(x));
    expect(f).toMatch(/│ +1 #set\(\$order = \$input\.path\('\$'\)\)/);
    expect(f).toMatch(/after POST/);
    expect(f).toMatch(/"stage": "prod"/);
    // it all fits: no scroll indicator, and the pane goes on below the pipeline's last stage
    expect(f).not.toMatch(/lines \d+-\d+ of/);
    const rows = f.split('\n');
    const lastStage = rows.findIndex((l) => l.includes('✓ response'));
    expect(rows.findIndex((l) => l.includes('"stage": "prod"'))).toBeGreaterThan(lastStage);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

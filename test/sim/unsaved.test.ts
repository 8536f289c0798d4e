/** What a question before discarding edits names, and where a save under a typed name goes. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/paths.js';
import { fileBase, loadScenarioFile, saveSession, saveTarget } from '../../src/sim/files.js';
import { advanceClock, draft } from '../../src/sim/session.js';
import { changedPaths, describeChanges } from '../../src/sim/unsaved.js';

const content = contentDir();
const load = (name: string) => {
  const r = loadScenarioFile(join(content, 'scenarios', `${name}.json`), false);
  if (!r.ok) throw new Error(`${name} did not load`);
  return r.session;
};

describe('changedPaths and describeChanges', () => {
  it('names each edited leaf by JSON path, groups paths that differ by an index, and counts the rest', () => {
    const s = load('throttle-burst-refill');
    expect(changedPaths(s.doc, s.doc)).toEqual([]);
    const d = draft(s.doc);
    d.api.routes[0]!.throttle = { rateLimit: 2, burstLimit: 6 };
    d.stage.cache.enabled = true;
    const moved = advanceClock({ ...s, doc: d, cursor: 10 }, 'second').doc;
    const paths = changedPaths(s.doc, moved);
    expect(paths.slice(0, 2)).toEqual(['api.routes[0].throttle.burstLimit', 'stage.cache.enabled']);
    expect(describeChanges(paths)).toBe('api.routes[0].throttle.burstLimit, stage.cache.enabled, requests[10].atMs and 5 more like it');
    expect(describeChanges(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(changedPaths(s.doc, { ...s.doc, requests: s.doc.requests.slice(1) })).toEqual(['requests (16 → 15 entries)']);
  });
});

describe('saving under a typed name', () => {
  it('a taken name is reported before writing; replace writes over it, else the save is exclusive', () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-saveas-'));
    const s = load('cache-demo');
    expect(fileBase('  my setup/v2 ')).toBe('my-setup-v2');
    expect(fileBase('../..')).toBe('');
    expect(saveTarget(s, 'cache-demo', content, home)).toMatchObject({ base: 'cache-demo', taken: false, own: false, builtIn: true });
    const first = saveSession(s, home, { name: 'mine' });
    expect(first.path).toBe(join(home, 'scenarios', 'mine.json'));
    expect(saveTarget(first.session, 'mine', content, home)).toMatchObject({ taken: false, own: true });
    expect(saveTarget(s, 'mine', content, home)).toMatchObject({ taken: true, own: false, builtIn: false });
    // without replace, a name taken meanwhile is kept and the save gets the next free one
    expect(saveSession(s, home, { name: 'mine' })).toMatchObject({ path: join(home, 'scenarios', 'mine-2.json'), taken: 'mine.json' });
    expect(saveSession(s, home, { name: 'mine', replace: true }).path).toBe(join(home, 'scenarios', 'mine.json'));
    expect(readdirSync(join(home, 'scenarios')).sort()).toEqual(['mine-2.json', 'mine.json']);
    expect(() => saveSession(s, home, { name: '///' })).toThrow('the name needs a letter or digit');
  });
});

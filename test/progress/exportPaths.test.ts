/** Where an export goes and what goes in it: the default file name per format, a typed "~", the
 * saved scenarios a backup takes, the app version it names, and counts as the user reads them. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appVersion, count, counted, defaultExportPath, expandHome, savedScenarios } from '../../src/progress/dataOut.js';

const home = '/home/u';
const now = new Date(2026, 0, 5, 23, 30); // local: the file is named for the local day

describe('defaultExportPath', () => {
  it('is gateprep-export-YYYY-MM-DD in the home folder, with the format\'s extension', () => {
    expect(['json', 'anki', 'apkg'].map((f) => defaultExportPath(f as 'json', now, home))).toEqual([
      join(home, 'gateprep-export-2026-01-05.json'),
      join(home, 'gateprep-export-2026-01-05.txt'),
      join(home, 'gateprep-export-2026-01-05.apkg'),
    ]);
  });
});

describe('expandHome', () => {
  it('expands a leading "~" or "~/" only, after trimming', () => {
    expect(expandHome('~', home)).toBe(home);
    expect(expandHome('  ~  ', home)).toBe(home);
    expect(expandHome('~/a/b.json', home)).toBe(join(home, 'a/b.json'));
    expect(expandHome(' ~/x ', home)).toBe(join(home, 'x'));
    expect(expandHome('~x/y', home)).toBe('~x/y');
    expect(expandHome('a/~/b', home)).toBe('a/~/b');
    expect(expandHome(' /tmp/f ', home)).toBe('/tmp/f');
  });
});

describe('savedScenarios', () => {
  it('takes the regular .json files with plain names, sorted; none without a scenarios folder', () => {
    const h = mkdtempSync(join(tmpdir(), 'gateprep-scen-'));
    expect(savedScenarios(h)).toEqual([]);
    const dir = join(h, 'scenarios');
    mkdirSync(dir);
    writeFileSync(join(dir, 'b.json'), 'B');
    writeFileSync(join(dir, 'a.json'), 'A');
    writeFileSync(join(dir, 'notes.txt'), 'no');
    writeFileSync(join(dir, 'with space.json'), 'no');
    writeFileSync(join(dir, 'x.json.bak'), 'no');
    mkdirSync(join(dir, 'folder.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'link.json'));
    expect(savedScenarios(h)).toEqual([
      { file: 'a.json', text: 'A' },
      { file: 'b.json', text: 'B' },
    ]);
  });
});

describe('appVersion', () => {
  it('is the version in the package.json beside the content folder, else "unknown"', () => {
    const root = mkdtempSync(join(tmpdir(), 'gateprep-app-'));
    mkdirSync(join(root, 'content'));
    expect(appVersion(join(root, 'content'))).toBe('unknown');
    writeFileSync(join(root, 'package.json'), '{"version":"9.8.7"}');
    expect(appVersion(join(root, 'content'))).toBe('9.8.7');
  });
});

describe('counts', () => {
  it('groups thousands and says one or many', () => {
    expect([count(1234567), counted(1, 'review'), counted(0, 'review'), counted(1234, 'review'), counted(1, 'quiz', 'quizzes'), counted(2, 'quiz', 'quizzes')]).toEqual([
      '1,234,567',
      '1 review',
      '0 reviews',
      '1,234 reviews',
      '1 quiz',
      '2 quizzes',
    ]);
  });
});

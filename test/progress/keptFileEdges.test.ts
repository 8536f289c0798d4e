/** Kept files of work in progress, at their edges: the exact bytes written, writing twice, clearing
 * what is not there, and a file that can be neither used nor moved. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isRecord, keptFile } from '../../src/progress/kept.js';

const check = (v: unknown) => (isRecord(v) && typeof v.n === 'number' ? (v as { n: number }) : null);
const home = () => mkdtempSync(join(tmpdir(), 'gateprep-kept-'));

describe('keptFile edges', () => {
  it('writes the value as one JSON line, and a second write replaces it', () => {
    const dir = home();
    const k = keptFile(dir, 'x.json', check);
    k.write({ n: 1 });
    k.write({ n: 2 });
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('{"n":2}\n');
  });

  it('creates the folders on the way to it', () => {
    const dir = join(home(), 'a', 'b');
    keptFile(dir, 'x.json', check).write({ n: 5 });
    expect(keptFile(dir, 'x.json', check).read()).toEqual({ n: 5 });
  });

  it('no file: nothing to read, nothing said; clearing it is fine', () => {
    const told: string[] = [];
    const k = keptFile(home(), 'x.json', check, (m) => told.push(m));
    expect(k.read()).toBeNull();
    expect(() => k.clear()).not.toThrow();
    expect(told).toEqual([]);
  });

  it('a file that can be neither used nor moved aside is reported with the reason', () => {
    const dir = home();
    writeFileSync(join(dir, 'x.json'), '[]');
    // a folder already holds the aside name: the rename fails
    mkdirSync(join(dir, 'x.json.bad-2025-01-01T00-00-00-000Z'));
    const told: string[] = [];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00.000Z'));
    try {
      expect(keptFile(dir, 'x.json', check, (m) => told.push(m)).read()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    expect(told).toEqual([`x.json could not be used, nor moved aside: EISDIR: illegal operation on a directory, rename '${join(dir, 'x.json')}' -> '${join(dir, 'x.json.bad-2025-01-01T00-00-00-000Z')}'`]);
    expect(existsSync(join(dir, 'x.json'))).toBe(true);
  });

  it('isRecord: a plain object, not null nor an array', () => {
    expect([isRecord({}), isRecord(null), isRecord([]), isRecord('x'), isRecord(undefined)]).toEqual([true, false, false, false, false]);
  });
});

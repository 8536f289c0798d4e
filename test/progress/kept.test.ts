import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptFile } from '../../src/progress/kept.js';

const check = (v: unknown) => (typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number' ? (v as { n: number }) : null);

describe('kept files of work in progress', () => {
  it('writes, reads back and clears a value', () => {
    const home = join(mkdtempSync(join(tmpdir(), 'gateprep-kept-')), 'not-yet');
    const k = keptFile(home, 'x.json', check);
    expect(k.read()).toBeNull();
    k.write({ n: 3 });
    expect(k.read()).toEqual({ n: 3 });
    k.clear();
    expect(existsSync(join(home, 'x.json'))).toBe(false);
  });

  it('moves a file it cannot use aside and says where, never dropping it silently', () => {
    const home = mkdtempSync(join(tmpdir(), 'gateprep-kept-'));
    writeFileSync(join(home, 'x.json'), '{"n": "three"');
    const told: string[] = [];
    expect(keptFile(home, 'x.json', check, (m) => told.push(m)).read()).toBeNull();
    const aside = readdirSync(home).filter((f) => f.startsWith('x.json.bad-'));
    expect(aside).toHaveLength(1);
    expect(told).toEqual([`x.json could not be used; it was moved aside to ${join(home, aside[0]!)}`]);
  });
});

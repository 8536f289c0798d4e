import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './run.js';

const fixture = join(ROOT, 'test', 'fixtures', 'seed-format.md');

describe('gateprep on the command line (no TTY)', () => {
  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('gateprep search QUERY [--json]');
    expect(help.stdout).toContain('gateprep check PATH... [--json]');
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses to start the app without a terminal, says what to run instead, exits 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs an interactive terminal');
    expect(r.stderr).toContain('gateprep search QUERY --json');
    expect(runCli(['library']).code).toBe(2);
  });

  it('exits 2 on an unknown command or flag', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(runCli(['search', 'x', '--bogus']).code).toBe(2);
    expect(runCli(['check']).code).toBe(2);
  });

  it('checks a good deck: exit 0 and a JSON report', () => {
    const r = runCli(['check', fixture, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ decks: [{ file: fixture, cards: 10, errors: [], warnings: [] }] });
  });

  it('checks the built-in decks with no errors', () => {
    const r = runCli(['check', join(ROOT, 'content', 'decks')]);
    expect(r.stdout).toMatch(/\d+ decks, \d+ cards, 0 errors/);
    expect(r.code).toBe(0);
  });

  it('names file and line of a broken deck, still reports the good one, exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-decks-'));
    writeFileSync(join(dir, 'a-good.md'), '## 1. Fine\n**Answer:** yes\n');
    writeFileSync(join(dir, 'b-bad.md'), '## 1. Fine\n**Answer:** yes\n\n## 2. Broken\n**Question:** no answer\n');
    const r = runCli(['check', dir, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { decks: Array<{ file: string; cards: number; errors: Array<{ line: number; message: string }> }> };
    expect(report.decks.map((d) => [d.file.split('/').pop(), d.cards, d.errors.map((e) => e.line)])).toEqual([
      ['a-good.md', 1, []],
      ['b-bad.md', 1, [4]],
    ]);
    const text = runCli(['check', dir]);
    expect(text.stdout).toContain(`${join(dir, 'b-bad.md')}:4: card "Broken": answer: missing **Answer:**`);
  });

  it('searches the built-in decks, best first, typos and all', () => {
    const r = runCli(['search', 'throtling', '--json']);
    expect(r.code).toBe(0);
    const { results } = JSON.parse(r.stdout) as { results: Array<{ id: string; title: string; topic: string; score: number }> };
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.topic).toBe('Throttling');
    expect(Object.keys(results[0]!).sort()).toEqual(['id', 'score', 'title', 'topic']);
    const scores = results.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('searches user decks from --decks and GATEPREP_HOME/decks too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateprep-user-'));
    writeFileSync(join(dir, 'mine.md'), '## 1. Zanzibar quokka question\n**Answer:** a unique word\n');
    const viaFlag = runCli(['search', 'zanzibar quokka', '--json', '--decks', dir]);
    expect((JSON.parse(viaFlag.stdout) as { results: Array<{ id: string }> }).results[0]!.id).toBe('mine#zanzibar-quokka-question');
    const home = mkdtempSync(join(tmpdir(), 'gateprep-home-'));
    mkdirSync(join(home, 'decks'));
    writeFileSync(join(home, 'decks', 'own.md'), '## 1. Quokka in home folder\n**Answer:** yes\n');
    const viaHome = runCli(['search', 'quokka home', '--json'], { GATEPREP_HOME: home });
    expect((JSON.parse(viaHome.stdout) as { results: Array<{ id: string }> }).results[0]!.id).toBe('own#quokka-in-home-folder');
  });
});

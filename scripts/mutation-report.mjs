// Reads Stryker's JSON report (default reports/mutation.json) and prints, per file and in total,
// killed / survived / timeout / no coverage and the score, then every survivor (file:line:column,
// mutator, original => replacement): the list docs/mutation.md is kept from.
//   node scripts/mutation-report.mjs [report.json] [--all]   (--all: also list no-coverage mutants)
//   node scripts/mutation-report.mjs A.json B.json reports/events-x   (parts of one measurement, added up)
//   node scripts/mutation-report.mjs --live [reports/events]   (a run still going: the mutants
//   tested so far, from the event-recorder reporter's files; sources read from the working tree)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
// several reports or event folders (the parts of an interrupted run) add up; a mutant in two counts
// once, as the later source has it (a later part is the run that tested its files)
const named = args.filter((a) => !a.startsWith('--'));
const sources = named.length > 0 ? named : [args.includes('--live') ? 'reports/events' : 'reports/mutation.json'];
const report = { files: {} };
for (const src of sources) {
  const part = statSync(src).isDirectory() ? liveReport(src) : JSON.parse(readFileSync(src, 'utf8'));
  for (const [file, { source, mutants }] of Object.entries(part.files)) {
    const key = relative(process.cwd(), resolve(file));
    const into = (report.files[key] ??= { source, mutants: [] });
    const later = new Set(mutants.map(idOf));
    into.mutants = [...into.mutants.filter((m) => !later.has(idOf(m))), ...mutants];
  }
}

function idOf(m) {
  return `${m.mutatorName}@${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}=${m.replacement}`;
}

function liveReport(dir) {
  const files = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('-onMutantTested.json')).sort()) {
    const m = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    files[m.fileName] ??= { source: readFileSync(m.fileName, 'utf8'), mutants: [] };
    files[m.fileName].mutants.push(m);
  }
  return { files };
}
const listed = args.includes('--all') ? ['Survived', 'NoCoverage'] : ['Survived'];
const rows = [];
const total = { killed: 0, survived: 0, timeout: 0, noCoverage: 0, errors: 0 };
const survivors = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  const n = { killed: 0, survived: 0, timeout: 0, noCoverage: 0, errors: 0 };
  for (const m of mutants) {
    const key = { Killed: 'killed', Survived: 'survived', Timeout: 'timeout', NoCoverage: 'noCoverage', RuntimeError: 'errors', CompileError: 'errors' }[m.status];
    if (key) n[key]++;
    if (!listed.includes(m.status)) continue;
    const { line, column } = m.location.start;
    const end = m.location.end.line === line ? m.location.end.column - 1 : undefined;
    const original = lines[line - 1].slice(column - 1, end).trim();
    survivors.push(`${file}:${line}:${column} ${m.status} ${m.mutatorName}: ${original.slice(0, 70)} => ${String(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 70)}`);
  }
  for (const k of Object.keys(total)) total[k] += n[k];
  rows.push([file, n]);
}
const score = (n) => {
  const detected = n.killed + n.timeout;
  const valid = detected + n.survived + n.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(2)}%`;
};
const fmt = ([name, n]) => `${name.padEnd(48)} ${String(n.killed).padStart(6)} ${String(n.survived).padStart(6)} ${String(n.timeout).padStart(6)} ${String(n.noCoverage).padStart(6)} ${String(n.errors).padStart(6)} ${score(n).padStart(8)}`;
console.log(`${'file'.padEnd(48)} ${'killed'.padStart(6)} ${'surv'.padStart(6)} ${'tmout'.padStart(6)} ${'nocov'.padStart(6)} ${'errors'.padStart(6)} ${'score'.padStart(8)}`);
for (const row of rows.sort((a, b) => a[0].localeCompare(b[0]))) console.log(fmt(row));
console.log(fmt(['all', total]));
if (survivors.length > 0) console.log(`\n${survivors.join('\n')}`);

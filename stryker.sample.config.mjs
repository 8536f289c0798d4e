// A sampled mutation run: the same settings as stryker.config.mjs, mutating only a seeded random
// share of each file's lines (blocks of 5 lines), so a folder of 10,000 mutants gives an estimate of
// its score in a quarter of the time. docs/mutation.md says which figures are sampled.
//   SAMPLE_DIRS=src/gateway SAMPLE=0.25 SAMPLE_SEED=1 npx stryker run stryker.sample.config.mjs
// A mutant that spans more than one block (a whole function body emptied, say) is left out, so a
// sample holds fewer of those large, easily killed mutants than the folder does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import base from './stryker.config.mjs';

const dirs = (process.env.SAMPLE_DIRS ?? 'src/gateway,src/progress,src/content,src/study').split(',');
const share = Number(process.env.SAMPLE ?? '0.25');
const seed = Number(process.env.SAMPLE_SEED ?? '1');
const BLOCK = 5;

// mulberry32 seeded by the seed and the file's name: the same file gets the same blocks every run
function random(name) {
  let a = seed;
  for (const ch of name) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mutate = [];
for (const dir of dirs) {
  // an entry is a folder, or one file (SAMPLE_DIRS=src/gateway/pipeline.ts,src/gateway/stages)
  const files = dir.endsWith('.ts') ? [''] : readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) {
    const file = f === '' ? dir : join(dir, f);
    const lines = readFileSync(file, 'utf8').split('\n').length;
    const next = random(file);
    for (let start = 1; start <= lines; start += BLOCK) if (next() < share) mutate.push(`${file}:${start}-${Math.min(lines, start + BLOCK - 1)}`);
  }
}

// SAMPLE_NAME keeps each folder's live event files apart (reports/events-NAME)
const events = process.env.SAMPLE_NAME ? { eventReporter: { baseDir: `reports/events-${process.env.SAMPLE_NAME}` } } : {};
export default { ...base, mutate, ...events };

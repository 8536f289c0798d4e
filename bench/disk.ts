/** Where benchmarks put their data folders: a real disk, not tmpfs (/tmp is RAM on many systems,
 * and an fsync there costs nothing). GATEPREP_BENCH_DIR overrides; the default is bench/.data. */
import { mkdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';

const TMPFS_MAGIC = 0x01021994;

export function benchDir(): string {
  const dir = process.env.GATEPREP_BENCH_DIR ?? join(process.cwd(), 'bench', '.data');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whether `dir` sits on tmpfs (Linux), said in the row so a RAM figure is never taken for a disk one. */
export function onTmpfs(dir: string): boolean {
  try {
    return statfsSync(dir).type === TMPFS_MAGIC;
  } catch {
    return false;
  }
}

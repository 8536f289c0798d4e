/** A small real tmpfs for full-disk tests. Mounting needs root (CAP_SYS_ADMIN): without it the
 * tests that use this skip, and `skipReason` says why. */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Tmpfs {
  dir: string;
  /** Fills the file system, then frees `leavePages` pages of 4 KiB. */
  fill(leavePages?: number): void;
  /** Frees the space `fill` took. */
  unfill(): void;
  /** Remounts it read-only (as a read-only home folder). */
  readOnly(): void;
  unmount(): void;
}

function tryMount(): Tmpfs | string {
  if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root';
  const dir = mkdtempSync(join(tmpdir(), 'gateprep-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here: ${(e as Error).message.split('\n')[0]}`;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill(leavePages = 0) {
      const fd = openSync(filler, 'a');
      try {
        const chunk = Buffer.alloc(4096, 120);
        for (;;) {
          try {
            if (writeSync(fd, chunk) < chunk.length) continue;
          } catch {
            break; // ENOSPC: full
          }
        }
        ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leavePages * 4096));
      } finally {
        closeSync(fd);
      }
    },
    unfill() {
      rmSync(filler, { force: true });
    },
    readOnly() {
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
    },
    unmount() {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const probe = tryMount();
if (typeof probe !== 'string') probe.unmount();
/** Why the full-disk tests cannot run here, or null when they can. */
export const skipReason: string | null = typeof probe === 'string' ? probe : null;

export function mountTmpfs(): Tmpfs {
  const t = tryMount();
  if (typeof t === 'string') throw new Error(t);
  return t;
}

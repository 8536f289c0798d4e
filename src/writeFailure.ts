/** Why a write of a file the user named failed, in words: the folder that does not exist rather
 * than "ENOENT", and never the name of the temp file beside it (atomicWrite.ts). Not sanitized:
 * the caller sanitizes the whole line it prints. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function writeFailure(path: string, e: unknown): string {
  const folder = dirname(resolve(path));
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return existsSync(folder) ? `${folder} vanished while writing` : `the folder ${folder} does not exist`;
    case 'ENOTDIR':
      return `${folder} is not a folder (part of it is a file)`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in ${folder}`;
    case 'EISDIR':
      return `${resolve(path)} is a folder`;
    case 'EROFS':
      return `${folder} is on a read-only file system`;
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** How many scenario presets there are (built-in + the user's), without loading the simulator. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function presetCount(contentDir: string, homeDir: string): number {
  let n = 0;
  for (const dir of [join(contentDir, 'scenarios'), join(homeDir, 'scenarios')]) {
    if (existsSync(dir)) n += readdirSync(dir).filter((f) => f.endsWith('.json')).length;
  }
  return n;
}

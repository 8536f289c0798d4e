import type { Plugin } from 'esbuild';

/** Text replacements per patched module: [what Ink has, what the bundle gets]. */
export const PATCHES: { output: Array<[string, string]>; styledChars: Array<[string, string]> };
export function patchText(path: string, source: string, replacements: Array<[string, string]>): string;
export const inkPatches: Plugin[];

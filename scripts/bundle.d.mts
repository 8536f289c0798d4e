import type { BuildOptions, Plugin } from 'esbuild';
export declare const stubDevtools: Plugin;
export declare const REQUIRE_BANNER: string;
export declare const nodeBundle: BuildOptions;

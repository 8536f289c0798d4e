/** The part of sql.js (SQLite compiled to WebAssembly) that gateprep uses: .apkg export and its tests. */
declare module 'sql.js' {
  export interface QueryExecResult {
    columns: string[];
    values: unknown[][];
  }
  export interface Statement {
    run(values?: unknown[]): void;
    free(): void;
  }
  export interface Database {
    run(sql: string, params?: unknown[]): Database;
    exec(sql: string, params?: unknown[]): QueryExecResult[];
    prepare(sql: string): Statement;
    export(): Uint8Array;
    close(): void;
  }
  export interface SqlJsStatic {
    Database: new (data?: Uint8Array) => Database;
  }
  export default function initSqlJs(config?: { wasmBinary?: ArrayBuffer | Uint8Array; locateFile?: (file: string) => string }): Promise<SqlJsStatic>;
}

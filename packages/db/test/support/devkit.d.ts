// Types for the parts of @spendwise/devkit (plain JS) the suites use.
declare module '@spendwise/devkit' {
  export function freePort(): Promise<number>;
  export function makeLocalTempDir(prefix: string): Promise<string>;
}

declare module '@spendwise/devkit/postgres' {
  export interface PostgresServer {
    port: number;
    url(database?: string): string;
    stop(): Promise<void>;
  }
  export function startPostgres(options: {
    dataDir: string;
    port: number;
    persistent?: boolean;
    log?: (line: string) => void;
  }): Promise<PostgresServer>;
}

// Types for the parts of @spendwise/devkit (plain JS) the suites use.
declare module '@spendwise/devkit' {
  export function freePort(): Promise<number>;
  export function makeLocalTempDir(prefix: string): Promise<string>;
  export interface TestCa {
    caFile: string;
    certFile: string;
    keyFile: string;
  }
  export function createTestCa(
    dir: string,
    options?: { name?: string; serverNames?: string[]; days?: number },
  ): Promise<TestCa>;
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
    tls?: { certFile: string; keyFile: string };
  }): Promise<PostgresServer>;
}

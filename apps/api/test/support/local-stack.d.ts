// Types for the parts of @spendwise/local-stack (plain ESM JavaScript) the suites use.
declare module '@spendwise/local-stack' {
  export function freePort(): Promise<number>;
  export function waitFor(
    what: string,
    check: () => Promise<unknown> | unknown,
    options?: { timeoutMs?: number; intervalMs?: number },
  ): Promise<void>;
  export function startStack(options: {
    ports: { web: number; api: number; cognito: number; postgres: number };
    dataDir: string;
    persistent?: boolean;
    api?: 'dev' | 'start' | false;
    web?: 'dev' | 'start' | false;
    log?: (service: string, line: string) => void;
  }): Promise<{
    urls: { cognito: string; databaseUrl: string };
    cognito: { signingKeyFile: string };
    stop(): Promise<void>;
  }>;
}

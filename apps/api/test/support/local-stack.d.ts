// Types for the parts of @spendwise/local-stack (plain ESM JavaScript) the suites use.
declare module '@spendwise/local-stack' {
  /** Throws an Error whose `code` is Cognito's error name when the call fails. */
  export function cognitoCall(endpoint: string, operation: string, body: unknown): Promise<unknown>;
  export function jwtClaims(token: string): Record<string, any>;
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

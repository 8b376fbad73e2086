// Types for the parts of the (JavaScript) local stack the browser tests use.
declare module '@spendwise/local-stack' {
  export interface Stack {
    urls: { web: string; api: string; cognito: string; databaseUrl: string };
    cognito: {
      readConfirmationCode(email: string): Promise<string | null>;
      readPasswordResetCode(email: string): Promise<string | null>;
      injectFault(kind: 'throttle' | 'internal' | 'timeout', operations: string[]): void;
      clearFaults(): void;
      readonly faultedCalls: number;
    };
    startApi(): Promise<void>;
    stopApi(): Promise<void>;
    stop(): Promise<void>;
  }

  export function startStack(options: {
    ports: { web: number; api: number; cognito: number; postgres: number };
    dataDir: string;
    persistent?: boolean;
    api?: 'dev' | 'start' | false;
    web?: 'dev' | 'start' | false;
    log?: (service: string, line: string) => void;
  }): Promise<Stack>;

  export const DEFAULT_PORTS: { web: number; api: number; cognito: number; postgres: number };
  export function freePort(): Promise<number>;
  export const repoRoot: string;
  export function networkAddresses(): string[];
  export function webEnv(options: {
    ports: { web: number; api: number; cognito: number; postgres: number };
  }): Record<string, string>;
  export function httpOk(url: string): Promise<boolean>;
  export function waitFor(
    what: string,
    check: () => Promise<unknown>,
    options: { timeoutMs: number; intervalMs: number },
  ): Promise<void>;
  export interface ChildProcessHandle {
    running: boolean;
    stop(graceMs?: number): Promise<void>;
  }
  export function startProcess(options: {
    name: string;
    command: string;
    args: string[];
    cwd: string;
    env: NodeJS.ProcessEnv;
    log: (line: string) => void;
  }): ChildProcessHandle;
  export function localDataDir(...parts: string[]): string;
  export function makeLocalTempDir(prefix: string): Promise<string>;
  export function cognitoCall(
    endpoint: string,
    operation: string,
    body: unknown,
  ): Promise<Record<string, unknown>>;
}

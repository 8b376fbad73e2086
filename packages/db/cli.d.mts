/** Types for cli.mjs (`@spendwise/db/cli`). */

export interface PrismaCliResult {
  /** The CLI's exit code; null when it was killed after `timeoutMs`. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface PrismaCliOptions {
  databaseUrl: string;
  /** Where prisma.config.ts is read; defaults to packages/db. */
  cwd?: string;
  /** Default 120 000. */
  timeoutMs?: number;
  /** Extra environment, e.g. the DB_* parts ECS passes (with `databaseUrl: ''`). */
  env?: Record<string, string>;
}

/** Runs `prisma <args>` with the offline schema engine; never rejects for a non-zero exit. */
export function runPrismaCli(args: string[], options: PrismaCliOptions): Promise<PrismaCliResult>;

/** Runs `prisma <args>` in the foreground (output to this terminal) until it exits, e.g. `studio`. */
export function runPrismaCliInteractive(args: string[], options: { databaseUrl: string }): Promise<number>;

/**
 * `prisma migrate deploy`: resolves once every committed migration is applied; otherwise rejects with an Error whose
 * message is one line naming the failing migration and the database's reason.
 */
export function migrateDeploy(
  databaseUrl: string,
  options?: Omit<PrismaCliOptions, 'databaseUrl'>,
): Promise<void>;

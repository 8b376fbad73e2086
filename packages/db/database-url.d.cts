/** DATABASE_URL, or the URL built from the DB_* parts ECS passes (database-url.cjs). */
export function databaseUrl(env: Record<string, string | undefined>): string | undefined;

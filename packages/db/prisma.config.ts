import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI downloads a native schema engine before every command, from a host this project cannot reach.
// Its official hook runs ours instead: Prisma's WebAssembly engine behind a small shim (engine/README.md). Set here,
// before the CLI looks for the engine, so every way of running the CLI in this package gets it, including a bare
// `npx prisma migrate deploy` in the container. An explicit value wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, 'engine', 'schema-engine.mjs');
// The CLI's update check phones home (and hangs on in the background where there is no network); off unless set.
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: path.join(__dirname, 'prisma', 'schema.prisma'),
  migrations: {
    path: path.join(__dirname, 'prisma', 'migrations'),
    seed: 'node dist/seed/cli.js',
  },
  // Optional so `prisma generate` runs without a database; migrate commands say when it is missing.
  datasource: { url: databaseUrl(process.env) },
});

/**
 * DATABASE_URL, or the URL built from the DB_* parts ECS passes (the password comes from Secrets Manager), so the
 * migration task reads the database settings exactly as the API does (apps/api/src/config/app-config.ts). Kept
 * here rather than imported: the config must load from the image's copy of this package, which has no build.
 */
function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.DATABASE_URL || !env.DB_HOST) return env.DATABASE_URL;
  const credentials = `${encodeURIComponent(env.DB_USER ?? '')}:${encodeURIComponent(env.DB_PASSWORD ?? '')}`;
  const database = encodeURIComponent(env.DB_NAME ?? '');
  const sslmode = env.DB_SSLMODE ?? 'verify-full';
  // The CA bundle the server's certificate must chain to (the image's Amazon RDS bundle); pg reads the file.
  const rootCert =
    env.DB_SSLROOTCERT && sslmode !== 'disable'
      ? `&sslrootcert=${encodeURIComponent(env.DB_SSLROOTCERT)}`
      : '';
  return `postgresql://${credentials}@${env.DB_HOST}:${env.DB_PORT ?? '5432'}/${database}?sslmode=${sslmode}${rootCert}`;
}

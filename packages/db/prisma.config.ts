import path from 'node:path';
import { defineConfig } from 'prisma/config';
// DATABASE_URL, or the URL built from the DB_* parts ECS passes: shared with the rates command.
import { databaseUrl } from './database-url.cjs';

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

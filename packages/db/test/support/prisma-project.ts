import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeLocalTempDir } from '@spendwise/devkit';

const packageDir = path.resolve(__dirname, '../..');

export interface PrismaProjectCopy {
  dir: string;
  migrationsDir: string;
  remove(): Promise<void>;
}

/**
 * A throwaway copy of prisma/ (the real schema and committed migrations) with `extraMigrations` added — or only
 * the migrations named before `migrationsBefore` — and a minimal config, so a suite can add migrations, stop
 * before one, or change the schema without touching the package.
 */
export async function copyPrismaProject({
  extraMigrations = {},
  migrationsBefore,
  editSchema = (schema) => schema,
}: {
  extraMigrations?: Record<string, string>;
  migrationsBefore?: string;
  editSchema?: (schema: string) => string;
} = {}): Promise<PrismaProjectCopy> {
  const dir = await makeLocalTempDir('test-db-project-');
  await cp(path.join(packageDir, 'prisma'), path.join(dir, 'prisma'), { recursive: true });
  const schemaPath = path.join(dir, 'prisma', 'schema.prisma');
  await writeFile(schemaPath, editSchema(await readFile(schemaPath, 'utf8')));
  const migrationsDir = path.join(dir, 'prisma', 'migrations');
  if (migrationsBefore) {
    for (const entry of await readdir(migrationsDir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name >= migrationsBefore)
        await rm(path.join(migrationsDir, entry.name), { recursive: true });
    }
  }
  for (const [name, sql] of Object.entries(extraMigrations)) {
    await mkdir(path.join(migrationsDir, name));
    await writeFile(path.join(migrationsDir, name, 'migration.sql'), sql);
  }
  // Plain object, no imports: loads from anywhere. (The real prisma.config.ts is exercised by the other tests.)
  await writeFile(
    path.join(dir, 'prisma.config.mjs'),
    `export default { schema: 'prisma/schema.prisma', migrations: { path: 'prisma/migrations' }, ` +
      `datasource: { url: process.env.DATABASE_URL } };\n`,
  );
  return { dir, migrationsDir, remove: () => rm(dir, { recursive: true, force: true }) };
}

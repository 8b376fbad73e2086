import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeLocalTempDir } from '@spendwise/devkit';

const packageDir = path.resolve(__dirname, '../..');

export interface PrismaProjectCopy {
  dir: string;
  migrationsDir: string;
  remove(): Promise<void>;
}

/**
 * A throwaway copy of prisma/ (the real schema and committed migrations) with `extraMigrations` added and a
 * minimal config, so a suite can add migrations or change the schema without touching the package.
 */
export async function copyPrismaProject({
  extraMigrations = {},
  editSchema = (schema) => schema,
}: {
  extraMigrations?: Record<string, string>;
  editSchema?: (schema: string) => string;
} = {}): Promise<PrismaProjectCopy> {
  const dir = await makeLocalTempDir('test-db-project-');
  await cp(path.join(packageDir, 'prisma'), path.join(dir, 'prisma'), { recursive: true });
  const schemaPath = path.join(dir, 'prisma', 'schema.prisma');
  await writeFile(schemaPath, editSchema(await readFile(schemaPath, 'utf8')));
  const migrationsDir = path.join(dir, 'prisma', 'migrations');
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

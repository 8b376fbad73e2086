import { migrateDeploy } from '../../cli.mjs';
import { createEmptyDatabase } from './databases';
import { copyPrismaProject } from './prisma-project';

/**
 * A new database as it was just before `migration`: every earlier committed migration applied by the real
 * `prisma migrate deploy`, from a copy of the project that holds only those, so `_prisma_migrations` records them
 * as Prisma itself does. A suite then writes the data `migration` must carry over and runs `migrateDeploy(url)`,
 * which applies the rest: two CLI runs however many migrations came before (marking each one applied with
 * `migrate resolve` cost a CLI run apiece, and timed out on a busy machine).
 */
export async function databaseBeforeMigration(label: string, migration: string): Promise<string> {
  const url = await createEmptyDatabase(label);
  const project = await copyPrismaProject({ migrationsBefore: migration });
  try {
    await migrateDeploy(url, { cwd: project.dir });
  } finally {
    await project.remove();
  }
  return url;
}

/**
 * `npm run rates:import -w @spendwise/db -- FILE.xml` (in the backend image: `node dist/rates/cli.js FILE.xml` in
 * packages/db): imports one ECB reference-rate file into `exchange_rates`. Needs DATABASE_URL. Exit code 1 with a
 * one-line reason on a refused file or a database error; nothing is imported then.
 */
import path from 'node:path';
import { createPrismaClient } from '../client';
import { importEcbRatesFile } from './import';

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new Error('Usage: rates:import FILE.xml (an ECB eurofxref file)');
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('DATABASE_URL is required (see packages/db/README.md, "Exchange rates").');
  const prisma = createPrismaClient({ databaseUrl, poolMax: 1 });
  try {
    const result = await importEcbRatesFile(prisma, file);
    const { dates, rates } = result.file;
    console.log(
      `${path.basename(file)}: ${dates.length} ${dates.length === 1 ? 'day' : 'days'} (${dates[0]} – ${dates.at(-1)}), ${rates.length} rates: ` +
        `${result.inserted} new, ${result.updated} corrected, ${result.unchanged} unchanged.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * Stores parsed ECB rates in `exchange_rates`, idempotently: a rate already stored is left alone, a rate ECB
 * corrected is updated, a new one is inserted. Re-importing a file (or an overlapping one: daily inside 90 days
 * inside the history) adds nothing.
 */
import { readFile } from 'node:fs/promises';
import type { PrismaClient } from '../generated/prisma/client';
import { parseEcbRates, type EcbRate, type EcbRatesFile } from './ecb';

export interface ImportRatesResult {
  inserted: number;
  /** Rows whose stored rate differed (ECB corrected a published rate). */
  updated: number;
  unchanged: number;
}

// Rows per statement: keeps each well under the client's statement timeout for a full history (≈ 200,000 rates).
const CHUNK = 5_000;

/** Upserts the rates in one transaction: all of them or none. */
export async function importExchangeRates(
  prisma: PrismaClient,
  rates: readonly EcbRate[],
): Promise<ImportRatesResult> {
  const result: ImportRatesResult = { inserted: 0, updated: 0, unchanged: 0 };
  await prisma.$transaction(
    async (tx) => {
      for (let start = 0; start < rates.length; start += CHUNK) {
        const chunk = rates.slice(start, start + CHUNK);
        // (xmax = 0) is true for a row this statement inserted; an updated row has the updating transaction's id.
        // A conflicting row whose rate is equal is not updated, so it is not returned: that is "unchanged".
        const written = await tx.$queryRaw<{ inserted: boolean }[]>`
          INSERT INTO exchange_rates (currency, date, rate, updated_at)
          SELECT t.currency, t.date::date, t.rate::numeric, now()
          FROM unnest(${chunk.map((r) => r.currency)}::text[], ${chunk.map((r) => r.date)}::text[],
                      ${chunk.map((r) => r.rate)}::text[]) AS t(currency, date, rate)
          ON CONFLICT (currency, date) DO UPDATE SET rate = EXCLUDED.rate, updated_at = now()
            WHERE exchange_rates.rate <> EXCLUDED.rate
          RETURNING (xmax = 0) AS inserted`;
        const inserted = written.filter((row) => row.inserted).length;
        result.inserted += inserted;
        result.updated += written.length - inserted;
        result.unchanged += chunk.length - written.length;
      }
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  return result;
}

/**
 * Parses and imports the text of one ECB file, however it arrived (read from disk or downloaded): the one path
 * from ECB's XML to stored rates.
 */
export async function importEcbRatesXml(
  prisma: PrismaClient,
  xml: string,
  options: { today?: string } = {},
): Promise<ImportRatesResult & { file: EcbRatesFile }> {
  const parsed = parseEcbRates(xml, options);
  return { ...(await importExchangeRates(prisma, parsed.rates)), file: parsed };
}

/** Reads, parses and imports one ECB file (eurofxref-daily.xml, -hist-90d.xml or -hist.xml). */
export async function importEcbRatesFile(
  prisma: PrismaClient,
  file: string,
  options: { today?: string } = {},
): Promise<ImportRatesResult & { file: EcbRatesFile }> {
  return importEcbRatesXml(prisma, await readFile(file, 'utf8'), options);
}

/** The newest day with a stored rate (YYYY-MM-DD), or null when the table is empty. */
export async function newestRateDate(prisma: PrismaClient): Promise<string | null> {
  const [row] = await prisma.$queryRaw<{ newest: string | null }[]>`
    SELECT to_char(max(date), 'YYYY-MM-DD') AS newest FROM exchange_rates`;
  return row?.newest ?? null;
}

/**
 * Stored rates with dates in [from, to], as the exact decimal strings they were published as (trailing zeros of
 * the numeric column trimmed: "1.0500" is read back as "1.05"), ready for convertMinor's buildRateTable.
 */
export async function readExchangeRates(prisma: PrismaClient, from: string, to: string): Promise<EcbRate[]> {
  return prisma.$queryRaw<EcbRate[]>`
    SELECT currency, to_char(date, 'YYYY-MM-DD') AS date, trim_scale(rate)::text AS rate
    FROM exchange_rates WHERE date BETWEEN ${from}::date AND ${to}::date
    ORDER BY date, currency`;
}

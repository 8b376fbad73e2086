/**
 * The rates command's three forms, separated from process concerns (argv, env, exit) so the tests can run them
 * in-process against a real database and a local HTTP server:
 *
 *   FILE.xml                                     import one ECB file
 *   --fetch [--90-days | URL] [--max-age-days N] download ECB's feed (default: the daily one) and import it
 *   --status [--max-age-days N]                  is the newest stored rate at most N days old?
 *
 * Exit codes: 0 done (and fresh), 1 refused or failed (nothing imported), 2 usage, 3 stale.
 *
 * After a fetch (successful or not) the command checks freshness too and, when the newest stored rate is at most
 * N days old, prints one line starting with RATES_FRESH. The AWS log metric filter counts those lines; the alarm
 * fires when none appeared for days (infrastructure/modules/scheduled-task).
 */
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { ECB_90_DAYS_URL, ECB_DAILY_URL, fetchEcbXml, type FetchEcbOptions } from './fetch';
import { importEcbRatesFile, importEcbRatesXml, newestRateDate, type ImportRatesResult } from './import';
import type { EcbRatesFile } from './ecb';

/**
 * ECB publishes on TARGET business days only: no rates on weekends, New Year's Day, Good Friday, Easter Monday,
 * 1 May, 25 and 26 December. The longest normal gap is Easter: Thursday's rates are still the newest on Monday
 * (4 days); on the evening of a weekday after publication (when the job runs) anything older means rates are
 * missing.
 */
export const DEFAULT_MAX_AGE_DAYS = 4;

export const USAGE =
  'Usage: rates FILE.xml | rates --fetch [--90-days | URL] [--max-age-days N] | rates --status [--max-age-days N]';

export interface RatesCommandContext {
  prisma: () => PrismaClient;
  /** YYYY-MM-DD; default the current UTC date. */
  today?: string;
  fetchOptions?: FetchEcbOptions;
  log: (line: string) => void;
  error: (line: string) => void;
}

type Parsed =
  | { kind: 'file'; file: string; maxAgeDays: number }
  | { kind: 'fetch'; url: string; maxAgeDays: number }
  | { kind: 'status'; maxAgeDays: number };

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Parsed {
  const rest = [...args];
  let maxAgeDays = DEFAULT_MAX_AGE_DAYS;
  const at = rest.indexOf('--max-age-days');
  if (at !== -1) {
    const value = rest[at + 1] ?? '';
    if (!/^\d{1,3}$/.test(value) || Number(value) < 1) {
      throw new UsageError(`--max-age-days needs a whole number of days ≥ 1, not "${value}"`);
    }
    maxAgeDays = Number(value);
    rest.splice(at, 2);
  }
  const [first, ...others] = rest;
  if (first === '--status' && others.length === 0) return { kind: 'status', maxAgeDays };
  if (first === '--fetch' && others.length <= 1) {
    const target = others[0];
    if (target === undefined) return { kind: 'fetch', url: ECB_DAILY_URL, maxAgeDays };
    if (target === '--90-days') return { kind: 'fetch', url: ECB_90_DAYS_URL, maxAgeDays };
    if (/^https?:\/\//.test(target)) return { kind: 'fetch', url: target, maxAgeDays };
    throw new UsageError(`--fetch takes --90-days or an http(s) URL, not "${target}"`);
  }
  if (first !== undefined && !first.startsWith('--') && others.length === 0 && at === -1) {
    return { kind: 'file', file: first, maxAgeDays };
  }
  throw new UsageError(USAGE);
}

function summary(name: string, result: ImportRatesResult & { file: EcbRatesFile }): string {
  const { dates, rates } = result.file;
  return (
    `${name}: ${dates.length} ${dates.length === 1 ? 'day' : 'days'} (${dates[0]} – ${dates.at(-1)}), ${rates.length} rates: ` +
    `${result.inserted} new, ${result.updated} corrected, ${result.unchanged} unchanged.`
  );
}

/** An error as one log line: Prisma's messages span several lines, and the alarm's reader greps lines. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/** Whole days from `date` to `today` (both YYYY-MM-DD). */
export function ageInDays(date: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

async function freshness(ctx: RatesCommandContext, today: string, maxAgeDays: number): Promise<number> {
  const newest = await newestRateDate(ctx.prisma());
  if (newest === null) {
    ctx.error(`RATES_STALE: no exchange rates are stored (allowed age: ${maxAgeDays} days).`);
    return 3;
  }
  const age = ageInDays(newest, today);
  if (age > maxAgeDays) {
    ctx.error(
      `RATES_STALE: the newest exchange rate is for ${newest}, ${age} days before ${today} (allowed: ${maxAgeDays}).`,
    );
    return 3;
  }
  ctx.log(`RATES_FRESH newest=${newest} age_days=${age} max_age_days=${maxAgeDays}`);
  return 0;
}

/** Runs one form of the command; returns the exit code. Never throws for expected failures. */
export async function runRatesCommand(args: readonly string[], ctx: RatesCommandContext): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.error(error.message);
    return 2;
  }
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  try {
    if (parsed.kind === 'status') return await freshness(ctx, today, parsed.maxAgeDays);
    if (parsed.kind === 'file') {
      const result = await importEcbRatesFile(ctx.prisma(), parsed.file, { today });
      ctx.log(summary(path.basename(parsed.file), result));
      return 0;
    }
    let fetchFailed = false;
    try {
      const xml = await fetchEcbXml(parsed.url, {
        ...ctx.fetchOptions,
        onRetry: (attempt, reason, waitMs) =>
          ctx.error(
            `Attempt ${attempt} to fetch ${parsed.url} failed (${reason}); retrying in ${waitMs} ms.`,
          ),
      });
      ctx.log(summary(parsed.url, await importEcbRatesXml(ctx.prisma(), xml, { today })));
    } catch (error) {
      // Refused or unreachable: nothing was imported. Still report freshness below, so the alarm watches what
      // people see (rates too old), not a single failed download that the next run makes good.
      ctx.error(oneLine(error));
      fetchFailed = true;
    }
    const fresh = await freshness(ctx, today, parsed.maxAgeDays);
    return fetchFailed ? 1 : fresh;
  } catch (error) {
    ctx.error(oneLine(error));
    return 1;
  }
}

/**
 * `rates --fetch` and `rates --status` against a real PostgreSQL and a local HTTP server that plays ECB (serving
 * the repository's ECB-format files and broken variants); no test reaches the network. A refused answer imports
 * nothing and exits non-zero with one line naming why; transient failures are retried with backoff, a bounded
 * number of times.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseUrl as databaseUrlFromEnv } from '../database-url.cjs';
import { migrateDeploy } from '../cli.mjs';
import { createPrismaClient, type PrismaClient } from '../src';
import { ageInDays, runRatesCommand } from '../src/rates/command';
import { fetchEcbXml } from '../src/rates/fetch';
import { createEmptyDatabase, query } from './support/databases';

const RATES = path.join(__dirname, '../rates');
const TODAY = '2026-12-04';
const daily = readFileSync(path.join(RATES, 'sample-eurofxref-daily.xml'), 'utf8');
const hist = readFileSync(path.join(RATES, 'sample-eurofxref-hist.xml'), 'utf8');

type Reply = { status?: number; type?: string; body: string; delayMs?: number; declareLength?: boolean };

/** A local "ECB": each request takes the next scripted reply (the last one repeats) and is counted. */
function startServer() {
  let script: Reply[] = [];
  let requests = 0;
  const server = http.createServer((_request, response) => {
    const reply = script[Math.min(requests, script.length - 1)]!;
    requests += 1;
    const send = () => {
      response.writeHead(reply.status ?? 200, {
        'content-type': reply.type ?? 'text/xml',
        ...(reply.declareLength ? { 'content-length': Buffer.byteLength(reply.body) } : {}),
      });
      response.end(reply.body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
  return {
    server,
    script: (...replies: Reply[]) => {
      script = replies;
      requests = 0;
    },
    requests: () => requests,
  };
}

describe('rates --fetch and --status', () => {
  const ecb = startServer();
  let base: string;
  let url: string;
  let prisma: PrismaClient;
  let out: string[];
  let err: string[];

  // Fast retries for the tests: 4 attempts, 10/20/40 ms apart, 1 s per attempt.
  const run = (args: string[], today = TODAY) =>
    runRatesCommand(args, {
      prisma: () => prisma,
      today,
      fetchOptions: { attempts: 4, backoffMs: 10, timeoutMs: 1_000, maxBytes: 64 * 1024 },
      log: (line) => out.push(line),
      error: (line) => err.push(line),
    });
  const count = async () =>
    (await query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM exchange_rates'))[0]!.n;

  beforeAll(async () => {
    await new Promise<void>((resolve) => ecb.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(ecb.server.address() as AddressInfo).port}`;
    url = await createEmptyDatabase('rates_fetch');
    await migrateDeploy(url);
    prisma = createPrismaClient({ databaseUrl: url });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    ecb.server.closeAllConnections();
    await new Promise((resolve) => ecb.server.close(resolve));
  });
  beforeEach(async () => {
    out = [];
    err = [];
    await query(url, 'DELETE FROM exchange_rates');
  });

  it('--status on an empty table is stale (exit 3) and says so', async () => {
    expect(await run(['--status'])).toBe(3);
    expect(err).toEqual(['RATES_STALE: no exchange rates are stored (allowed age: 4 days).']);
  });

  it('fetches the daily feed, imports it through the file import’s path, and reports fresh rates', async () => {
    ecb.script({ body: daily });
    expect(await run(['--fetch', `${base}/eurofxref-daily.xml`])).toBe(0);
    expect(ecb.requests()).toBe(1);
    expect(out).toEqual([
      `${base}/eurofxref-daily.xml: 1 day (2026-12-04 – 2026-12-04), 29 rates: 29 new, 0 corrected, 0 unchanged.`,
      'RATES_FRESH newest=2026-12-04 age_days=0 max_age_days=4',
    ]);
    expect(err).toEqual([]);
    expect(await count()).toBe(29);
    // Again: nothing new, still fresh.
    out = [];
    expect(await run(['--fetch', `${base}/eurofxref-daily.xml`])).toBe(0);
    expect(out[0]).toMatch(/29 rates: 0 new, 0 corrected, 29 unchanged\.$/);
  });

  it('retries a 500 with backoff, then imports the answer that follows', async () => {
    ecb.script({ status: 500, type: 'text/plain', body: 'oops' }, { status: 503, body: '' }, { body: hist });
    expect(await run(['--fetch', base])).toBe(0);
    expect(ecb.requests()).toBe(3);
    expect(err).toEqual([
      `Attempt 1 to fetch ${base} failed (HTTP 500 Internal Server Error); retrying in 10 ms.`,
      `Attempt 2 to fetch ${base} failed (HTTP 503 Service Unavailable); retrying in 20 ms.`,
    ]);
    expect(await count()).toBe(45 * 29);
  });

  it('gives up after the last attempt, imports nothing, exits 1, and still reports freshness', async () => {
    await query(
      url,
      `INSERT INTO exchange_rates (currency, date, rate, updated_at) VALUES ('USD', '2026-12-01', 1.1, now())`,
    );
    ecb.script({ status: 502, body: '' });
    expect(await run(['--fetch', base])).toBe(1);
    expect(ecb.requests()).toBe(4);
    expect(err.at(-1)).toBe(`Fetching ${base} failed (after 4 attempts): HTTP 502 Bad Gateway`);
    // The stored rates are 3 days old: people still see conversions, so the alarm stays quiet.
    expect(out).toEqual(['RATES_FRESH newest=2026-12-01 age_days=3 max_age_days=4']);
    expect(await count()).toBe(1);
  });

  it('times out a server that does not answer, and retries', async () => {
    ecb.script({ body: daily, delayMs: 1_500 }, { body: daily });
    expect(await run(['--fetch', base])).toBe(0);
    expect(ecb.requests()).toBe(2);
    expect(err[0]).toBe(`Attempt 1 to fetch ${base} failed (no answer within 1000 ms); retrying in 10 ms.`);
  });

  it('refuses an unreachable host after its retries with the network error named', async () => {
    // A port that was just free: nothing listens there.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      fetchEcbXml(`http://127.0.0.1:${port}/eurofxref-daily.xml`, {
        attempts: 2,
        backoffMs: 1,
        timeoutMs: 1_000,
      }),
    ).rejects.toThrow(
      /^Fetching http:\/\/127\.0\.0\.1:\d+\/eurofxref-daily\.xml failed \(after 2 attempts\): .*ECONNREFUSED/,
    );
  });

  const refusals: [string, Reply, RegExp][] = [
    [
      'an HTML error page (status 200)',
      { type: 'text/html; charset=utf-8', body: '<html>Maintenance</html>' },
      /failed: the answer is text\/html, not XML$/,
    ],
    ['a 404', { status: 404, type: 'text/html', body: 'not found' }, /failed: HTTP 404 Not Found$/],
    [
      'a body that is not XML though labelled so',
      { body: '{"rates": []}' },
      /failed: the answer is not XML$/,
    ],
    [
      'an oversized answer (declared)',
      { body: `${daily}${' '.repeat(70 * 1024)}`, declareLength: true },
      /failed: the answer is 7\d{4} bytes, more than the 65536 allowed$/,
    ],
    [
      'an oversized answer (streamed, no length)',
      { body: `${daily}${' '.repeat(70 * 1024)}` },
      /failed: the answer is larger than the 65536 bytes allowed$/,
    ],
    [
      'truncated XML',
      { body: daily.slice(0, daily.length / 2) },
      /^ECB rates file: not well-formed XML at line \d+/,
    ],
    [
      'a rate of 0',
      { body: daily.replace("rate='1.1666'", "rate='0'") },
      /^ECB rates file: time="2026-12-04" currency="USD": rate is zero$/,
    ],
    [
      'a negative rate',
      { body: daily.replace("rate='1.1666'", "rate='-1.1666'") },
      /currency="USD": rate "-1.1666" is not a positive decimal/,
    ],
    [
      'a date in the future',
      { body: daily.replace("time='2026-12-04'", "time='2026-12-09'") },
      /^ECB rates file: time="2026-12-09" is in the future \(today is 2026-12-04\)$/,
    ],
  ];
  it.each(refusals)(
    'refuses %s once, without retrying, and imports nothing (exit 1)',
    async (_what, reply, message) => {
      ecb.script(reply);
      expect(await run(['--fetch', base])).toBe(1);
      expect(ecb.requests()).toBe(1);
      expect(err).toHaveLength(2);
      expect(err[0]).toMatch(message);
      expect(err[1]).toBe('RATES_STALE: no exchange rates are stored (allowed age: 4 days).');
      expect(out).toEqual([]);
      expect(await count()).toBe(0);
    },
  );

  it('--status: fresh up to --max-age-days, stale (exit 3) after, counted in calendar days', async () => {
    ecb.script({ body: daily }); // Friday 2026-12-04
    expect(await run(['--fetch', base])).toBe(0);
    out = [];
    // Tuesday after the weekend, before ECB's 16:00 publication: 4 days, still fresh.
    expect(await run(['--status'], '2026-12-08')).toBe(0);
    expect(out).toEqual(['RATES_FRESH newest=2026-12-04 age_days=4 max_age_days=4']);
    expect(await run(['--status'], '2026-12-09')).toBe(3);
    expect(err).toEqual([
      'RATES_STALE: the newest exchange rate is for 2026-12-04, 5 days before 2026-12-09 (allowed: 4).',
    ]);
    expect(await run(['--status', '--max-age-days', '5'], '2026-12-09')).toBe(0);
    expect(ageInDays('2026-12-31', '2027-01-04')).toBe(4);
  });

  it('reports an unreachable database in one line, exit 1', async () => {
    const unreachable = createPrismaClient({ databaseUrl: 'postgresql://x:y@127.0.0.1:1/none' });
    try {
      const lines: string[] = [];
      const code = await runRatesCommand(['--status'], {
        prisma: () => unreachable,
        today: TODAY,
        log: (line) => lines.push(line),
        error: (line) => lines.push(line),
      });
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^[^\n]*Can't reach database server at 127\.0\.0\.1:1[^\n]*$/);
    } finally {
      await unreachable.$disconnect();
    }
  });

  it('answers a wrong invocation with the usage line (exit 2), touching nothing', async () => {
    expect(await run([])).toBe(2);
    expect(await run(['--fetch', 'ftp://example.org/x.xml'])).toBe(2);
    expect(await run(['--status', '--max-age-days', '0'])).toBe(2);
    expect(err[0]).toMatch(/^Usage: rates FILE\.xml \| rates --fetch/);
    expect(err[1]).toBe('--fetch takes --90-days or an http(s) URL, not "ftp://example.org/x.xml"');
    expect(err[2]).toBe('--max-age-days needs a whole number of days ≥ 1, not "0"');
  });

  it('builds the database URL from the DB_* parts ECS passes, as the migrate task does', () => {
    expect(
      databaseUrlFromEnv({
        DB_HOST: 'db.internal',
        DB_NAME: 'spendwise',
        DB_USER: 'owner',
        DB_PASSWORD: 'p@ss/word',
        DB_SSLROOTCERT: '/ca.pem',
      }),
    ).toBe(
      'postgresql://owner:p%40ss%2Fword@db.internal:5432/spendwise?sslmode=verify-full&sslrootcert=%2Fca.pem',
    );
    // No password (RDS IAM auth, a password file): none in the URL, the API supplies it per connection.
    expect(
      databaseUrlFromEnv({
        DB_HOST: 'db.internal',
        DB_NAME: 'spendwise',
        DB_USER: 'api',
        DB_SSLMODE: 'disable',
      }),
    ).toBe('postgresql://api@db.internal:5432/spendwise?sslmode=disable');
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgresql://x', DB_HOST: 'ignored' })).toBe('postgresql://x');
    expect(databaseUrlFromEnv({})).toBeUndefined();
  });
});

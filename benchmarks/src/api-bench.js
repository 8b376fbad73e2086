/**
 * The API part: a throwaway PostgreSQL seeded with the dataset, the Cognito emulator, the API in production mode,
 * then every case through HTTP and its raw-SQL floor. Everything it starts is stopped, also on failure.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startCognitoEmulator } from '@spendwise/cognito-emulator';
import { migrateDeploy } from '@spendwise/db/cli';
import { freePort } from '@spendwise/devkit';
import { startPostgres } from '@spendwise/devkit/postgres';
import { buildApi } from './api-build.js';
import {
  benchApiEnv,
  productionMemoryEnv,
  productionNodeFlags,
  startApi,
  startNodeServer,
} from './api-process.js';
import { createIdentity } from './identities.js';
import { runHttp, runHttpInterleaved, runSql, warmUp } from './load.js';
import { describeMachine } from './machine.js';
import { expenseCounts, medianUserIndex, seedDataset } from './seed.js';
import {
  apiModule,
  dashboardQuery,
  explainPlans,
  preparedPlans,
  insertQuery,
  listQuery,
  pgPools,
  summaryQuery,
} from './sql-floor.js';

const PAGE_SIZE = 25;
const REFERENCE_ROUTES = [
  ['GET /health (reference: no auth, no database)', '/health'],
  ['GET /health/ready (reference: no auth, SELECT 1 via Prisma)', '/health/ready'],
];
const SEARCH_TEXT = 'coffee';
// Per case and server in the warm-up round: about half a second at CI scale on this machine.
const WARM_UP_REQUESTS = 300;
// The API and the bare reference take turns in this many slices of each case's duration, A B B A (load.js,
// runHttpInterleaved): an even count, so neither side always goes first.
const INTERLEAVED_SLICES = 4;

export async function benchApi(scale, log) {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'spendwise-bench-'));
  const cleanups = [];
  try {
    log('Building the API…');
    await buildApi();
    const postgres = await startPostgres({
      dataDir: path.join(workDir, 'postgres'),
      port: await freePort(),
      persistent: false,
    });
    cleanups.push(() => postgres.stop());
    await postgres.createDatabase('spendwise');
    const databaseUrl = postgres.url('spendwise');
    await migrateDeploy(databaseUrl);

    const cognito = await startCognitoEmulator({
      port: await freePort(),
      dataDir: path.join(workDir, 'cognito'),
      log: () => {},
    });
    cleanups.push(() => cognito.stop());

    const counts = expenseCounts(scale);
    const roles = { heavy: 0, median: medianUserIndex(counts), writer: counts.length - 1 };
    const identities = new Map();
    for (const [role, index] of Object.entries(roles)) {
      identities.set(index, {
        role,
        ...(await createIdentity(cognito.endpoint, `bench-${role}@bench.local`)),
      });
    }

    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    cleanups.push(() => admin.end());
    const machine = await describeMachine(admin);
    log(`Seeding ${scale.totalExpenses.toLocaleString('en')} expenses for ${scale.users} users…`);
    const seeded = await seedDataset(admin, scale, identities);
    log(`  seeded in ${seeded.seconds.toFixed(1)} s`);
    const user = (role) => ({
      id: seeded.userIds[roles[role]],
      expenses: counts[roles[role]],
      token: identities.get(roles[role]).accessToken,
    });
    const heavy = user('heavy');
    const median = user('median');
    const writer = user('writer');
    const deepCursor = await cursorAfter(admin, heavy.id, scale.deepPageOffset);

    const apiPort = await freePort();
    const apiEnv = benchApiEnv({ port: apiPort, databaseUrl, cognitoEndpoint: cognito.endpoint });
    const nodeFlags = productionNodeFlags();
    const api = await startApi({
      port: apiPort,
      env: apiEnv,
      nodeFlags,
      logFile: path.join(workDir, 'api.log'),
    });
    cleanups.push(() => api.stop());

    const bare = await startBareServer({
      databaseUrl,
      poolMax: apiEnv.DATABASE_POOL_MAX,
      nodeFlags,
      workDir,
    });
    cleanups.push(() => bare.stop());

    const pools = pgPools({ databaseUrl, poolMax: scale.connections });
    cleanups.push(() => Promise.all([pools.pool.end(), pools.preparedPool.end()]));

    const load = {
      connections: scale.connections,
      warmupSeconds: scale.warmupSeconds,
      durationSeconds: scale.durationSeconds,
    };
    const get = (pathAndQuery, who) => ({
      ...load,
      url: `${api.url}${pathAndQuery}`,
      headers: { authorization: `Bearer ${who.token}` },
      cpuSeconds: api.cpuSeconds,
    });
    // The same read from the bare-Node reference: no token, the user named in the query string.
    const bareGet = (pathAndQuery, who) => ({
      ...load,
      url: `${bare.url}${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}user=${who.id}`,
      cpuSeconds: bare.cpuSeconds,
    });
    const read = (name, pathAndQuery, who, sql) => ({
      name,
      http: get(pathAndQuery, who),
      bare: bareGet(pathAndQuery, who),
      sql,
    });
    // The API's own cursor encoding, from its build.
    const { encodeCursor } = apiModule('expenses/expense-cursor.js');
    const deep = encodeURIComponent(encodeCursor(deepCursor));
    const search = { q: SEARCH_TEXT };
    const cases = [
      read('GET /dashboard (heavy user)', '/dashboard', heavy, dashboardQuery({ userId: heavy.id })),
      read('GET /dashboard (median user)', '/dashboard', median, dashboardQuery({ userId: median.id })),
      read(
        'GET /expenses first page',
        `/expenses?limit=${PAGE_SIZE}`,
        heavy,
        listQuery({ userId: heavy.id, limit: PAGE_SIZE + 1 }),
      ),
      read(
        `GET /expenses deep page (after ${scale.deepPageOffset.toLocaleString('en')})`,
        `/expenses?limit=${PAGE_SIZE}&cursor=${deep}`,
        heavy,
        listQuery({ userId: heavy.id, cursor: deepCursor, limit: PAGE_SIZE + 1 }),
      ),
      read(
        `GET /expenses?q=${SEARCH_TEXT} first page`,
        `/expenses?limit=${PAGE_SIZE}&q=${SEARCH_TEXT}`,
        heavy,
        listQuery({ userId: heavy.id, filters: search, limit: PAGE_SIZE + 1 }),
      ),
      read(
        `GET /expenses?q=${SEARCH_TEXT} deep page`,
        `/expenses?limit=${PAGE_SIZE}&q=${SEARCH_TEXT}&cursor=${deep}`,
        heavy,
        listQuery({ userId: heavy.id, filters: search, cursor: deepCursor, limit: PAGE_SIZE + 1 }),
      ),
      // Last, so the earlier cases keep their place in every results file: the unfiltered list's count and total
      // (every one of the heavy user's expenses summed, foreign ones per day).
      read(
        'GET /expenses/summary (heavy user)',
        '/expenses/summary',
        heavy,
        summaryQuery({ userId: heavy.id }),
      ),
      // Sorted lists (added 2026-12-05): one index range per group of the order (expense-order.sql.ts), merged.
      read(
        'GET /expenses?sort=amount first page',
        `/expenses?limit=${PAGE_SIZE}&sort=amount`,
        heavy,
        listQuery({ userId: heavy.id, order: 'amount-desc', limit: PAGE_SIZE + 1 }),
      ),
      read(
        'GET /expenses?sort=category first page',
        `/expenses?limit=${PAGE_SIZE}&sort=category`,
        heavy,
        listQuery({ userId: heavy.id, order: 'category-asc', limit: PAGE_SIZE + 1 }),
      ),
    ];
    // `--cases=<text>`: a quicker run of the cases being worked on (the references always run: they say how fast
    // the machine is right now).
    const chosen = (name) => !scale.cases || name.includes(scale.cases);
    const chosenCases = cases.filter((benchCase) => chosen(benchCase.name));
    // The reference must answer the API's bytes, or the comparison would not be of the same work.
    for (const benchCase of chosenCases) await sameAnswer(benchCase);
    // One warm-up round over every case, on both servers, before the first is measured: otherwise the first case
    // measured (the dashboard, or the first list page) meets an API whose shared code (guards, router, log line)
    // has only had that case's own warm-up to be optimised, while each later case finds it warm
    // (BENCHMARKS.md, "Guards without awaits").
    for (const benchCase of chosenCases) {
      for (const target of [benchCase.http, benchCase.bare]) {
        const warmed = await warmUp(target, WARM_UP_REQUESTS);
        if (warmed.errors || warmed.non2xx)
          throw new Error(`${benchCase.name}: warm-up failed (${JSON.stringify(warmed)})`);
      }
    }

    // One round: every chosen case, POST and the references. `--rounds=N` repeats it on the same servers and
    // data, so "within 2× in every run" is a series the harness prints (report.js, seriesOf), not one reading.
    const measureRound = async () => {
      const results = [];
      for (const benchCase of chosenCases) {
        log(`${benchCase.name}…`);
        const [http, bareHttp] = benchCase.bare
          ? await runHttpInterleaved(benchCase.http, benchCase.bare, INTERLEAVED_SLICES)
          : [await runHttp(benchCase.http), null];
        const sql = await runSql({ pools, query: benchCase.sql, ...load });
        // Read at once, while the floor's connections are still open (the pool closes them when idle).
        const prepared = await preparedPlans(pools);
        const result = {
          name: benchCase.name,
          http,
          sql: { ...sql, ...(prepared.length > 0 && { preparedStatements: prepared }) },
          apiToSqlP50: round(http.p50Ms / sql.p50Ms),
        };
        if (bareHttp) {
          result.bare = {
            http: bareHttp,
            toSqlP50: round(bareHttp.p50Ms / sql.p50Ms),
            apiToBareP50: round(http.p50Ms / bareHttp.p50Ms),
            apiToBareCpu: round(http.cpuMsPerRequest / bareHttp.cpuMsPerRequest),
          };
        }
        results.push(result);
      }

      const newExpense = {
        amountMinor: 1250,
        occurredOn: today(),
        description: 'Coffee',
        merchant: 'Bench cafe',
      };
      if (chosen('POST /expenses')) {
        log('POST /expenses…');
        const created = await runHttp({
          ...load,
          url: `${api.url}/expenses`,
          cpuSeconds: api.cpuSeconds,
          method: 'POST',
          headers: { authorization: `Bearer ${writer.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(newExpense),
        });
        const inserted = await runSql({
          pools,
          query: insertQuery({ userId: writer.id, input: newExpense }),
          ...load,
        });
        results.push({
          name: 'POST /expenses',
          http: created,
          sql: inserted,
          apiToSqlP50: round(created.p50Ms / inserted.p50Ms),
        });
      }

      // References with no floor of their own: what a request costs this API on this machine before any work of
      // ours — the HTTP stack, Nest and the request log alone, then with one trivial statement through Prisma.
      for (const [name, route] of REFERENCE_ROUTES) {
        log(`${name}…`);
        const http = await runHttp({ ...load, url: `${api.url}${route}`, cpuSeconds: api.cpuSeconds });
        results.push({ name, http, sql: null, apiToSqlP50: null, reference: true });
      }
      return results;
    };
    const rounds = [];
    const roundLoadAverages = [];
    for (let index = 1; index <= scale.rounds; index += 1) {
      roundLoadAverages.push(os.loadavg().map(round));
      if (scale.rounds > 1)
        log(`Round ${index} of ${scale.rounds} (load average ${roundLoadAverages.at(-1).join(' ')})`);
      rounds.push(await measureRound());
    }

    const peakRssMb = round(api.peakRssMb());
    const plans = await explainPlans(admin, {
      userId: heavy.id,
      cursor: deepCursor,
      searchText: SEARCH_TEXT,
      limit: PAGE_SIZE + 1,
    });
    return {
      machine: { ...machine, loadAverageAtEnd: os.loadavg().map(round) },
      dataset: {
        name: scale.dataset,
        foreignEvery: scale.foreignEvery,
        foreignCurrencies: scale.foreignCurrencies,
        users: scale.users,
        expenses: scale.totalExpenses,
        heavyUserExpenses: heavy.expenses,
        medianUserExpenses: median.expenses,
        seedSeconds: round(seeded.seconds),
      },
      api: {
        peakRssMb,
        nodeEnv: apiEnv.NODE_ENV,
        nodeOptions: apiEnv.NODE_OPTIONS ?? null,
        nodeFlags,
        mallocArenaMax: apiEnv.MALLOC_ARENA_MAX ?? null,
        poolMax: Number(apiEnv.DATABASE_POOL_MAX),
        logLevel: apiEnv.LOG_LEVEL,
      },
      cases: rounds[0],
      ...(rounds.length > 1 && { laterRounds: rounds.slice(1), roundLoadAverages }),
      plans,
    };
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => log(`cleanup: ${error.message}`));
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The bare-Node reference (bare-server.js), with the API's memory settings. */
async function startBareServer({ databaseUrl, poolMax, nodeFlags, workDir }) {
  const port = await freePort();
  return startNodeServer({
    name: 'bare reference server',
    argv: [...nodeFlags, fileURLToPath(new URL('./bare-server.js', import.meta.url))],
    env: {
      PATH: process.env.PATH,
      ...productionMemoryEnv(),
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      POOL_MAX: poolMax,
    },
    readyUrl: `http://127.0.0.1:${port}/health`,
    logFile: path.join(workDir, 'bare-server.log'),
  });
}

/** One case's answer from the API and from the bare reference, byte for byte. */
async function sameAnswer({ name, http, bare }) {
  const [fromApi, fromBare] = await Promise.all([
    fetch(http.url, { headers: http.headers }).then((response) => response.text()),
    fetch(bare.url).then((response) => response.text()),
  ]);
  if (fromApi !== fromBare)
    throw new Error(
      `${name}: the bare reference's answer differs from the API's:\n${fromBare.slice(0, 300)}\n${fromApi.slice(0, 300)}`,
    );
}

/** The position of the heavy user's row number `offset` in the list's order, as the API's cursor encodes it. */
async function cursorAfter(client, userId, offset) {
  const { rows } = await client.query(
    `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", created_at AS "createdAt", id FROM expenses
     WHERE user_id = $1 ORDER BY occurred_on DESC, created_at DESC, id DESC OFFSET $2 LIMIT 1`,
    [userId, offset - 1],
  );
  if (!rows[0]) throw new Error(`the heavy user has fewer than ${offset} expenses`);
  return { occurredOn: rows[0].occurredOn, createdAt: rows[0].createdAt.toISOString(), id: rows[0].id };
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function round(value) {
  return Math.round(value * 100) / 100;
}

/**
 * @spendwise/db: the data layer's one entry point. The API imports the client factory and the generated types from
 * here, never from `generated/` directly, so the generated code can move without touching its users.
 */
export {
  CLIENT_DEFAULTS,
  createPgPool,
  createPgPools,
  createPrismaClient,
  KEEP_HEAP_BETWEEN_STATEMENTS_SQL,
  type PgPools,
  type PrismaClientOptions,
} from './client';
export type { Pool, PoolClient } from 'pg';
export {
  Prisma,
  PrismaClient,
  type Budget,
  type Category,
  type Expense,
  type User,
} from './generated/prisma/client';
export { queryRows, type QueryRowsOptions, type RowsStatement } from './query-rows';
export { defaultCategoryRows, normalizeCategoryName } from './new-user';
export { seedDemoUser, type SeedDemoUserOptions, type SeedDemoUserResult } from './seed/seed-demo-user';
export {
  ECB_FIRST_DATE,
  EcbRatesError,
  MAX_RATE,
  MIN_RATE,
  parseEcbRates,
  type EcbRate,
  type EcbRatesFile,
} from './rates/ecb';
export {
  ECB_90_DAYS_URL,
  ECB_DAILY_URL,
  EcbFetchError,
  fetchEcbXml,
  type FetchEcbOptions,
} from './rates/fetch';
export {
  importEcbRatesFile,
  importEcbRatesXml,
  importExchangeRates,
  newestRateDate,
  readExchangeRates,
  type ImportRatesResult,
} from './rates/import';

/**
 * @spendwise/db: the data layer's one entry point. The API imports the client factory and the generated types from
 * here, never from `generated/` directly, so the generated code can move without touching its users.
 */
export { CLIENT_DEFAULTS, createPrismaClient, type PrismaClientOptions } from './client';
export {
  Prisma,
  PrismaClient,
  type Budget,
  type Category,
  type Expense,
  type User,
} from './generated/prisma/client';
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
  importEcbRatesFile,
  importExchangeRates,
  readExchangeRates,
  type ImportRatesResult,
} from './rates/import';

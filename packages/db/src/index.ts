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

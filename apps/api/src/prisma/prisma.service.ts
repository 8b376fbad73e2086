import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createPgPools, createPrismaClient, type PgPools, type Pool, type PrismaClient } from '@spendwise/db';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { passwordCallback } from './database-credential';

const READINESS_TIMEOUT_MS = 2_000;

/**
 * The API's database connections: Prisma's client over `pool`, the raw reads and the bank import's `COPY` on that
 * same pool, and the dashboard's named prepared statements on `preparedPool` (createPgPools says why two, and
 * splits DATABASE_POOL_MAX between them). Closed after the HTTP server has stopped and drained its in-flight
 * requests (`onApplicationShutdown` runs after Nest closes the server).
 */
@Injectable()
export class PrismaService implements OnApplicationShutdown, PgPools {
  readonly client: PrismaClient;
  readonly pool: Pool;
  readonly preparedPool: Pool;

  constructor(@InjectConfig() config: AppConfig) {
    const options = {
      databaseUrl: config.database.url,
      poolMax: config.database.poolMax,
      password: passwordCallback(config.database.credential),
    };
    ({ pool: this.pool, preparedPool: this.preparedPool } = createPgPools(options));
    this.client = createPrismaClient(options, this.pool);
  }

  /** True when the database answers a trivial query in time (readiness probe). */
  async isReachable(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const probe = this.client.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // $disconnect ends `pool` too (createPrismaClient).
    await Promise.all([this.client.$disconnect(), this.preparedPool.end()]);
  }
}

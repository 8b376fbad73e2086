import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createPgPool, createPrismaClient, type Pool, type PrismaClient } from '@spendwise/db';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { passwordCallback } from './database-credential';

const READINESS_TIMEOUT_MS = 2_000;

/**
 * The API's one database client (a pg pool behind Prisma's driver adapter). Closed after the HTTP server has
 * stopped and drained its in-flight requests (`onApplicationShutdown` runs after Nest closes the server). `pool`
 * is that same pool, for the one thing Prisma cannot send: the bank import's `COPY` (imports/import-staging.repository.ts).
 */
@Injectable()
export class PrismaService implements OnApplicationShutdown {
  readonly client: PrismaClient;
  readonly pool: Pool;

  constructor(@InjectConfig() config: AppConfig) {
    const options = {
      databaseUrl: config.database.url,
      poolMax: config.database.poolMax,
      password: passwordCallback(config.database.credential),
    };
    this.pool = createPgPool(options);
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
    await this.client.$disconnect();
  }
}

import { Injectable } from '@nestjs/common';
import { type Readiness } from '@spendwise/contracts';
import { PrismaService } from '../prisma/prisma.service';
import { ShutdownState } from './shutdown-state';

@Injectable()
export class HealthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Ready when not shutting down and the database answers. */
  async readiness(): Promise<Readiness> {
    const databaseUp = !this.shutdown.isDraining && (await this.prisma.isReachable());
    return { status: databaseUp ? 'ok' : 'unavailable', checks: { database: databaseUp ? 'up' : 'down' } };
  }
}

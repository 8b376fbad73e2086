import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Liveness, Readiness } from '@spendwise/contracts';
import { type FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { ApiResult } from '../openapi/api-responses';
import { SkipRateLimits } from '../rate-limit/skip-rate-limits.decorator';
import { HealthService } from './health.service';

@ApiTags('Health')
@Public()
@SkipRateLimits()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up (no dependency checks)' })
  @ApiResult(200, Liveness, 'Alive')
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database is reachable and the process is not shutting down' })
  @ApiResult(200, Readiness, 'Ready')
  @ApiResult(503, Readiness, 'Not ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const readiness = await this.health.readiness();
    if (readiness.status !== 'ok') void reply.status(503);
    return readiness;
  }
}

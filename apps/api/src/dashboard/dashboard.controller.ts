import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Dashboard, DashboardQuery } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { DashboardService } from './dashboard.service';

@ApiTags('Dashboard')
@ApiPrivate()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({
    summary:
      'Month total and change, per-category totals with budgets, daily and 12-month totals, recent expenses',
  })
  @ApiResult(200, Dashboard, 'The dashboard for the month')
  @ApiErrors(400)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: DashboardQuery }) query: DashboardQuery,
  ): Promise<Dashboard> {
    return this.dashboard.forMonth(user, query.month);
  }
}

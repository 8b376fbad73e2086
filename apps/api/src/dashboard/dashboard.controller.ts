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
    description:
      "Every total is in the user's currency (the base currency). Expenses recorded in another currency are " +
      'converted at the ECB reference rate of their date (a weekend or holiday uses the last rate at most 7 days ' +
      'old), each (currency, day, category) group rounded half to even. Expenses with no usable rate are in no ' +
      'total: `notInTotals` lists them per currency, with their dates, until a rate for those dates is imported. ' +
      '`upcoming` lists what active recurring series will still add from tomorrow through the end of the ' +
      'current month (computed from their schedules, never stored ahead), totalled per currency, never converted.',
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

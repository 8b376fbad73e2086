import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CreateRecurringSeries,
  CreateRecurringSeriesInput,
  EndRecurringSeriesInput,
  IsoDate,
  RecurringSeriesDetail,
  RecurringSeriesList,
  type UpdateRecurringSeries,
  UpdateRecurringSeriesInput,
  Uuid,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { RecurringService } from './recurring.service';

@ApiTags('Recurring')
@ApiPrivate()
@Controller('recurring')
export class RecurringController {
  constructor(private readonly recurring: RecurringService) {}

  @Get()
  @ApiOperation({
    summary: 'Recurring series, newest first, each with its next date (due ones are generated first)',
  })
  @ApiResult(200, RecurringSeriesList, 'All series')
  list(@CurrentUser() user: AuthenticatedUser): Promise<RecurringSeriesList> {
    return this.recurring.list(user);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a series; its occurrences up to today become expenses at once, later ones on their date',
  })
  @ApiResult(201, RecurringSeriesDetail, 'Created')
  @ApiErrors(400, 413, 415)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateRecurringSeriesInput }) input: CreateRecurringSeries,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.create(user, input);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One series with the record of each of its dates (generated, skipped, deleted)' })
  @ApiResult(200, RecurringSeriesDetail, 'The series')
  @ApiErrors(400, 404)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change what a series spends: one occurrence, this and future (splits the series), or the whole series',
    description:
      'scope occurrence edits the expense of the occurrence on `on`; future ends this series the day before `on` ' +
      'and answers with the new series that carries on from it; series changes every occurrence, past ones too.',
  })
  @ApiResult(200, RecurringSeriesDetail, 'The series carrying the change (a new one for scope future)')
  @ApiErrors(400, 404, 409, 413, 415)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: UpdateRecurringSeriesInput }) input: UpdateRecurringSeries,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.update(user, id, input);
  }

  @Post(':id/occurrences/:date/skip')
  @HttpCode(200)
  @ApiOperation({ summary: 'Skip one occurrence that is not an expense yet; it will never be generated' })
  @ApiResult(200, RecurringSeriesDetail, 'Skipped (again is fine)')
  @ApiErrors(400, 404, 409)
  skip(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Param('date', { schema: IsoDate }) date: string,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.skip(user, id, date);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause: nothing is generated until resumed' })
  @ApiResult(200, RecurringSeriesDetail, 'Paused')
  @ApiErrors(400, 404)
  pause(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.setPaused(user, id, true);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resume: dates that fell in the pause are not made up; today and later are generated',
  })
  @ApiResult(200, RecurringSeriesDetail, 'Resumed')
  @ApiErrors(400, 404)
  resume(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.setPaused(user, id, false);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End the series: `on` is the last date it may occur on' })
  @ApiResult(200, RecurringSeriesDetail, 'Ended')
  @ApiErrors(400, 404, 409, 413, 415)
  end(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: EndRecurringSeriesInput }) input: EndRecurringSeriesInput,
  ): Promise<RecurringSeriesDetail> {
    return this.recurring.end(user, id, input.on);
  }
}

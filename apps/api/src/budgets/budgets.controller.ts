import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Budget,
  BudgetList,
  BudgetListQuery,
  SetBudgetInput,
  UpdateBudgetInput,
  Uuid,
} from '@spendwise/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { BudgetsService } from './budgets.service';

@ApiTags('Budgets')
@ApiPrivate()
@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get()
  @ApiOperation({
    summary: 'Monthly budgets: the overall one (categoryId null) first, then per category',
    description:
      'Each budget as it was in `month`: with the amount in effect that month (the one set from the latest month ' +
      'on or before it) and the month that amount applies from. Budgets whose first amount starts after `month` ' +
      'are left out.',
  })
  @ApiResult(200, BudgetList, 'The budgets in effect in the month')
  @ApiErrors(400)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: BudgetListQuery }) query: BudgetListQuery,
  ): Promise<BudgetList> {
    return this.budgets.list(user, query.month);
  }

  @Put()
  @ApiOperation({ summary: 'Set the monthly budget for a category, or the overall one with categoryId null' })
  @ApiResult(201, Budget, 'Created')
  @ApiResult(200, Budget, 'Replaced the existing budget for that category')
  @ApiErrors(400)
  async set(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: SetBudgetInput }) input: SetBudgetInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Budget> {
    const { budget, created } = await this.budgets.set(user, input);
    void reply.status(created ? 201 : 200);
    return budget;
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a budget's amount" })
  @ApiResult(200, Budget, 'Updated')
  @ApiErrors(400, 404)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: UpdateBudgetInput }) input: UpdateBudgetInput,
  ): Promise<Budget> {
    return this.budgets.update(user, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a budget' })
  @ApiNoContent('Removed')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.budgets.remove(user, id);
  }
}

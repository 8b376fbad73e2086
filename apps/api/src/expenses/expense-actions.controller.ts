import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type BulkExpense,
  BulkExpenseInput,
  BulkExpenseResult,
  UNDO_WINDOW_HOURS,
  UndoableActionList,
  UndoResult,
  Uuid,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { ExpenseActionsService } from './expense-actions.service';

@ApiTags('Expenses')
@ApiPrivate()
@Controller('expenses')
export class ExpenseActionsController {
  constructor(private readonly actions: ExpenseActionsService) {}

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Delete, recategorise, tag or untag many expenses at once, undoably',
    description:
      `All or nothing: if one id is not yours, nothing changes (404 naming ids). The answer carries the undo, ` +
      `which stays possible for ${UNDO_WINDOW_HOURS} hours (POST /expenses/undo/{id}).`,
  })
  @ApiResult(200, BulkExpenseResult, 'Done; how many changed, and how to undo it')
  @ApiErrors(400, 404, 409, 413, 415)
  apply(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: BulkExpenseInput }) input: BulkExpense,
  ): Promise<BulkExpenseResult> {
    return this.actions.apply(user, input);
  }

  @Get('undo')
  @ApiOperation({ summary: 'Your bulk actions that can still be undone, newest first' })
  @ApiResult(200, UndoableActionList, 'At most 10')
  listUndoable(@CurrentUser() user: AuthenticatedUser): Promise<UndoableActionList> {
    return this.actions.undoable(user);
  }

  @Post('undo/:id')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Undo a bulk action: put the expenses back as it found them',
    description:
      'Expenses changed again since (or, for a delete, imported or recorded again since) are left as they are ' +
      'and counted as skipped, so nothing is lost or doubled. 409 once undone or when too old.',
  })
  @ApiResult(200, UndoResult, 'Undone')
  @ApiErrors(400, 404, 409)
  undo(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<UndoResult> {
    return this.actions.undo(user, id);
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  type CreateExpense,
  CreateExpenseInput,
  Expense,
  ExpenseFilters,
  ExpensePage,
  ExpenseSummary,
  ListExpensesQuery,
  type UpdateExpense,
  UpdateExpenseInput,
  Uuid,
} from '@spendwise/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LongRunning } from '../http/long-running-routes';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { ExpenseExportService } from './expense-export.service';
import { ExpenseListService } from './expense-list.service';
import { ExpensesService } from './expenses.service';
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from './idempotency-key';

@ApiTags('Expenses')
@ApiPrivate()
@Controller('expenses')
export class ExpensesController {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly list: ExpenseListService,
    private readonly exporter: ExpenseExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List expenses, newest first, filtered, one page at a time (cursor pagination)' })
  @ApiResult(200, ExpensePage, 'A page; pass nextCursor as cursor for the next one')
  @ApiErrors(400)
  page(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ListExpensesQuery }) query: ListExpensesQuery,
  ): Promise<ExpensePage> {
    return this.list.page(user, query);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'How many expenses the list filters match, and their total in your base currency',
    description:
      'Over every page. Each expense in another currency is converted at the rate of its date (per currency and ' +
      'day, rounded half-even once, as the dashboard does); those no rate converts are counted apart, never 1:1.',
  })
  @ApiResult(200, ExpenseSummary, 'Count and total of the filtered list')
  @ApiErrors(400)
  summary(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ExpenseFilters }) filters: ExpenseFilters,
  ): Promise<ExpenseSummary> {
    return this.list.summary(user, filters);
  }

  @Get('export.csv')
  @LongRunning()
  @ApiOperation({
    summary: 'Download the expenses matching the list filters as CSV (streamed)',
    description:
      'Each row keeps its amount and currency as recorded, then gives the amount in your base currency (converted ' +
      'at the rate of its date, ECB’s or your own), the base currency, the rates used ("1 EUR = 1.1666 USD ' +
      '(2026-12-04)"), and — when no rate converts it — an empty converted amount and the reason. Never 1:1.',
  })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'CSV (UTF-8 with BOM, CRLF), one row per expense, newest first',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(400)
  async export(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ExpenseFilters }) filters: ExpenseFilters,
  ): Promise<StreamableFile> {
    const filename = `spendwise-expenses-${new Date().toISOString().slice(0, 10)}.csv`;
    return new StreamableFile(await this.exporter.csv(user, filters), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Post()
  @ApiOperation({ summary: "Record an expense in the user's currency" })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Retrying with the same key returns the expense already created (200) instead of a duplicate; 409 when the key was used with another body or its expense was deleted',
  })
  @ApiResult(201, Expense, 'Created')
  @ApiResult(200, Expense, 'Already created by an earlier request with the same Idempotency-Key')
  @ApiErrors(400, 409, 413, 415)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateExpenseInput }) input: CreateExpense,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKeyHeader: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Expense> {
    const { expense, replayed } = await this.expenses.create(
      user,
      input,
      parseIdempotencyKey(idempotencyKeyHeader),
    );
    if (replayed) void reply.status(200).header('idempotent-replayed', 'true');
    return expense;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One expense' })
  @ApiResult(200, Expense, 'The expense')
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', { schema: Uuid }) id: string): Promise<Expense> {
    return this.expenses.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an expense (send only the fields to change; categoryId null uncategorises)',
  })
  @ApiResult(200, Expense, 'Updated')
  @ApiErrors(400, 404, 413, 415)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: UpdateExpenseInput }) input: UpdateExpense,
  ): Promise<Expense> {
    return this.expenses.update(user, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an expense' })
  @ApiNoContent('Deleted')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.expenses.remove(user, id);
  }
}

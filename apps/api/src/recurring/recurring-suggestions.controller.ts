import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecurringSuggestionKey, RecurringSuggestionList } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { RecurringSuggestionsService } from './recurring-suggestions.service';

@ApiTags('Recurring')
@ApiPrivate()
@Controller('recurring/suggestions')
export class RecurringSuggestionsController {
  constructor(private readonly suggestions: RecurringSuggestionsService) {}

  @Get()
  @ApiOperation({
    summary: 'Series your history suggests: the same merchant and amount, monthly or weekly, up to lately',
    description:
      'Accept one by creating the series (POST /recurring) from its fields; it then no longer shows. Expenses a ' +
      'series made are not read; habits an active series covers and dismissed ones are not listed.',
  })
  @ApiResult(200, RecurringSuggestionList, 'Most established first, at most 20')
  list(@CurrentUser() user: AuthenticatedUser): Promise<RecurringSuggestionList> {
    return this.suggestions.list(user);
  }

  @Post(':key/dismiss')
  @HttpCode(204)
  @ApiOperation({ summary: 'Never suggest this one again (a new amount is a new suggestion)' })
  @ApiNoContent('Dismissed (again is fine)')
  @ApiErrors(400, 404)
  async dismiss(
    @CurrentUser() user: AuthenticatedUser,
    @Param('key', { schema: RecurringSuggestionKey }) key: string,
  ): Promise<void> {
    await this.suggestions.dismiss(user, key);
  }
}

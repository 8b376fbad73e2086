import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CategorisationRule,
  CategorisationRuleList,
  CreateCategorisationRuleInput,
  MAX_RULES,
  UpdateCategorisationRuleInput,
  Uuid,
} from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { CategorisationRulesService } from './categorisation-rules.service';

const PRECEDENCE =
  'The import preview suggests the category of your rule before the one your past expenses have: an `equals` ' +
  'rule for the whole merchant (or description) first, else the `contains` rule with the longest text.';

@ApiTags('Imports')
@ApiPrivate()
@Controller('categorisation-rules')
export class CategorisationRulesController {
  constructor(private readonly rules: CategorisationRulesService) {}

  @Get()
  @ApiOperation({
    summary: 'Your categorisation rules (merchant → category), learned and written',
    description: PRECEDENCE,
  })
  @ApiResult(200, CategorisationRuleList, 'Your rules')
  list(@CurrentUser() user: AuthenticatedUser): Promise<CategorisationRuleList> {
    return this.rules.list(user);
  }

  @Post()
  @ApiOperation({
    summary: 'Write a rule: merchants equal to (or containing) a text get a category in the import preview',
    description: `${PRECEDENCE} At most ${MAX_RULES} rules (409 beyond); the same kind and text twice is a 409 naming the rule you have.`,
  })
  @ApiResult(201, CategorisationRule, 'Created')
  @ApiErrors(400, 409)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: CreateCategorisationRuleInput }) input: CreateCategorisationRuleInput,
  ): Promise<CategorisationRule> {
    return this.rules.create(user, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a rule; from then on it is yours (written), and importing never changes it',
  })
  @ApiResult(200, CategorisationRule, 'Updated')
  @ApiErrors(400, 404, 409)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
    @Body({ schema: UpdateCategorisationRuleInput }) input: UpdateCategorisationRuleInput,
  ): Promise<CategorisationRule> {
    return this.rules.update(user, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a rule (a category you choose again in an import learns it again)' })
  @ApiNoContent('Removed')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', { schema: Uuid }) id: string,
  ): Promise<void> {
    await this.rules.remove(user, id);
  }
}

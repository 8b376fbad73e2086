import { Body, Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MAX_PERSONAL_RATES,
  PersonalRate,
  PersonalRateList,
  RateCurrency,
  RateDate,
  SetPersonalRateInput,
} from '@spendwise/contracts';
import { type FastifyReply } from 'fastify';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { PersonalRatesService } from './personal-rates.service';

const PRECEDENCE =
  'A rate is 1 EUR = `rate` units of `currency` on `date` (ECB’s form), used only for your own totals: where you ' +
  'have a rate for a currency and date, it wins over ECB’s; otherwise the nearest earlier rate (yours or ECB’s, at ' +
  'most 7 days old) converts. Expenses counted apart for want of a rate count as soon as one exists.';

@ApiTags('Exchange rates')
@ApiPrivate()
@Controller('me/exchange-rates')
export class PersonalRatesController {
  constructor(private readonly rates: PersonalRatesService) {}

  @Get()
  @ApiOperation({ summary: 'The exchange rates you entered yourself', description: PRECEDENCE })
  @ApiResult(200, PersonalRateList, 'Your rates, by currency, newest date first')
  list(@CurrentUser() user: AuthenticatedUser): Promise<PersonalRateList> {
    return this.rates.list(user);
  }

  @Put(':currency/:date')
  @ApiOperation({
    summary: 'Enter your own rate for a currency on a date (e.g. one ECB does not publish)',
    description:
      `${PRECEDENCE} The rate is a decimal string within [0.0001, 10000000] with at most 10 decimals, stored ` +
      'exactly; `currency` is a current ISO 4217 code other than EUR, `date` YYYY-MM-DD from 1999-01-04 on. 409 ' +
      `(details naming \`rate\`) for a new rate beyond the ${MAX_PERSONAL_RATES} a person may keep.`,
  })
  @ApiResult(201, PersonalRate, 'Created')
  @ApiResult(200, PersonalRate, 'Replaced your rate for that currency and date')
  @ApiErrors(400, 409)
  async set(
    @CurrentUser() user: AuthenticatedUser,
    @Param('currency', { schema: RateCurrency }) currency: string,
    @Param('date', { schema: RateDate }) date: string,
    @Body({ schema: SetPersonalRateInput }) input: SetPersonalRateInput,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalRate> {
    const { rate, created } = await this.rates.set(user, currency, date, input.rate);
    void reply.status(created ? 201 : 200);
    return rate;
  }

  @Delete(':currency/:date')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove your rate for a currency on a date (ECB’s, if any, applies again)' })
  @ApiNoContent('Removed')
  @ApiErrors(400, 404)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('currency', { schema: RateCurrency }) currency: string,
    @Param('date', { schema: RateDate }) date: string,
  ): Promise<void> {
    await this.rates.remove(user, currency, date);
  }
}

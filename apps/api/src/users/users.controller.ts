import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UpdateProfileInput, UserProfile } from '@spendwise/contracts';
import { AccessToken } from '../auth/access-token.decorator';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiNoContent, ApiPrivate, ApiResult } from '../openapi/api-responses';
import { UsersService } from './users.service';

@ApiTags('Profile')
@ApiPrivate()
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The caller's profile (created with default categories on first request)" })
  @ApiResult(200, UserProfile, 'The profile')
  getMe(@CurrentUser() user: AuthenticatedUser): Promise<UserProfile> {
    return this.users.getProfile(user);
  }

  @Patch()
  @ApiOperation({
    summary: 'Change display name, currency (ISO 4217), time zone (IANA) or budget alerts (on/off)',
    description:
      'The currency is the base currency: expenses keep the currency they were recorded in (the dashboard converts ' +
      'them at the rate of their date), budgets are converted into the new currency at the latest ECB rate. 409 ' +
      '(details naming `currency`) when a budget cannot be converted for want of a rate: nothing is changed.',
  })
  @ApiResult(200, UserProfile, 'The updated profile')
  @ApiErrors(400, 409)
  updateMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateProfileInput }) input: UpdateProfileInput,
  ): Promise<UserProfile> {
    return this.users.updateProfile(user, input);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete the account: every row of the caller in every table and their Cognito user',
    description:
      'All or nothing: the rows are deleted in one transaction that commits only once Cognito has deleted the ' +
      "user (DeleteUser with the caller's access token). Afterwards the token is refused (401) and no longer " +
      'refreshes. 503 when Cognito cannot be reached: nothing was deleted, try again. The web app asks for the ' +
      'password and a typed confirmation first.',
  })
  @ApiNoContent('Deleted; sign out')
  deleteMe(@CurrentUser() user: AuthenticatedUser, @AccessToken() accessToken: string): Promise<void> {
    return this.users.deleteAccount(user, accessToken);
  }
}

import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UpdateProfileInput, UserProfile } from '@spendwise/contracts';
import { type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiErrors, ApiPrivate, ApiResult } from '../openapi/api-responses';
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
  @ApiOperation({ summary: 'Change display name, currency (ISO 4217) or time zone (IANA)' })
  @ApiResult(200, UserProfile, 'The updated profile')
  @ApiErrors(400)
  updateMe(
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateProfileInput }) input: UpdateProfileInput,
  ): Promise<UserProfile> {
    return this.users.updateProfile(user, input);
  }
}

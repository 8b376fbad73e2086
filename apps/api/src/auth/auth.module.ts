import { Module } from '@nestjs/common';
import { AccessTokenVerifier } from './access-token-verifier';
import { ActiveSessions } from './active-sessions';
import { AuthGuard } from './auth.guard';
import { BearerAuthenticator } from './bearer-authenticator';
import { CognitoUserDirectory } from './cognito-user-directory';
import { UserProvisioningRepository } from './user-provisioning.repository';
import { UserProvisioningService } from './user-provisioning.service';

/**
 * Who is calling: Cognito access-token authentication, and the user row behind a token (provisioned on first
 * sight). The guard is registered globally by the app module. Features import this module, never the reverse:
 * UsersModule deletes accounts with its CognitoUserDirectory and UserProvisioningService.
 */
@Module({
  providers: [
    AccessTokenVerifier,
    ActiveSessions,
    BearerAuthenticator,
    AuthGuard,
    CognitoUserDirectory,
    UserProvisioningService,
    UserProvisioningRepository,
  ],
  exports: [AuthGuard, CognitoUserDirectory, UserProvisioningService],
})
export class AuthModule {}

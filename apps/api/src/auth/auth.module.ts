import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module';
import { AccessTokenVerifier } from './access-token-verifier';
import { ActiveSessions } from './active-sessions';
import { AuthGuard } from './auth.guard';
import { CognitoBearerStrategy } from './cognito-bearer.strategy';

/**
 * Cognito access-token authentication. The guard is registered globally by the app module. CognitoUserDirectory
 * comes from UsersModule, which also deletes accounts with it.
 */
@Module({
  imports: [PassportModule.register({ session: false }), UsersModule],
  providers: [AccessTokenVerifier, ActiveSessions, CognitoBearerStrategy, AuthGuard],
  exports: [AuthGuard],
})
export class AuthModule {}

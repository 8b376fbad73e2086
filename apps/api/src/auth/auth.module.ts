import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module';
import { AccessTokenVerifier } from './access-token-verifier';
import { ActiveSessions } from './active-sessions';
import { AuthGuard } from './auth.guard';
import { CognitoBearerStrategy } from './cognito-bearer.strategy';
import { CognitoUserDirectory } from './cognito-user-directory';

/** Cognito access-token authentication. The guard is registered globally by the app module. */
@Module({
  imports: [PassportModule.register({ session: false }), UsersModule],
  providers: [AccessTokenVerifier, CognitoUserDirectory, ActiveSessions, CognitoBearerStrategy, AuthGuard],
  exports: [AuthGuard],
})
export class AuthModule {}

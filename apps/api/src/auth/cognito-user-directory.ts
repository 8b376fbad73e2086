import { Injectable, Logger } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { CHALLENGE_INVALID_TOKEN } from './bearer-challenge';

const GET_USER_TIMEOUT_MS = 5_000;

interface GetUserResponse {
  UserAttributes?: Array<{ Name: string; Value?: string }>;
}

/**
 * Asks Cognito about the caller with their own access token (GetUser: no AWS credentials involved). An answer means
 * the token's session is still active; it carries the email, which Cognito owns, so the address the API stores is
 * never taken from anything the client could edit. Cognito refusing the token (signed out, user deleted or
 * disabled) is a 401; Cognito unreachable is a 503.
 */
@Injectable()
export class CognitoUserDirectory {
  private readonly logger = new Logger(CognitoUserDirectory.name);
  private readonly endpoint: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.endpoint = `${config.cognito.apiEndpoint}/`;
  }

  async getEmail(accessToken: string): Promise<string> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: accessToken }),
      signal: AbortSignal.timeout(GET_USER_TIMEOUT_MS),
    }).catch((error: unknown) => {
      this.logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'Cognito unreachable',
      );
      throw new ServiceUnavailableError();
    });

    const payload = (await response.json().catch(() => ({}))) as GetUserResponse & { __type?: string };
    if (response.status >= 400 && response.status < 500) {
      // Revoked token, signed-out session, deleted user: the token is no longer good for anything.
      this.logger.log(
        {
          reason: String(payload.__type ?? response.status)
            .split('#')
            .pop(),
        },
        'GetUser refused',
      );
      throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
    }
    if (!response.ok) {
      this.logger.warn({ status: response.status }, 'Cognito GetUser failed');
      throw new ServiceUnavailableError();
    }
    const email = payload.UserAttributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (!email) throw new Error('The Cognito user has no email attribute; the user pool must require one');
    return email;
  }
}

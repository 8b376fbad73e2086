import { Injectable, Logger } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { ServiceUnavailableError, UnauthenticatedError } from '../errors/domain-error';
import { CHALLENGE_INVALID_TOKEN } from './bearer-challenge';

const COGNITO_TIMEOUT_MS = 5_000;

interface GetUserResponse {
  UserAttributes?: Array<{ Name: string; Value?: string }>;
}

// Cognito's answers that mean the session is over: signed out or revoked, expired, user disabled (all
// NotAuthorizedException), user deleted, or the user must reset or confirm before using the account again.
const SESSION_ENDED = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
]);

/**
 * Asks Cognito about the caller with their own access token (GetUser: no AWS credentials involved). An answer means
 * the token's session is still active; it carries the email, which Cognito owns, so the address the API stores is
 * never taken from anything the client could edit.
 *
 * Cognito's refusals are classified: only those that mean the session has ended (SESSION_ENDED) are a 401.
 * Everything else — TooManyRequestsException (a 400 in Cognito's protocol), LimitExceededException,
 * InternalErrorException and other 5xx, a timeout, no connection, and any refusal not known to end a session —
 * says nothing about the token and is a ServiceUnavailableError, which ActiveSessions rides out in its grace window.
 */
@Injectable()
export class CognitoUserDirectory {
  private readonly logger = new Logger(CognitoUserDirectory.name);
  private readonly endpoint: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.endpoint = `${config.cognito.apiEndpoint}/`;
  }

  async getEmail(accessToken: string): Promise<string> {
    const payload = await this.call<GetUserResponse>('GetUser', accessToken);
    const email = payload.UserAttributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (!email) throw new Error('The Cognito user has no email attribute; the user pool must require one');
    return email;
  }

  /**
   * Deletes the caller's Cognito user (DeleteUser, authorised by their own access token). Afterwards no token of
   * theirs refreshes and GetUser answers UserNotFound/NotAuthorized, so every session ends. A token whose session
   * has already ended is a 401; anything else that stops Cognito from answering is a 503 and nothing was deleted.
   */
  async deleteUser(accessToken: string): Promise<void> {
    await this.call('DeleteUser', accessToken);
  }

  private async call<T>(operation: 'GetUser' | 'DeleteUser', accessToken: string): Promise<T> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify({ AccessToken: accessToken }),
      signal: AbortSignal.timeout(COGNITO_TIMEOUT_MS),
    }).catch((error: unknown) => {
      this.logger.warn(
        { operation, reason: error instanceof Error ? error.message : String(error) },
        'Cognito unreachable',
      );
      throw new ServiceUnavailableError();
    });

    const payload = (await response.json().catch(() => ({}))) as T & { __type?: string };
    if (!response.ok) {
      const reason = errorType(payload.__type, response.headers.get('x-amzn-errortype'));
      if (response.status < 500 && SESSION_ENDED.has(reason)) {
        this.logger.log({ operation, reason }, `${operation} refused: the session has ended`);
        throw new UnauthenticatedError(CHALLENGE_INVALID_TOKEN);
      }
      this.logger.warn({ operation, status: response.status, reason }, `Cognito ${operation} failed`);
      throw new ServiceUnavailableError();
    }
    return payload;
  }
}

/** Cognito names its errors in `__type` (sometimes prefixed `namespace#`) and in `x-amzn-ErrorType` (`Name:…`). */
function errorType(bodyType: string | undefined, header: string | null): string {
  const raw = bodyType ?? header ?? 'unknown';
  return raw.split('#').pop()!.split(':')[0]!;
}

/**
 * Errors with the names and messages real Cognito returns. The server answers a CognitoError with HTTP 400
 * `{ __type: <name>, message }`, which is how the AWS SDK and Amplify read Cognito errors.
 */

export class CognitoError extends Error {
  /** @param {string} code Cognito's error name, e.g. `NotAuthorizedException` @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * Something real Cognito does that this emulator does not: answered with HTTP 500 and a message naming it, so
 * a test or a developer sees the gap instead of a plausible wrong answer.
 */
export class UnsupportedError extends Error {}

export const resourceNotFound = (message) => new CognitoError('ResourceNotFoundException', message);

// The one answer for a wrong password AND an unknown user: the web client has PreventUserExistenceErrors
// ENABLED, so Cognito does not reveal which of the two it was.
export const incorrectCredentials = () =>
  new CognitoError('NotAuthorizedException', 'Incorrect username or password.');

export const notAuthorized = (message) => new CognitoError('NotAuthorizedException', message);

export const codeMismatch = () =>
  new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');

export const expiredCode = () =>
  new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');

export const invalidPassword = (unmetRule) =>
  new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${unmetRule}`);

export const invalidParameter = (message) => new CognitoError('InvalidParameterException', message);

export const userNotFound = () => new CognitoError('UserNotFoundException', 'User does not exist.');

export const userNotConfirmed = () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.');

export const passwordResetRequired = () =>
  new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');

export const usernameExists = () =>
  new CognitoError('UsernameExistsException', 'An account with the given email already exists.');

export const invalidSession = () => notAuthorized('Invalid session for the user, session is expired.');

// VerifySoftwareToken's answer to a wrong code (not CodeMismatchException, which sign-in uses).
export const softwareTokenCodeMismatch = () =>
  new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');

export const mfaCodeMismatch = () =>
  new CognitoError('CodeMismatchException', 'Invalid code received for user');

// A TOTP code is good for one use (RFC 6238 §5.2); Cognito answers a second use within its window this way.
export const softwareTokenAlreadyUsed = () =>
  new CognitoError('ExpiredCodeException', 'Your software token has already been used once.');

export const softwareTokenMfaNotFound = (message) =>
  new CognitoError('SoftwareTokenMFANotFoundException', message);

/**
 * Cognito emails or texts codes; locally they are printed, one line each, where developers look (the dev
 * output, `docker compose logs`). Replaces cognito-local's boxed console message, which spans a dozen lines.
 */
const WHAT_THE_CODE_IS = {
  SignUp: 'confirmation code',
  ResendCode: 'confirmation code',
  ForgotPassword: 'password reset code',
  AdminCreateUser: 'temporary password',
  UpdateUserAttribute: 'verification code',
  VerifyUserAttribute: 'verification code',
  Authentication: 'sign-in code',
};

/** cognito-local's Messages interface. @param {(line: string) => void} log */
export function createCodePrinter(log) {
  return {
    async deliver(_ctx, source, _clientId, _userPoolId, _user, code, _clientMetadata, deliveryDetails) {
      log(`${WHAT_THE_CODE_IS[source] ?? 'code'} for ${deliveryDetails.Destination}: ${code}`);
    },
  };
}

/**
 * Cognito emails or texts codes; locally they are printed, one line each, where developers look (the dev
 * output, `docker compose logs`).
 */
/** @type {Record<string, string>} */
const WHAT_THE_CODE_IS = {
  SignUp: 'confirmation code',
  ResendCode: 'confirmation code',
  ForgotPassword: 'password reset code',
  AdminCreateUser: 'temporary password',
};

/** @param {(line: string) => void} log */
export function createCodePrinter(log) {
  return {
    /** @param {{ source: string, destination: string, code: string }} message */
    deliver({ source, destination, code }) {
      log(`${WHAT_THE_CODE_IS[source] ?? 'code'} for ${destination}: ${code}`);
    },
  };
}

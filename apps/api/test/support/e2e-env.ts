/** Where global-setup started everything (E2E_* variables). */
export function e2eEnv() {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is not set: run the suites with \`npm run test:e2e -w @spendwise/api\``);
    return value;
  };
  return {
    apiUrl: read('E2E_API_URL'),
    apiLog: read('E2E_API_LOG'),
    /** The API's TMPDIR, where it spools uploads. */
    apiTmpDir: read('E2E_API_TMPDIR'),
    databaseUrl: read('E2E_DATABASE_URL'),
    cognitoEndpoint: read('E2E_COGNITO_ENDPOINT'),
    /** The emulator's private key (its data folder), for forging attack tokens. */
    cognitoSigningKey: read('E2E_COGNITO_SIGNING_KEY'),
  };
}

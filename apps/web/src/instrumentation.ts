/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { config } = await import('@/lib/config');
  if (!config.NEXT_PUBLIC_COGNITO_ENDPOINT) return;
  const { installEmulatorJwksBridge } = await import('@/lib/amplify/emulator-jwks-bridge');
  // Amplify warns about the custom (emulator) endpoint on every server request; it is intended here.
  const { ConsoleLogger } = await import('aws-amplify/utils');
  ConsoleLogger.LOG_LEVEL = 'ERROR';
  installEmulatorJwksBridge({
    region: config.NEXT_PUBLIC_AWS_REGION,
    userPoolId: config.NEXT_PUBLIC_COGNITO_USER_POOL_ID,
    emulatorEndpoint: config.NEXT_PUBLIC_COGNITO_ENDPOINT,
  });
}

/**
 * Local emulator only. The Next.js adapter validates session cookies with `aws-jwt-verify`, which always
 * downloads the signing keys from `https://cognito-idp.<region>.amazonaws.com/<pool>/.well-known/jwks.json`
 * and offers no way to point it elsewhere. The emulator signs tokens with that issuer but serves its keys
 * itself, so in local mode exactly that one URL is answered from the emulator. Every other request is untouched,
 * and nothing here is installed unless NEXT_PUBLIC_COGNITO_ENDPOINT (a loopback URL) is configured.
 */
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';

interface Pool {
  region: string;
  userPoolId: string;
  emulatorEndpoint: string;
}

function awsJwksUrl({ region, userPoolId }: Pick<Pool, 'region' | 'userPoolId'>): string {
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}/.well-known/jwks.json`;
}

export function installEmulatorJwksBridge(pool: Pool): void {
  const awsUrl = awsJwksUrl(pool);
  const emulatorUrl = `${pool.emulatorEndpoint}/${pool.userPoolId}/.well-known/jwks.json`;
  const originalRequest = https.request;

  const bridgedRequest = ((...args: Parameters<typeof https.request>) => {
    const [target] = args;
    if (typeof target === 'string' || target instanceof URL) {
      if (String(target) === awsUrl) {
        const [, optionsOrCallback, callback] = args as [unknown, unknown, unknown];
        return http.request(emulatorUrl, optionsOrCallback as http.RequestOptions, callback as never);
      }
    }
    return originalRequest(...args);
  }) as typeof https.request;

  https.request = bridgedRequest;
  // Modules that imported `request` as an ES binding see the replacement too.
  syncBuiltinESMExports();
}

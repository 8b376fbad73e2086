/**
 * The embedded stack's settings: ports (overridable by env) and the environment each app gets.
 * These are local-development values only; real environments get theirs from Terraform and Secrets Manager.
 */
import { LOCAL_COGNITO } from '@spendwise/cognito-emulator';
import { networkAddresses } from '@spendwise/devkit';

export const DEFAULT_PORTS = { web: 3000, api: 4000, cognito: 9229, postgres: 5433 };

const PORT_ENV = { web: 'WEB_PORT', api: 'API_PORT', cognito: 'COGNITO_PORT', postgres: 'POSTGRES_PORT' };

/** Ports from WEB_PORT / API_PORT / COGNITO_PORT / POSTGRES_PORT, else the defaults. */
export function portsFromEnv(env = process.env) {
  return Object.fromEntries(
    Object.entries(DEFAULT_PORTS).map(([service, fallback]) => {
      const raw = env[PORT_ENV[service]];
      if (raw === undefined || raw === '') return [service, fallback];
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`${PORT_ENV[service]} must be a port number from 1 to 65535, got "${raw}"`);
      }
      return [service, port];
    }),
  );
}

export function portEnvVar(service) {
  return PORT_ENV[service];
}

/**
 * The hosts a developer may open the web app at: `localhost` (always allowed by Next.js), 127.0.0.1 and the
 * network addresses `next dev` prints. The dev server must allow them (`allowedDevOrigins`), or a page opened
 * there never hydrates; the API must allow them as CORS origins, or its calls fail there.
 */
export function devHosts(addresses = networkAddresses()) {
  return ['127.0.0.1', ...addresses];
}

/**
 * Environment for the API process in local mode (trusting the emulator's keys is explicit here).
 * `extraCorsOrigins`: origins the web app is also served from (the deploy suite's HTTPS terminator).
 */
export function apiEnv({
  ports,
  databaseUrl,
  nodeEnv = 'development',
  hosts = devHosts(),
  extraCorsOrigins = [],
}) {
  return {
    NODE_ENV: nodeEnv,
    PORT: String(ports.api),
    DATABASE_URL: databaseUrl,
    AWS_REGION: LOCAL_COGNITO.region,
    COGNITO_USER_POOL_ID: LOCAL_COGNITO.userPoolId,
    COGNITO_CLIENT_ID: LOCAL_COGNITO.clientId,
    AUTH_LOCAL_EMULATOR: 'true',
    COGNITO_ENDPOINT: `http://127.0.0.1:${ports.cognito}`,
    CORS_ORIGINS: [
      ...['localhost', ...hosts].map((host) => `http://${host}:${ports.web}`),
      ...extraCorsOrigins,
    ].join(','),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // Emails (budget alerts) are printed in the API's output, as the emulator prints confirmation codes.
    MAIL_TRANSPORT: 'log',
  };
}

/** Environment for the web app: where the browser finds the API and the emulator. */
export function webEnv({ ports, hosts = devHosts() }) {
  return {
    // Read by next.config.ts (allowedDevOrigins); not public, not inlined.
    SPENDWISE_DEV_ORIGINS: hosts.join(','),
    PORT: String(ports.web),
    WEB_PORT: String(ports.web),
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_API_URL: `http://localhost:${ports.api}`,
    NEXT_PUBLIC_AWS_REGION: LOCAL_COGNITO.region,
    NEXT_PUBLIC_COGNITO_USER_POOL_ID: LOCAL_COGNITO.userPoolId,
    NEXT_PUBLIC_COGNITO_CLIENT_ID: LOCAL_COGNITO.clientId,
    NEXT_PUBLIC_COGNITO_ENDPOINT: `http://localhost:${ports.cognito}`,
  };
}

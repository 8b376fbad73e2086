// @ts-check
'use strict';

/**
 * DATABASE_URL as given (it carries its own `sslrootcert`), or the URL built from the DB_* parts ECS passes: user
 * and password URL-encoded (secrets may hold any byte), no password at all when none is given (RDS IAM auth or a
 * password file: the API asks for it at each new connection), TLS `verify-full` unless DB_SSLMODE says otherwise,
 * with DB_SSLROOTCERT (the image's Amazon RDS bundle) as the CA the server's certificate must chain to. The one
 * builder: the API's config (apps/api/src/config/app-config.ts), `prisma migrate deploy` through prisma.config.ts
 * and the exchange-rates command all read the database settings through it. Plain CommonJS at the package root:
 * prisma.config.ts loads it from the image's copy of this package, which has no build, and dist/rates/cli.js
 * requires it as is.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
function databaseUrl(env) {
  if (env.DATABASE_URL || !env.DB_HOST) return env.DATABASE_URL;
  const user = encodeURIComponent(env.DB_USER ?? '');
  const credentials = env.DB_PASSWORD ? `${user}:${encodeURIComponent(env.DB_PASSWORD)}` : user;
  const database = encodeURIComponent(env.DB_NAME ?? '');
  const sslmode = env.DB_SSLMODE ?? 'verify-full';
  const rootCert =
    env.DB_SSLROOTCERT && sslmode !== 'disable'
      ? `&sslrootcert=${encodeURIComponent(env.DB_SSLROOTCERT)}`
      : '';
  return `postgresql://${credentials}@${env.DB_HOST}:${env.DB_PORT ?? '5432'}/${database}?sslmode=${sslmode}${rootCert}`;
}

module.exports = { databaseUrl };

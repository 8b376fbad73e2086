// @ts-check
'use strict';

/**
 * DATABASE_URL, or the URL built from the DB_* parts ECS passes (the password comes from Secrets Manager), so
 * every one-off task in the backend image — `prisma migrate deploy` through prisma.config.ts, the exchange-rates
 * command — reads the database settings exactly as the API does (apps/api/src/config/app-config.ts). Plain
 * CommonJS at the package root: prisma.config.ts loads it from the image's copy of this package, which has no
 * build, and dist/rates/cli.js requires it as is.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
function databaseUrl(env) {
  if (env.DATABASE_URL || !env.DB_HOST) return env.DATABASE_URL;
  const credentials = `${encodeURIComponent(env.DB_USER ?? '')}:${encodeURIComponent(env.DB_PASSWORD ?? '')}`;
  const database = encodeURIComponent(env.DB_NAME ?? '');
  const sslmode = env.DB_SSLMODE ?? 'verify-full';
  // The CA bundle the server's certificate must chain to (the image's Amazon RDS bundle); pg reads the file.
  const rootCert =
    env.DB_SSLROOTCERT && sslmode !== 'disable'
      ? `&sslrootcert=${encodeURIComponent(env.DB_SSLROOTCERT)}`
      : '';
  return `postgresql://${credentials}@${env.DB_HOST}:${env.DB_PORT ?? '5432'}/${database}?sslmode=${sslmode}${rootCert}`;
}

module.exports = { databaseUrl };

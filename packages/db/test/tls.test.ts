/**
 * TLS to the database as RDS serves it (rds.force_ssl), staged with a PostgreSQL whose certificate comes from a test
 * CA: the migrate task (`prisma migrate deploy` through the offline engine, its URL built from the DB_* parts as ECS
 * passes them) and the application's client connect with verify-full through DB_SSLROOTCERT, and are refused, with
 * the cause named, when the CA is the wrong one or the host name is not the certificate's.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTestCa, freePort, makeLocalTempDir, type TestCa } from '@spendwise/devkit';
import { startPostgres, type PostgresServer } from '@spendwise/devkit/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrismaCli } from '../cli.mjs';
import { createPrismaClient } from '../src/client';
import { rdsCaBundle, rdsCaCertificates } from '../tls/rds-ca-bundle.mjs';

let dir: string;
let server: PostgresServer;
let ca: TestCa;
let otherCa: TestCa;
let amazonBundle: string;

/** The DB_* parts ECS gives the migrate task and the API (DB_PASSWORD from Secrets Manager). */
function dbParts(host: string, rootCert: string): Record<string, string> {
  const admin = new URL(server.url('postgres'));
  return {
    DB_HOST: host,
    DB_PORT: String(server.port),
    DB_NAME: 'tls_app',
    DB_USER: decodeURIComponent(admin.username),
    DB_PASSWORD: decodeURIComponent(admin.password),
    DB_SSLMODE: 'verify-full',
    DB_SSLROOTCERT: rootCert,
  };
}

function migrateWith(env: Record<string, string>) {
  return runPrismaCli(['migrate', 'deploy'], { databaseUrl: '', env, timeoutMs: 90_000 });
}

beforeAll(async () => {
  dir = await makeLocalTempDir('test-db-tls-');
  ca = await createTestCa(path.join(dir, 'ca'), { serverNames: ['localhost'] });
  otherCa = await createTestCa(path.join(dir, 'other-ca'), { name: 'Somebody Else CA' });
  amazonBundle = path.join(dir, 'amazon-rds-ca-bundle.pem');
  await writeFile(amazonBundle, rdsCaBundle());
  server = await startPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    persistent: false,
    tls: ca,
  });
  const admin = createPrismaClient({ databaseUrl: server.url('postgres') });
  await admin.$executeRawUnsafe('CREATE DATABASE tls_app');
  await admin.$disconnect();
});

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('TLS to the database with verify-full', () => {
  it('the Amazon RDS bundle holds only current RDS and Amazon root authorities', async () => {
    const certificates = rdsCaCertificates();
    expect(certificates.length).toBeGreaterThan(20);
    const bundle = await readFile(amazonBundle, 'utf8');
    expect(bundle.match(/BEGIN CERTIFICATE/g)).toHaveLength(certificates.length);
    expect(bundle).not.toContain('Somebody Else');
  });

  it('refuses a server whose certificate does not chain to the CA given (here: the Amazon RDS bundle)', async () => {
    const result = await migrateWith(dbParts('localhost', amazonBundle));
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      `TLS to the database at localhost refused: its certificate is not signed by a CA in the CA bundle in ` +
        `sslrootcert (${amazonBundle})`,
    );
  });

  it('refuses a certificate from another CA', async () => {
    const result = await migrateWith(dbParts('localhost', otherCa.caFile));
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      `its certificate is not signed by a CA in the CA bundle in sslrootcert (${otherCa.caFile})`,
    );
  });

  it("refuses a host name that is not the certificate's, even with the right CA", async () => {
    const result = await migrateWith(dbParts('127.0.0.1', ca.caFile));
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'TLS to the database at 127.0.0.1 refused: the certificate is not valid for the host name "127.0.0.1"',
    );
  });

  it('migrates with the right CA and host name, and the application client queries over TLS', async () => {
    const env = dbParts('localhost', ca.caFile);
    const result = await migrateWith(env);
    expect(result.stdout + result.stderr).toContain('All migrations have been successfully applied');
    expect(result.code).toBe(0);

    const url =
      `postgresql://${encodeURIComponent(env.DB_USER!)}:${encodeURIComponent(env.DB_PASSWORD!)}@localhost:` +
      `${env.DB_PORT}/tls_app?sslmode=verify-full&sslrootcert=${encodeURIComponent(ca.caFile)}`;
    const client = createPrismaClient({ databaseUrl: url });
    try {
      const rows = await client.$queryRaw<{ ssl: boolean }[]>`
        SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`;
      expect(rows).toEqual([{ ssl: true }]);
      const tables = await client.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(tables[0]!.count).toBeGreaterThan(0);
    } finally {
      await client.$disconnect();
    }
  });
});

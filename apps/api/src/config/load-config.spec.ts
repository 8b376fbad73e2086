import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './load-config';

const VALID_ENV = {
  DATABASE_URL: 'postgresql://spendwise:s3cret-password@db.internal:5432/spendwise',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbCdEf123',
  COGNITO_CLIENT_ID: 'abc123def456',
};

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('derives the region, issuer and AWS endpoint from the pool id and applies defaults', () => {
    const config = loadConfig(VALID_ENV);
    expect(config.cognito).toEqual({
      region: 'eu-west-1',
      userPoolId: 'eu-west-1_AbCdEf123',
      clientId: 'abc123def456',
      issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
      apiEndpoint: 'https://cognito-idp.eu-west-1.amazonaws.com',
      localEmulatorEndpoint: null,
      sessionCheckSeconds: 60,
      sessionWriteCheckSeconds: 10,
      sessionGraceSeconds: 600,
    });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      host: '0.0.0.0',
      http: { corsOrigins: [], trustProxy: 1, bodyLimitBytes: 65536, requestTimeoutMs: 10_000 },
      logLevel: 'info',
    });
  });

  it('caps the write re-check at the read re-check, so writes are never trusted longer than reads', () => {
    const config = loadConfig({
      ...VALID_ENV,
      SESSION_CHECK_SECONDS: '5',
      SESSION_WRITE_CHECK_SECONDS: '30',
    });
    expect(config.cognito.sessionWriteCheckSeconds).toBe(5);
    expect(configError({ ...VALID_ENV, SESSION_GRACE_SECONDS: '-1' })).toContain('SESSION_GRACE_SECONDS');
  });

  it('names every missing variable, and treats empty values as unset', () => {
    const message = configError({ DATABASE_URL: '', COGNITO_CLIENT_ID: 'abc' });
    expect(message).toMatch(/^Invalid configuration: /);
    expect(message).toContain('DATABASE_URL is required (or DB_HOST, DB_NAME, DB_USER and DB_PASSWORD)');
    expect(message).toContain('COGNITO_USER_POOL_ID is required');
    expect(message).not.toContain('COGNITO_CLIENT_ID');
  });

  it('never echoes a value (the database URL holds a password)', () => {
    const message = configError({ ...VALID_ENV, DATABASE_URL: 'mysql://user:hunter2@host/db' });
    expect(message).toContain('DATABASE_URL must be a postgresql:// connection URL');
    expect(message).not.toContain('hunter2');
  });

  it('builds the database URL from the parts ECS provides, encoding the secret and requiring TLS', () => {
    const { DATABASE_URL: _unused, ...withoutUrl } = VALID_ENV;
    const config = loadConfig({
      ...withoutUrl,
      DB_HOST: 'spendwise.abc123.eu-west-1.rds.amazonaws.com',
      DB_NAME: 'spendwise',
      DB_USER: 'spendwise_admin',
      DB_PASSWORD: 'p@ss/word:with#chars',
    });
    expect(config.database.url).toBe(
      'postgresql://spendwise_admin:p%40ss%2Fword%3Awith%23chars@spendwise.abc123.eu-west-1.rds.amazonaws.com:5432/spendwise?sslmode=verify-full',
    );
    expect(new URL(config.database.url).password).toBe('p%40ss%2Fword%3Awith%23chars');
    expect(configError({ ...withoutUrl, DB_HOST: 'db.internal' })).toContain(
      'DB_PASSWORD is required with DB_HOST',
    );
    expect(loadConfig({ ...VALID_ENV, DB_HOST: 'ignored.internal' }).database.url).toBe(
      VALID_ENV.DATABASE_URL,
    );
  });

  it('verifies the database certificate against DB_SSLROOTCERT, which must be a PEM file', () => {
    const { DATABASE_URL: _unused, ...withoutUrl } = VALID_ENV;
    const parts = {
      ...withoutUrl,
      DB_HOST: 'spendwise.abc123.eu-west-1.rds.amazonaws.com',
      DB_NAME: 'spendwise',
      DB_USER: 'spendwise_app',
      DB_PASSWORD: 'secret',
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'api-config-'));
    const bundle = path.join(dir, 'amazon rds.pem');
    writeFileSync(bundle, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const notPem = path.join(dir, 'notes.txt');
    writeFileSync(notPem, 'hello');
    try {
      const url = new URL(loadConfig({ ...parts, DB_SSLROOTCERT: bundle }).database.url);
      expect(url.searchParams.get('sslmode')).toBe('verify-full');
      expect(url.searchParams.get('sslrootcert')).toBe(bundle);
      expect(
        new URL(loadConfig({ ...parts, DB_SSLROOTCERT: bundle, DB_SSLMODE: 'disable' }).database.url).search,
      ).toBe('?sslmode=disable');
      expect(configError({ ...parts, DB_SSLROOTCERT: path.join(dir, 'missing.pem') })).toContain(
        'DB_SSLROOTCERT must be a readable PEM file of CA certificates',
      );
      expect(configError({ ...parts, DB_SSLROOTCERT: notPem })).toContain(
        'DB_SSLROOTCERT must be a readable PEM',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the database credential one way: in the URL, as an RDS IAM token, or from a file read per connection', () => {
    const { DATABASE_URL: _unused, ...withoutUrl } = VALID_ENV;
    const parts = {
      ...withoutUrl,
      DB_HOST: 'db.eu-west-1.rds.amazonaws.com',
      DB_NAME: 'spendwise',
      DB_USER: 'spendwise_app',
    };
    const iam = loadConfig({ ...parts, DB_IAM_AUTH: 'true' }).database;
    expect(iam.credential).toEqual({
      kind: 'iam',
      region: 'eu-west-1',
      host: 'db.eu-west-1.rds.amazonaws.com',
      port: 5432,
      user: 'spendwise_app',
    });
    expect(new URL(iam.url).password).toBe('');
    expect(new URL(iam.url).username).toBe('spendwise_app');
    expect(loadConfig({ ...parts, DB_PASSWORD_FILE: '/run/secrets/db' }).database.credential).toEqual({
      kind: 'file',
      path: '/run/secrets/db',
    });
    expect(loadConfig({ ...parts, DB_PASSWORD: 'x' }).database.credential).toEqual({ kind: 'in-url' });
    expect(configError(parts)).toContain(
      'DB_PASSWORD is required with DB_HOST (or DB_PASSWORD_FILE, or DB_IAM_AUTH=true)',
    );
    expect(configError({ ...parts, DB_PASSWORD: 'x', DB_IAM_AUTH: 'true' })).toContain(
      'DB_IAM_AUTH cannot be combined with DB_PASSWORD',
    );
    expect(configError({ ...VALID_ENV, DB_IAM_AUTH: 'true' })).toContain(
      'DB_IAM_AUTH is used with the DB_* parts only: unset DATABASE_URL',
    );
  });

  it('refuses local emulator mode when NODE_ENV=production', () => {
    const message = configError({
      ...VALID_ENV,
      NODE_ENV: 'production',
      AUTH_LOCAL_EMULATOR: 'true',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
    });
    expect(message).toContain('AUTH_LOCAL_EMULATOR is refused when NODE_ENV=production');
  });

  it('prints email locally by default, and in production needs ses with a sender, refusing log', () => {
    expect(loadConfig(VALID_ENV).mail).toEqual({
      transport: 'log',
      from: 'alerts@spendwise.local',
      region: 'eu-west-1',
    });
    const production = { ...VALID_ENV, NODE_ENV: 'production' };
    expect(configError(production)).toContain('MAIL_TRANSPORT is required when NODE_ENV=production');
    expect(configError({ ...production, MAIL_TRANSPORT: 'log' })).toContain(
      'MAIL_TRANSPORT log is refused when NODE_ENV=production',
    );
    expect(configError({ ...production, MAIL_TRANSPORT: 'ses' })).toContain(
      'MAIL_FROM is required when MAIL_TRANSPORT=ses',
    );
    expect(configError({ ...VALID_ENV, MAIL_TRANSPORT: 'smtp' })).toContain(
      'MAIL_TRANSPORT must be ses or log',
    );
    expect(configError({ ...VALID_ENV, MAIL_FROM: 'not an address' })).toContain(
      'MAIL_FROM must be an email',
    );
    expect(
      loadConfig({ ...production, MAIL_TRANSPORT: 'ses', MAIL_FROM: 'alerts@example.com' }).mail,
    ).toEqual({ transport: 'ses', from: 'alerts@example.com', region: 'eu-west-1' });
  });

  it('needs an emulator endpoint in local mode, and only there', () => {
    expect(configError({ ...VALID_ENV, AUTH_LOCAL_EMULATOR: 'true' })).toContain(
      'COGNITO_ENDPOINT is required when AUTH_LOCAL_EMULATOR=true',
    );
    expect(configError({ ...VALID_ENV, COGNITO_ENDPOINT: 'http://127.0.0.1:9229' })).toContain(
      'COGNITO_ENDPOINT is only used with AUTH_LOCAL_EMULATOR=true',
    );
    const local = loadConfig({
      ...VALID_ENV,
      AUTH_LOCAL_EMULATOR: 'true',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229/',
    });
    expect(local.cognito.localEmulatorEndpoint).toBe('http://127.0.0.1:9229');
    expect(local.cognito.apiEndpoint).toBe('http://127.0.0.1:9229');
    // The issuer stays Amazon's: the emulator signs tokens exactly as Cognito would.
    expect(local.cognito.issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123');
  });

  it('rejects an AWS_REGION that contradicts the pool id', () => {
    expect(configError({ ...VALID_ENV, AWS_REGION: 'us-east-1' })).toContain(
      "AWS_REGION does not match the user pool's region (eu-west-1)",
    );
  });

  it('parses CORS origins, proxy trust and numbers', () => {
    const config = loadConfig({
      ...VALID_ENV,
      CORS_ORIGINS: 'https://app.example.com, http://localhost:3000',
      TRUST_PROXY: '10.0.0.0/8,192.168.1.1',
      PORT: '8080',
      RATE_LIMIT_PER_IP: '50',
    });
    expect(config.http.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:3000']);
    expect(config.http.trustProxy).toEqual(['10.0.0.0/8', '192.168.1.1']);
    expect(config.port).toBe(8080);
    expect(config.rateLimit.perIp).toBe(50);
    expect(configError({ ...VALID_ENV, CORS_ORIGINS: 'https://app.example.com/path' })).toContain(
      'CORS_ORIGINS',
    );
    expect(configError({ ...VALID_ENV, PORT: '99999' })).toContain('PORT must be at most 65535');
    expect(configError({ ...VALID_ENV, TRUST_PROXY: 'everyone' })).toContain('TRUST_PROXY');
    // Split between two pools, one connection each at least (createPgPools).
    expect(loadConfig({ ...VALID_ENV, DATABASE_POOL_MAX: '2' }).database.poolMax).toBe(2);
    expect(configError({ ...VALID_ENV, DATABASE_POOL_MAX: '1' })).toContain(
      'DATABASE_POOL_MAX must be at least 2',
    );
  });
});

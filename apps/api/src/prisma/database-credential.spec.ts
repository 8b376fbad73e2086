import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_CREDENTIAL_UNAVAILABLE, passwordCallback } from './database-credential';

describe('passwordCallback', () => {
  it('has none when the URL carries the password', () => {
    expect(passwordCallback({ kind: 'in-url' })).toBeUndefined();
  });

  it('signs an RDS IAM auth token for that host, port and user with the default credential chain', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-real-secret',
    });
    try {
      const token = await passwordCallback({
        kind: 'iam',
        region: 'eu-west-1',
        host: 'spendwise.abc123.eu-west-1.rds.amazonaws.com',
        port: 5432,
        user: 'spendwise_app',
      })!();
      const url = new URL(`https://${token}`);
      expect(url.host).toBe('spendwise.abc123.eu-west-1.rds.amazonaws.com:5432');
      expect(url.searchParams.get('Action')).toBe('connect');
      expect(url.searchParams.get('DBUser')).toBe('spendwise_app');
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIDEXAMPLE\/\d{8}\/eu-west-1\/rds-db\//);
      expect(Number(url.searchParams.get('X-Amz-Expires'))).toBe(900);
    } finally {
      process.env = saved;
    }
  });

  it('reads the file again for every new connection, so a rotated password is picked up', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-credential-'));
    const file = path.join(dir, 'password');
    try {
      writeFileSync(file, 'first\n');
      const password = passwordCallback({ kind: 'file', path: file })!;
      expect(await password()).toBe('first');
      writeFileSync(file, 'second');
      expect(await password()).toBe('second');
      // Caught mid-rewrite, or gone: an error the API answers with 503 (retry), never an empty password.
      writeFileSync(file, '');
      await expect(password()).rejects.toMatchObject({ code: DATABASE_CREDENTIAL_UNAVAILABLE });
      rmSync(file);
      await expect(password()).rejects.toMatchObject({ code: DATABASE_CREDENTIAL_UNAVAILABLE });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

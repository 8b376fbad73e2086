import { readFile } from 'node:fs/promises';
import { Signer } from '@aws-sdk/rds-signer';
import { type DatabaseCredential } from '../config/app-config';

/**
 * The password callback the pool calls for every new connection, or undefined when the URL carries the password.
 * A credential that changes under a running task (an expiring IAM token, a rotated password) thus reaches the next
 * connection without a restart; connections already open stay authenticated.
 */
export function passwordCallback(credential: DatabaseCredential): (() => Promise<string>) | undefined {
  const source = credentialSource(credential);
  if (!source) return undefined;
  return async () => {
    let password: string;
    try {
      password = await source();
    } catch (error) {
      throw credentialUnavailable(`${(error as Error).message}`, error);
    }
    if (!password) throw credentialUnavailable(`${credential.kind} credential is empty`);
    return password;
  };
}

/** The code of the error a new connection fails with when its credential cannot be had: the API answers 503. */
export const DATABASE_CREDENTIAL_UNAVAILABLE = 'DATABASE_CREDENTIAL_UNAVAILABLE';

function credentialUnavailable(reason: string, cause?: unknown): Error {
  return Object.assign(new Error(`Database credential unavailable: ${reason}`, { cause }), {
    code: DATABASE_CREDENTIAL_UNAVAILABLE,
  });
}

function credentialSource(credential: DatabaseCredential): (() => Promise<string>) | undefined {
  switch (credential.kind) {
    case 'in-url':
      return undefined;
    case 'iam': {
      // Credentials from the default chain: on ECS the task role, which may rds-db:connect as this one user.
      const signer = new Signer({
        region: credential.region,
        hostname: credential.host,
        port: credential.port,
        username: credential.user,
      });
      return () => signer.getAuthToken();
    }
    case 'file':
      return async () => (await readFile(credential.path, 'utf8')).trim();
  }
}

import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { claimsOf } from './cognito';
import { e2eEnv } from './e2e-env';

// The emulator's own key, from its data folder: whoever holds that folder can mint tokens it signs, which is why
// only local configuration may trust the emulator's JWKS.
const emulatorPrivateKey = () => createPrivateKey(readFileSync(e2eEnv().cognitoSigningKey, 'utf8'));

function headerOf(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
}

function signRs256(header: object, claims: object, key: KeyObject): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** A genuine access token's claims, expired an hour ago, re-signed with the emulator's own key. */
export function expiredToken(accessToken: string): string {
  const now = Math.floor(Date.now() / 1000);
  return signRs256(
    headerOf(accessToken),
    { ...claimsOf(accessToken), iat: now - 7200, exp: now - 3600 },
    emulatorPrivateKey(),
  );
}

/** The same claims and key id, signed by a key nobody trusts. */
export function tokenSignedByAnotherKey(accessToken: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signRs256(headerOf(accessToken), claimsOf(accessToken), privateKey);
}

/** The payload changed to another subject, the original signature kept. */
export function tamperedToken(accessToken: string): string {
  const [header, , signature] = accessToken.split('.');
  const payload = Buffer.from(JSON.stringify({ ...claimsOf(accessToken), sub: 'someone-else' })).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
}

/** `alg: none`, no signature. */
export function unsignedToken(accessToken: string): string {
  const header = Buffer.from(JSON.stringify({ ...headerOf(accessToken), alg: 'none' })).toString('base64url');
  return `${header}.${accessToken.split('.')[1]}.`;
}

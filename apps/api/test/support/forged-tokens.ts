import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { claimsOf } from './cognito';

// The emulator signs with cognito-local's key pair, whose private half ships in that npm package. Fine in a test,
// and exactly why only local configuration may trust the emulator's JWKS.
const emulatorKey = JSON.parse(
  readFileSync(require.resolve('cognito-local/lib/keys/cognitoLocal.private.json'), 'utf8'),
) as { pem: string; jwk: { kid: string } };
const EMULATOR_PRIVATE_KEY = createPrivateKey(emulatorKey.pem);

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
    EMULATOR_PRIVATE_KEY,
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

/**
 * RS256 JWTs signed with cognito-local's key pair, whose public half the emulator serves as its JWKS.
 * That private key is published inside the cognito-local npm package: anything it signs proves nothing outside
 * local development, which is why only local configuration may ever point a verifier at this JWKS.
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import privateKeyFile from 'cognito-local/lib/keys/cognitoLocal.private.json' with { type: 'json' };
import publicKeyFile from 'cognito-local/lib/keys/cognitoLocal.public.json' with { type: 'json' };

const SIGNING_JWK = publicKeyFile.jwk;
const privateKey = createPrivateKey(privateKeyFile.pem);
const publicKey = createPublicKey({ key: SIGNING_JWK, format: 'jwk' });
const HEADER = Buffer.from(JSON.stringify({ kid: SIGNING_JWK.kid, alg: 'RS256' })).toString('base64url');

/** @param {Record<string, unknown>} claims */
export function signJwt(claims) {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

/**
 * The claims of a token this emulator signed, or null when it is malformed, signed by another key or tampered
 * with. Expiry is the caller's business (it knows which clock and which error message apply).
 * @param {unknown} token @returns {Record<string, any> | null}
 */
export function verifiedClaims(token) {
  if (typeof token !== 'string') return null;
  const [header, payload, signature, ...rest] = token.split('.');
  if (!header || !payload || !signature || rest.length) return null;
  // Only this emulator's own header (alg RS256, its kid) is accepted: no `alg: none`, no other keys.
  if (header !== HEADER) return null;
  const signedBy = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!signedBy) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

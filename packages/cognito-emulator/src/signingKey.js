/**
 * The RSA key pair this emulator signs tokens with (RS256), generated at its first start and kept in its data
 * folder (`signing-key.pem`, readable by its owner only): tokens stay valid across restarts, and no two data
 * folders — no two developers, no CI run — share a key. Only local configuration may ever point a verifier at
 * this key's JWKS: anyone with the data folder can mint tokens it accepts (tests do, to forge attack tokens).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * @param {string} dataDir
 * @returns {Promise<{ file: string, jwk: Record<string, string>,
 *   signJwt: (claims: Record<string, unknown>) => string,
 *   verifiedClaims: (token: unknown) => Record<string, any> | null }>}
 */
export async function loadSigningKey(dataDir) {
  const file = path.join(dataDir, 'signing-key.pem');
  const privateKey = createPrivateKey(await readOrCreatePem(file));
  const publicKey = createPublicKey(privateKey);
  const { n, e } = /** @type {{ n: string, e: string }} */ (publicKey.export({ format: 'jwk' }));
  const jwk = { kty: 'RSA', alg: 'RS256', use: 'sig', kid: thumbprint({ e, kty: 'RSA', n }), n, e };
  const header = Buffer.from(JSON.stringify({ kid: jwk.kid, alg: 'RS256' })).toString('base64url');

  return {
    file,
    jwk,
    signJwt(claims) {
      const signingInput = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
    },

    /**
     * The claims of a token this emulator signed, or null when it is malformed, signed by another key or
     * tampered with. Expiry is the caller's business (it knows which clock and which error message apply).
     */
    verifiedClaims(token) {
      if (typeof token !== 'string') return null;
      const [tokenHeader, payload, signature, ...rest] = token.split('.');
      if (!tokenHeader || !payload || !signature || rest.length) return null;
      // Only this emulator's own header (alg RS256, its kid) is accepted: no `alg: none`, no other keys.
      if (tokenHeader !== header) return null;
      const input = Buffer.from(`${tokenHeader}.${payload}`);
      if (!verify('sha256', input, publicKey, Buffer.from(signature, 'base64url'))) return null;
      try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
    },
  };
}

async function readOrCreatePem(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = /** @type {string} */ (privateKey.export({ type: 'pkcs8', format: 'pem' }));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, pem, { mode: 0o600 });
  return pem;
}

/** The key id: the key's RFC 7638 thumbprint, so a new key never reuses an old id. */
function thumbprint({ e, kty, n }) {
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}

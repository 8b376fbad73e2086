/**
 * The server half of Cognito's SRP-6a variant (USER_SRP_AUTH), which Amplify uses by default: 3072-bit group
 * (RFC 5054), SHA-256, g = 2, k = H(N | g), x = H(salt | H(poolName | userId | ":" | password)),
 * u = H(A | B), session key = HKDF-SHA256(S, salt = u, info = "Caldera Derived Key", 16 bytes), and the client's
 * proof PASSWORD_CLAIM_SIGNATURE = HMAC-SHA256(key, poolName | userId | SECRET_BLOCK | TIMESTAMP).
 * Numbers are hashed as Java-style two's-complement hex (Amplify's getPaddedHex), or the proofs never match.
 */
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);
const g = 2n;
const k = hashToBigInt(paddedHex(N) + paddedHex(g));

/** Even-length hex of a non-negative integer, with a leading 00 when the top bit is set (sign bit). */
function paddedHex(value) {
  const hex = value.toString(16);
  const even = hex.length % 2 ? `0${hex}` : hex;
  return /^[89a-f]/.test(even) ? `00${even}` : even;
}

function hashToBigInt(hex) {
  return BigInt(`0x${createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex')}`);
}

/** @param {bigint} base @param {bigint} exponent @param {bigint} modulus */
function modPow(base, exponent, modulus) {
  let result = 1n;
  let square = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

const randomBigInt = (bytes) => BigInt(`0x${randomBytes(bytes).toString('hex')}`);

/**
 * What Cognito stores instead of the password: v = g^x. Computed when a sign-in starts, from the password
 * the emulator keeps, so every way of setting a password (sign-up, reset, change, admin) works with SRP.
 * @returns {{ salt: bigint, verifier: bigint }}
 */
export function passwordVerifier({ poolName, userId, password }) {
  const salt = randomBigInt(16);
  const identityHash = createHash('sha256').update(`${poolName}${userId}:${password}`).digest('hex');
  const x = hashToBigInt(paddedHex(salt) + identityHash);
  return { salt, verifier: modPow(g, x, N) };
}

/** The server's ephemeral pair; b stays on the server, B = k·v + g^b goes to the client as SRP_B. */
export function serverEphemeral(verifier) {
  for (;;) {
    const b = randomBigInt(32);
    const B = (k * verifier + modPow(g, b, N)) % N;
    if (B !== 0n) return { b, B };
  }
}

/** Parses the client's SRP_A (hex); null when it is not a valid group element (A mod N = 0). */
export function parseClientPublic(hex) {
  if (typeof hex !== 'string' || !/^[0-9a-f]+$/i.test(hex)) return null;
  const A = BigInt(`0x${hex}`);
  return A % N === 0n ? null : A;
}

export const toHex = (value) => value.toString(16);

/** True when the client's PASSWORD_CLAIM_SIGNATURE proves it knows the password behind `verifier`. */
export function isValidPasswordClaim({
  poolName,
  userId,
  A,
  B,
  b,
  verifier,
  secretBlock,
  timestamp,
  signature,
}) {
  const u = hashToBigInt(paddedHex(A) + paddedHex(B));
  if (u === 0n) return false;
  const S = modPow((A * modPow(verifier, u, N)) % N, b, N);
  const key = Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.from(paddedHex(S), 'hex'),
      Buffer.from(paddedHex(u), 'hex'),
      'Caldera Derived Key',
      16,
    ),
  );
  const expected = createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName),
        Buffer.from(userId),
        Buffer.from(secretBlock, 'base64'),
        Buffer.from(timestamp),
      ]),
    )
    .digest();
  const given = Buffer.from(String(signature), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

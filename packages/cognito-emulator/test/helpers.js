/**
 * Test plumbing: a throwaway emulator on a free port, the AWS JSON wire protocol (what the AWS SDK and Amplify
 * send), and an RS256 check of tokens against the served JWKS written independently of the emulator's code.
 */
import { createPublicKey, verify } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { freePort, makeLocalTempDir } from '@spendwise/devkit';
import { generateSync } from 'otplib';
import { LOCAL_COGNITO, startCognitoEmulator } from '../src/index.js';

export { LOCAL_COGNITO };

/**
 * Starts an emulator in a fresh data folder. `clock.advance(ms)` moves its time forward (code/token expiry).
 * @param {{ log?: (line: string) => void, fixedCode?: string }} [options]
 */
export async function startTestEmulator({ log = () => {}, fixedCode } = {}) {
  const dataDir = await makeLocalTempDir('test-cognito-');
  let offsetMs = 0;
  const clock = { advance: (ms) => (offsetMs += ms), now: () => Date.now() + offsetMs };
  const emulator = await startCognitoEmulator({
    port: await freePort(),
    dataDir,
    log,
    fixedCode,
    now: clock.now,
  });
  return {
    emulator,
    dataDir,
    clock,
    call: (operation, body) => cognitoCall(emulator.endpoint, operation, body),
    async stop() {
      await emulator.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs one Cognito operation; resolves to `{ status, body }` whatever the status. */
export async function cognitoCall(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: /** @type {any} */ (await response.json()) };
}

/** Signs a new user up and confirms them with the code the emulator recorded. */
export async function createConfirmedUser(testEmulator, email, password = 'Correct-horse-1') {
  const signUp = await testEmulator.call('SignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    Password: password,
  });
  if (signUp.status !== 200) throw new Error(`SignUp failed: ${JSON.stringify(signUp.body)}`);
  const confirm = await testEmulator.call('ConfirmSignUp', {
    ClientId: LOCAL_COGNITO.clientId,
    Username: email,
    ConfirmationCode: await testEmulator.emulator.readConfirmationCode(email),
  });
  if (confirm.status !== 200) throw new Error(`ConfirmSignUp failed: ${JSON.stringify(confirm.body)}`);
  return { email, password, sub: signUp.body.UserSub };
}

/**
 * USER_PASSWORD_AUTH sign-in; returns the AuthenticationResult.
 * @param {{ call: (operation: string, body: unknown) => Promise<{ status: number, body: any }> }} testEmulator
 * @param {{ email: string, password: string }} credentials
 * @param {string} [clientId]
 */
export async function passwordSignIn(testEmulator, { email, password }, clientId = LOCAL_COGNITO.clientId) {
  const { status, body } = await testEmulator.call('InitiateAuth', {
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
  if (status !== 200) throw new Error(`InitiateAuth failed: ${JSON.stringify(body)}`);
  return body.AuthenticationResult;
}

/** The claims of `token` if its RS256 signature verifies against a key of the served JWKS; throws otherwise. */
export async function verifyWithJwks(token, jwksUri) {
  const [encodedHeader, encodedPayload, signature] = token.split('.');
  const header = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString());
  if (header.alg !== 'RS256') throw new Error(`unexpected alg ${header.alg}`);
  const { keys } = /** @type {{ keys: Array<import('node:crypto').JsonWebKey & { kid: string }> }} */ (
    await (await fetch(jwksUri, { signal: AbortSignal.timeout(5_000) })).json()
  );
  const jwk = keys.find((key) => key.kid === header.kid);
  if (!jwk) throw new Error(`no JWKS key with kid ${header.kid}`);
  const valid = verify(
    'sha256',
    Buffer.from(`${encodedHeader}.${encodedPayload}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('signature does not verify');
  return JSON.parse(Buffer.from(encodedPayload, 'base64url').toString());
}

/** Asserts a Cognito error answer: HTTP 400 with `__type` and, when given, the exact message. */
export function expectCognitoError(assert, response, type, message) {
  assert.equal(response.status, 400, JSON.stringify(response.body));
  assert.equal(response.body.__type, type);
  if (message !== undefined) assert.equal(response.body.message, message);
}

export const uniqueEmail = (label) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

export const TOTP_STEP_MS = 30_000;

/**
 * An authenticator app on the emulator's clock (RFC 6238: SHA-1, 6 digits, 30 s), for real codes at times the
 * test controls — the emulator's clock is moved, never the machine's.
 */
export function authenticatorApp(testEmulator) {
  /** The code an app shows `offsetMs` from the emulator's now. */
  const codeAt = (secret, offsetMs = 0) =>
    generateSync({
      secret,
      algorithm: 'sha1',
      digits: 6,
      period: TOTP_STEP_MS / 1000,
      epoch: Math.floor((testEmulator.clock.now() + offsetMs) / 1000),
    });
  return {
    codeAt,
    /** A code that is not the one for any step in the ±1 window. */
    wrongCode(secret) {
      const near = new Set([-TOTP_STEP_MS, 0, TOTP_STEP_MS].map((offset) => codeAt(secret, offset)));
      for (let n = 0; ; n += 1) {
        const candidate = String(n).padStart(6, '0');
        if (!near.has(candidate)) return candidate;
      }
    },
    /** Moves the clock to the middle of the next step, so no step boundary falls inside a test call. */
    nextStepMiddle() {
      const now = testEmulator.clock.now();
      testEmulator.clock.advance(TOTP_STEP_MS - (now % TOTP_STEP_MS) + TOTP_STEP_MS / 2);
    },
  };
}

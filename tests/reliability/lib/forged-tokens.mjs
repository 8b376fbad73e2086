/**
 * Attack tokens. The emulator's private key lies in its data folder: fine for minting tokens in a test, and
 * exactly why only local configuration may trust the emulator's keys.
 */
import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readStack } from './run-files.mjs';

// Read when first needed, so a file importing only the decoders needs no running stack.
let emulatorKey;
const emulatorPrivateKey = () =>
  (emulatorKey ??= createPrivateKey(readFileSync(readStack().cognitoSigningKeyFile, 'utf8')));
const emulatorPublicPem = () => createPublicKey(emulatorPrivateKey()).export({ type: 'spki', format: 'pem' });

const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

export const headerOf = (token) => decode(token.split('.')[0]);
export const claimsOf = (token) => decode(token.split('.')[1]);

/** Signs with the emulator's real key: everything about the token is genuine except what the caller changed. */
export function resigned(token, changes, headerChanges = {}) {
  const input = `${encode({ ...headerOf(token), ...headerChanges })}.${encode({ ...claimsOf(token), ...changes })}`;
  return `${input}.${sign('sha256', Buffer.from(input), emulatorPrivateKey()).toString('base64url')}`;
}

/** `alg: none`, empty signature. */
export function algNone(token) {
  return `${encode({ ...headerOf(token), alg: 'none' })}.${token.split('.')[1]}.`;
}

/** HS256 with the server's public key as the HMAC secret (the classic algorithm-confusion attack). */
export function hs256WithPublicKey(token) {
  const input = `${encode({ ...headerOf(token), alg: 'HS256' })}.${token.split('.')[1]}`;
  return `${input}.${createHmac('sha256', emulatorPublicPem()).update(input).digest('base64url')}`;
}

/** Same claims and key id, signed by a key nobody trusts. */
export function signedByStranger(token) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const input = token.split('.').slice(0, 2).join('.');
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

/** Payload swapped to another subject, original signature kept. */
export function tampered(token) {
  const [header, , signature] = token.split('.');
  return `${header}.${encode({ ...claimsOf(token), sub: '00000000-0000-4000-8000-000000000000' })}.${signature}`;
}

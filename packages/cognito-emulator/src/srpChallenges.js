/**
 * SRP sign-ins between InitiateAuth (PASSWORD_VERIFIER challenge sent) and RespondToAuthChallenge (proof
 * received), keyed by the SECRET_BLOCK the client echoes back. Cognito keeps this state inside an encrypted
 * SECRET_BLOCK; in memory is enough for an emulator (a restart only fails sign-ins that are mid-flight).
 */
import { randomBytes } from 'node:crypto';

// The client's AuthSessionValidity: Cognito lets a sign-in sit between its steps for 3 minutes.
const CHALLENGE_LIFETIME_MS = 3 * 60 * 1000;

export class SrpChallenges {
  #pending = new Map();

  constructor(now) {
    this.now = now;
  }

  /** Stores the challenge and returns its SECRET_BLOCK. */
  open(challenge) {
    const now = this.now();
    for (const [block, pending] of this.#pending) if (pending.expiresAt < now) this.#pending.delete(block);
    const secretBlock = randomBytes(64).toString('base64');
    this.#pending.set(secretBlock, { ...challenge, expiresAt: now + CHALLENGE_LIFETIME_MS });
    return secretBlock;
  }

  /** The challenge for a SECRET_BLOCK, once: a proof cannot be replayed. Null when unknown or expired. */
  take(secretBlock) {
    const challenge = this.#pending.get(secretBlock);
    this.#pending.delete(secretBlock);
    return challenge && challenge.expiresAt >= this.now() ? challenge : null;
  }
}

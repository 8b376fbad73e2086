/**
 * Sign-ins waiting for a second factor: the password was proven and Cognito answered a SOFTWARE_TOKEN_MFA
 * challenge with a Session. Cognito keeps that state inside the encrypted Session string; in memory is enough for
 * an emulator (a restart only fails sign-ins that are mid-flight). Unlike an SRP SECRET_BLOCK, a session survives
 * a wrong code so the person can type it again, as in Cognito; it ends on success or after AuthSessionValidity.
 */
import { randomBytes } from 'node:crypto';

// The client's AuthSessionValidity (3 minutes, as in the Terraform module and the seeded clients).
const SESSION_LIFETIME_MS = 3 * 60 * 1000;

export class MfaSessions {
  #pending = new Map();

  constructor(now) {
    this.now = now;
  }

  /** @param {{ clientId: string, username: string }} signIn @returns {string} the Session to send */
  open(signIn) {
    const now = this.now();
    for (const [session, pending] of this.#pending)
      if (pending.expiresAt < now) this.#pending.delete(session);
    const session = randomBytes(96).toString('base64');
    this.#pending.set(session, { ...signIn, expiresAt: now + SESSION_LIFETIME_MS });
    return session;
  }

  /** The pending sign-in for a Session, or null when unknown or expired. */
  find(session) {
    const signIn = typeof session === 'string' ? this.#pending.get(session) : undefined;
    return signIn && signIn.expiresAt >= this.now() ? signIn : null;
  }

  /** Ends a session: a second factor proven once cannot be replayed with the same Session. */
  close(session) {
    this.#pending.delete(session);
  }
}

/**
 * Sign-ins waiting for a next step: the password was proven and Cognito answered a challenge with a Session —
 * SOFTWARE_TOKEN_MFA (a code), MFA_SETUP (enrol an authenticator app first) or NEW_PASSWORD_REQUIRED. Cognito
 * keeps that state inside the encrypted Session string; in memory is enough for an emulator (a restart only
 * fails sign-ins that are mid-flight). Unlike an SRP SECRET_BLOCK, a session survives
 * a wrong code so the person can type it again, as in Cognito; it ends on success or after AuthSessionValidity.
 */
import { randomBytes } from 'node:crypto';

// The client's AuthSessionValidity (3 minutes, as in the Terraform module and the seeded clients).
const SESSION_LIFETIME_MS = 3 * 60 * 1000;

export class ChallengeSessions {
  #pending = new Map();

  constructor(now) {
    this.now = now;
  }

  /**
   * @param {{ clientId: string, username: string, challenge: 'SOFTWARE_TOKEN_MFA' | 'MFA_SETUP' | 'NEW_PASSWORD_REQUIRED', tokenVerified?: boolean }} signIn
   * @returns {string} the Session to send
   */
  open(signIn) {
    const now = this.now();
    for (const [session, pending] of this.#pending)
      if (pending.expiresAt < now) this.#pending.delete(session);
    const session = randomBytes(96).toString('base64');
    this.#pending.set(session, { ...signIn, expiresAt: now + SESSION_LIFETIME_MS });
    return session;
  }

  /** The pending sign-in for a Session at `challenge`, or null when unknown, expired or at another challenge. */
  find(session, challenge) {
    const signIn = typeof session === 'string' ? this.#pending.get(session) : undefined;
    return signIn && signIn.challenge === challenge && signIn.expiresAt >= this.now() ? signIn : null;
  }

  /**
   * MFA_SETUP's next step: Cognito answers AssociateSoftwareToken and VerifySoftwareToken with a new Session, so
   * the old one ends here and the new one carries the sign-in on (with what the step proved).
   * @returns {string | null} the new Session, or null when this one is no longer pending
   */
  advance(session, changes) {
    const signIn = this.find(session, 'MFA_SETUP');
    // A concurrent call with the same Session advanced it first: that Session is spent.
    if (!signIn) return null;
    this.#pending.delete(session);
    const { expiresAt: _spent, ...rest } = signIn;
    return this.open({ ...rest, ...changes });
  }

  /** Ends a session: a second factor proven once cannot be replayed with the same Session. */
  close(session) {
    this.#pending.delete(session);
  }
}

/**
 * What the operations share: the store of pools and clients, the clock, the signing key and token issuer, the
 * code generator and printer, and the short-lived sign-in state (SRP challenges, MFA sessions).
 */
import path from 'node:path';
import { ISSUER_DOMAIN } from './identities.js';
import { createCodePrinter } from './messages.js';
import { ChallengeSessions } from './challengeSessions.js';
import { loadSigningKey } from './signingKey.js';
import { SrpChallenges } from './srpChallenges.js';
import { openCognitoStore } from './store/cognitoStore.js';
import { createTokenIssuer } from './tokens.js';

/**
 * @param {{ dataDir: string, now: () => number, nextCode: () => string, log: (line: string) => void }} options
 */
export async function createServices({ dataDir, now, nextCode, log }) {
  const clock = { get: () => new Date(now()) };
  const signingKey = await loadSigningKey(dataDir);
  return {
    clock,
    cognito: await openCognitoStore(path.join(dataDir, 'db')),
    messages: createCodePrinter(log),
    challengeSessions: new ChallengeSessions(now),
    otp: nextCode,
    signingKey,
    srpChallenges: new SrpChallenges(now),
    tokens: createTokenIssuer({ clock, issuerDomain: ISSUER_DOMAIN, signingKey }),
  };
}

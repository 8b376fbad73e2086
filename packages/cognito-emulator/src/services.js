/**
 * cognito-local's service bundle, assembled here instead of by its `createDefaultServer` so that the data folder,
 * the clock, the code generator, the token issuer and the log are ours to choose (its default reads `./.cognito`
 * relative to the working directory and loads the AWS SDK for Lambda triggers we do not use).
 */
import path from 'node:path';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb.js';
import { ISSUER_DOMAIN } from './identities.js';
import { createCodePrinter } from './messages.js';
import { MfaSessions } from './mfaSessions.js';
import { SrpChallenges } from './srpChallenges.js';
import { createTokenIssuer } from './tokens.js';
import { CaseInsensitiveUserPoolServiceFactory } from './userPools.js';

// Local pools run no Lambda triggers; every cognito-local code path asks `enabled()` before calling one.
const NO_TRIGGERS = { enabled: () => false };

/**
 * @param {{ dataDir: string, now: () => number, nextCode: () => string, log: (line: string) => void,
 *   ctx: { logger: any } }} options
 */
export async function createServices({ dataDir, now, nextCode, log, ctx }) {
  const clock = { get: () => new Date(now()) };
  const poolsDir = path.join(dataDir, 'db');
  const dataStores = new StormDBDataStoreFactory(poolsDir);
  const cognito = await new CognitoServiceFactoryImpl(
    poolsDir,
    dataStores,
    new CaseInsensitiveUserPoolServiceFactory(clock, dataStores),
  ).create(ctx, {});
  return {
    clock,
    cognito,
    config: { TokenConfig: { IssuerDomain: ISSUER_DOMAIN }, UserPoolDefaults: {} },
    messages: createCodePrinter(log),
    mfaSessions: new MfaSessions(now),
    otp: nextCode,
    srpChallenges: new SrpChallenges(now),
    tokenGenerator: createTokenIssuer({ clock, issuerDomain: ISSUER_DOMAIN }),
    triggers: NO_TRIGGERS,
  };
}
